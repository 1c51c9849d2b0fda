/// One-to-one assignment that maximises the total score (the Hungarian algorithm on each
/// connected component of the candidate graph), not first-come greedy matching.
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
        return chosen.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }

    static func solveComponent(_ edges: [Edge]) -> [Edge] {
        if edges.count == 1 { return edges }
        let lefts = Array(Set(edges.map(\.left))).sorted()
        let rights = Array(Set(edges.map(\.right))).sorted()
        let n = max(lefts.count, rights.count)
        guard n <= 400 else { return greedy(edges) }
        let li = Dictionary(uniqueKeysWithValues: lefts.enumerated().map { ($1, $0) })
        let ri = Dictionary(uniqueKeysWithValues: rights.enumerated().map { ($1, $0) })
        // Cost matrix for minimisation; missing edges cost 0 (= leave unmatched).
        var weight = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var exists = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
        for e in edges {
            weight[li[e.left]!][ri[e.right]!] = e.weight
            exists[li[e.left]!][ri[e.right]!] = true
        }
        let assignment = hungarian(weight.map { $0.map { -$0 } })
        var chosen: [Edge] = []
        for (i, j) in assignment.enumerated() where i < lefts.count && j >= 0 && j < rights.count && exists[i][j] {
            chosen.append(Edge(left: lefts[i], right: rights[j], weight: weight[i][j]))
        }
        return chosen
    }

    /// Classic O(n³) Hungarian algorithm (potentials); returns the column of each row.
    static func hungarian(_ cost: [[Double]]) -> [Int] {
        let n = cost.count
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1), way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                for j in 0...n {
                    if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int](repeating: -1, count: n)
        for j in 1...n where p[j] > 0 { result[p[j] - 1] = j - 1 }
        return result
    }

    /// Highest weight first, for components too large for the Hungarian algorithm.
    static func greedy(_ edges: [Edge]) -> [Edge] {
        var usedL = Set<Int>(), usedR = Set<Int>()
        var chosen: [Edge] = []
        for e in edges.sorted(by: { ($0.weight, -$0.left, -$0.right) > ($1.weight, -$1.left, -$1.right) }) where !usedL.contains(e.left) && !usedR.contains(e.right) {
            usedL.insert(e.left); usedR.insert(e.right); chosen.append(e)
        }
        return chosen
    }
}
