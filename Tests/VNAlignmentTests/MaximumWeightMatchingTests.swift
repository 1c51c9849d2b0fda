import Testing
import VNTestSupport
@testable import VNAlignment

@Suite("One-to-one assignment")
struct MaximumWeightMatchingTests {
    typealias Edge = MaximumWeightMatching.Edge

    static func total(_ edges: [Edge]) -> Double { edges.map(\.weight).reduce(0, +) }

    static func isOneToOne(_ edges: [Edge]) -> Bool {
        Set(edges.map(\.left)).count == edges.count && Set(edges.map(\.right)).count == edges.count
    }

    /// The best total over every matching, by trying each left node's every choice.
    static func bruteForce(_ edges: [Edge]) -> Double {
        let lefts = Array(Set(edges.map(\.left))).sorted()
        func best(_ i: Int, _ used: Set<Int>) -> Double {
            guard i < lefts.count else { return 0 }
            var top = best(i + 1, used)
            for e in edges where e.left == lefts[i] && !used.contains(e.right) {
                top = max(top, e.weight + best(i + 1, used.union([e.right])))
            }
            return top
        }
        return best(0, [])
    }

    @Test("The total is maximised where greedy matching would take the single best edge")
    func beatsGreedy() {
        let edges = [Edge(left: 0, right: 0, weight: 5), Edge(left: 0, right: 1, weight: 4), Edge(left: 1, right: 0, weight: 4)]
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(chosen.map { [$0.left, $0.right] } == [[0, 1], [1, 0]])
        #expect(Self.total(chosen) == 8)
    }

    @Test("Separate components are solved separately, and every node is used at most once")
    func components() {
        let edges = [Edge(left: 0, right: 0, weight: 1), Edge(left: 1, right: 1, weight: 2), Edge(left: 1, right: 2, weight: 3),
                     Edge(left: 2, right: 2, weight: 3)]
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(Self.isOneToOne(chosen))
        #expect(Self.total(chosen) == 6)
    }

    @Test("Random graphs up to 7 x 7: the total is the brute-force optimum", arguments: 1...60)
    func optimalOnSmallGraphs(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let size = 2 + random.below(6), density = 2 + random.below(4)
        var edges: [Edge] = []
        for l in 0..<size { for r in 0..<size where random.below(density) == 0 {
            // Probabilities, as the aligner gives them; ties on purpose now and then.
            edges.append(Edge(left: l, right: r, weight: Double(1 + random.below(20)) / 20))
        } }
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(Self.isOneToOne(chosen))
        #expect(chosen.allSatisfy { c in edges.contains(c) })
        #expect(abs(Self.total(chosen) - Self.bruteForce(edges)) < 1e-9, "seed \(seed): \(edges)")
    }

    /// A path left 0 - right 0 - left 1 - right 1 - ... is one component of any length, and its
    /// best matching is a simple dynamic programme over the path's edges.
    @Test("A component of 2,001 nodes is solved exactly (no greedy fallback)", arguments: [7, 8, 9])
    func largeComponent(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        var edges: [Edge] = []
        for i in 0..<1_000 {
            edges.append(Edge(left: i, right: i, weight: Double(1 + random.below(1_000)) / 1_000))
            edges.append(Edge(left: i + 1, right: i, weight: Double(1 + random.below(1_000)) / 1_000))
        }
        // Along the path: take an edge, skipping the one before it, or leave it.
        var take = 0.0, skip = 0.0
        for e in edges { (take, skip) = (skip + e.weight, max(take, skip)) }
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(Self.isOneToOne(chosen))
        #expect(abs(Self.total(chosen) - max(take, skip)) < 1e-6)
    }

    @Test("Node numbers far apart are renumbered and given back")
    func sparseNumbers() {
        let edges = [Edge(left: 10_000_000, right: -3, weight: 0.9), Edge(left: 10_000_000, right: 7, weight: 0.8), Edge(left: 5, right: -3, weight: 0.85)]
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(chosen.map { [$0.left, $0.right] } == [[5, -3], [10_000_000, 7]])
    }
}
