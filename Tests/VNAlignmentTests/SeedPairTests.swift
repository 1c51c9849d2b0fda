import Foundation
import Testing
import VNCorpus
import VNFeatures
@testable import VNAlignment

/// The seeds share a visitor, two parties, Hà Nội and the LPRP's 11th Congress, but are different
/// events: the aligner must refuse to pair them and say why.
@Suite("The seed examples are related, not the same event")
struct SeedPairTests {
    static let result: Aligner.Result = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("Fixtures/corpus/dev/seeds").path])
        return Aligner().align(corpus.articles.map(FeatureExtractor.extract))
    }()

    @Test("They are not paired")
    func notPaired() {
        #expect(Self.result.pairs.isEmpty)
    }

    @Test("They are listed as related")
    func related() {
        #expect(Self.result.related.map { "\($0.score.en)|\($0.score.vi)" } == ["000_72651f1abaa3eaa7|003_70e34aad1cbf4902"])
    }

    @Test("The reasons name the differing hosts, and the pair stays far under the threshold")
    func reasons() throws {
        let pair = try #require(Self.result.related.first)
        let reasons = pair.score.conflicts.map(\.reason)
        #expect(reasons.contains { $0.contains("Tô Lâm") && $0.contains("Nguyễn Phú Trọng") })
        #expect(pair.score.probability < AlignmentOptions().threshold / 2)
    }

    @Test("Each unpaired seed names the other as its best refused candidate")
    func unpaired() {
        #expect(Self.result.unpaired.map(\.bestCandidate) == ["003_70e34aad1cbf4902", "000_72651f1abaa3eaa7"])
        #expect(Self.result.unpaired.allSatisfy { $0.reason.hasPrefix("conflicts:") })
    }
}
