/// One-to-one assignment that maximises the total score, exactly, on each connected component
/// of the candidate graph whatever its size (`SparseAssignment`: shortest augmenting paths on
/// the sparse graph), not first-come greedy matching.
///
/// ```swift
/// let edges = [Edge(left: 0, right: 0, weight: 5), Edge(left: 0, right: 1, weight: 4), Edge(left: 1, right: 0, weight: 4)]
/// MaximumWeightMatching.solve(edges)   // (0,1) and (1,0): 8 beats greedy's 5
/// ```
public enum MaximumWeightMatching {
    public struct Edge: Sendable, Equatable {
        public let left: Int
        public let right: Int
        public let weight: Double
        public init(left: Int, right: Int, weight: Double) {
            self.left = left
            self.right = right
            self.weight = weight
        }
    }

    /// The chosen edges, sorted by (left, right).
    public static func solve(_ edges: [Edge]) -> [Edge] {
        guard !edges.isEmpty else { return [] }
        // Nodes far from 0..<edges.count are renumbered densely, in their order (which is all
        // the solvers look at), and numbered back.
        if edges.contains(where: { $0.left < 0 || $0.right < 0 || $0.left > 4 * edges.count + 1024 || $0.right > 4 * edges.count + 1024 }) {
            let lefts = Array(Set(edges.map(\.left))).sorted(), rights = Array(Set(edges.map(\.right))).sorted()
            let leftNumber = Dictionary(uniqueKeysWithValues: lefts.enumerated().map { ($1, $0) })
            let rightNumber = Dictionary(uniqueKeysWithValues: rights.enumerated().map { ($1, $0) })
            let dense = edges.map { Edge(left: leftNumber[$0.left]!, right: rightNumber[$0.right]!, weight: $0.weight) }
            return solve(dense).map { Edge(left: lefts[$0.left], right: rights[$0.right], weight: $0.weight) }
        }
        // Components by union-find over left nodes (2 l) and right nodes (2 r + 1), in arrays; a
        // component's root is its smallest node.
        var size = 0
        for e in edges { size = max(size, 2 * e.left + 1, 2 * e.right + 2) }
        var parent = [Int](0..<size)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for e in edges {
            let ra = find(2 * e.left), rb = find(2 * e.right + 1)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var components: [Int: [Edge]] = [:]
        for e in edges { components[find(2 * e.left), default: []].append(e) }
        var chosen: [Edge] = []
        for key in components.keys.sorted() {
            chosen.append(contentsOf: solveComponent(components[key]!))
        }
        // Invariant (debug builds): one-to-one.
        assert(Set(chosen.map(\.left)).count == chosen.count && Set(chosen.map(\.right)).count == chosen.count, "matching is not one-to-one")
        return chosen.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }

    static func solveComponent(_ edges: [Edge]) -> [Edge] {
        if edges.count == 1 { return edges }
        return SparseAssignment(edges).solve()
    }
}

/// Exact maximum-weight bipartite matching on a sparse graph, for a component of any size:
/// successive shortest augmenting paths (Dijkstra with potentials) from a source before the free
/// left nodes to a sink after the free right nodes, costs the negated weights; it stops when the
/// best augmenting path no longer adds weight. Each augmentation matches one more node, so the
/// work is O(k · E log V) for k pairs, and no component is too large for it.
struct SparseAssignment {
    let edges: [MaximumWeightMatching.Edge]
    let lefts: [Int], rights: [Int]
    /// Per left node (dense), its edges: the right node (dense) and the weight.
    var adjacency: [[(right: Int, weight: Double)]]

    init(_ edges: [MaximumWeightMatching.Edge]) {
        self.edges = edges
        lefts = Array(Set(edges.map(\.left))).sorted()
        rights = Array(Set(edges.map(\.right))).sorted()
        let li = Dictionary(uniqueKeysWithValues: lefts.enumerated().map { ($1, $0) })
        let ri = Dictionary(uniqueKeysWithValues: rights.enumerated().map { ($1, $0) })
        adjacency = Array(repeating: [], count: lefts.count)
        for e in edges { adjacency[li[e.left]!].append((ri[e.right]!, e.weight)) }
    }

