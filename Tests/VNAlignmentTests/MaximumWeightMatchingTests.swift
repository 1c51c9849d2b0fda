import Testing
@testable import VNAlignment

@Suite("One-to-one assignment")
struct MaximumWeightMatchingTests {
    typealias Edge = MaximumWeightMatching.Edge

    @Test("The total is maximised where greedy matching would take the single best edge")
    func beatsGreedy() {
        let edges = [Edge(left: 0, right: 0, weight: 5), Edge(left: 0, right: 1, weight: 4), Edge(left: 1, right: 0, weight: 4)]
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(chosen.map { [$0.left, $0.right] } == [[0, 1], [1, 0]])
        #expect(MaximumWeightMatching.greedy(edges).map(\.weight).reduce(0, +) == 5)
    }

    @Test("Separate components are solved separately, and every node is used at most once")
    func components() {
        let edges = [Edge(left: 0, right: 0, weight: 1), Edge(left: 1, right: 1, weight: 2), Edge(left: 1, right: 2, weight: 3),
                     Edge(left: 2, right: 2, weight: 3)]
        let chosen = MaximumWeightMatching.solve(edges)
        #expect(Set(chosen.map(\.left)).count == chosen.count)
        #expect(Set(chosen.map(\.right)).count == chosen.count)
        #expect(chosen.map(\.weight).reduce(0, +) == 6)
    }

    @Test("Random graphs: the Hungarian total is never below the greedy total", arguments: 1...20)
    func neverWorseThanGreedy(seed: Int) {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        var edges: [Edge] = []
        for l in 0..<8 { for r in 0..<8 where next() % 3 == 0 { edges.append(Edge(left: l, right: r, weight: Double(next() % 100) / 10)) } }
        let best = MaximumWeightMatching.solve(edges).map(\.weight).reduce(0, +)
        let greedy = MaximumWeightMatching.greedy(edges).map(\.weight).reduce(0, +)
        #expect(best >= greedy - 1e-9)
    }
}
