import Foundation
import Testing
import VNTestSupport
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
        var generator = SeededRandom(seed: 7)
        for _ in 0..<3 {
            let shuffled = features.shuffled(using: &generator)
            #expect(try encoder.encode(Aligner().align(shuffled)) == reference)
        }
    }
}