    func solve() -> [MaximumWeightMatching.Edge] {
        let nL = lefts.count, nR = rights.count
        // Nodes: 0 the source, 1...nL the lefts, then the rights, then the sink.
        let source = 0, sink = 1 + nL + nR
        func leftNode(_ l: Int) -> Int { 1 + l }
        func rightNode(_ r: Int) -> Int { 1 + nL + r }
        var matchL = [Int](repeating: -1, count: nL), weightL = [Double](repeating: 0, count: nL)
        var matchR = [Int](repeating: -1, count: nR)
        // Potentials that keep every reduced cost non-negative: the residual graph starts as a
        // DAG (source -> left -> right -> sink), so its shortest distances are direct.
        var potential = [Double](repeating: 0, count: sink + 1)
        for l in 0..<nL { for (r, w) in adjacency[l] { potential[rightNode(r)] = min(potential[rightNode(r)], -w) } }
        potential[sink] = (0..<nR).map { potential[rightNode($0)] }.min() ?? 0
        var distance = [Double](repeating: .infinity, count: sink + 1)
        var previous = [Int](repeating: -1, count: sink + 1)
        while true {
            for v in 0...sink { distance[v] = .infinity; previous[v] = -1 }
            distance[source] = 0
            var heap = MinimumHeap()
            heap.push(0, source)
            func relax(_ from: Int, _ to: Int, cost: Double) {
                let reduced = max(0, cost + potential[from] - potential[to])
                let d = distance[from] + reduced
                if d < distance[to] { distance[to] = d; previous[to] = from; heap.push(d, to) }
            }
            while let (d, v) = heap.pop() {
                guard d <= distance[v] else { continue }
                if v == sink { break }
                if v == source {
                    for l in 0..<nL where matchL[l] < 0 { relax(source, leftNode(l), cost: 0) }
                } else if v <= nL {
                    let l = v - 1
                    for (r, w) in adjacency[l] where matchL[l] != r { relax(v, rightNode(r), cost: -w) }
                } else {
                    let r = v - 1 - nL
                    if matchR[r] >= 0 { relax(v, leftNode(matchR[r]), cost: weightL[matchR[r]]) } else { relax(v, sink, cost: 0) }
                }
            }
            let reach = distance[sink]
            // The path's true cost: negative when augmenting along it adds weight.
            guard reach < .infinity, reach + potential[sink] - potential[source] < 0 else { break }
            var v = sink
            var right = -1
            while v != source {
                let u = previous[v]
                if v > nL && v < sink { right = v - 1 - nL }
                if u >= 1 && u <= nL && v > nL && v < sink {
                    // A forward edge left -> right of the path: matched now.
                    let l = u - 1
                    matchL[l] = right
                    weightL[l] = adjacency[l].first { $0.right == right }!.weight
                    matchR[right] = l
                }
                v = u
            }
            for v in 0...sink { potential[v] += min(distance[v], reach) }
        }
        var chosen: [MaximumWeightMatching.Edge] = []
        for l in 0..<nL where matchL[l] >= 0 {
            chosen.append(MaximumWeightMatching.Edge(left: lefts[l], right: rights[matchL[l]], weight: weightL[l]))
        }
        return chosen
    }
}

/// A binary min-heap of (distance, node), for Dijkstra with lazy deletion.
struct MinimumHeap {
    private var items: [(Double, Int)] = []

    mutating func push(_ key: Double, _ node: Int) {
        items.append((key, node))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i] < items[parent] else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let a = 2 * i + 1, b = a + 1
                var smallest = i
                if a < items.count && items[a] < items[smallest] { smallest = a }
                if b < items.count && items[b] < items[smallest] { smallest = b }
                guard smallest != i else { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}
