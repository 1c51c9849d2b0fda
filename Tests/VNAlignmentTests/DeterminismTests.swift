import Foundation
import Testing
import VNCorpus
import VNFeatures
@testable import VNAlignment

@Suite("Determinism")
struct DeterminismTests {
    @Test("The same articles in any order give the same pairs, related pairs and unpaired lists")
    func shuffled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("Fixtures/corpus/dev").path])
        let features = corpus.articles.map(FeatureExtractor.extract)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reference = try encoder.encode(Aligner().align(features))
        var generator = SplitMix(seed: 7)
        for _ in 0..<3 {
            let shuffled = features.shuffled(using: &generator)
            #expect(try encoder.encode(Aligner().align(shuffled)) == reference)
        }
    }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
