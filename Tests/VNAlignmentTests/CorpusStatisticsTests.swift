import Foundation
import Testing
import VNCorpus
import VNFeatures
@testable import VNAlignment

@Suite("Corpus statistics")
struct CorpusStatisticsTests {
    static let evidence: [ArticleEvidence] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("Fixtures/corpus").path])
        return corpus.articles.map { ArticleEvidence(FeatureExtractor.extract($0)) }
    }()

    static func json(_ r: Aligner.Result) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(r)
    }

    @Test("A corpus aligned with its own statistics gives the result of aligning it alone")
    func ownStatistics() throws {
        let e = Self.evidence
        #expect(try Self.json(Aligner().align(evidence: e, statistics: CorpusStatistics(e))) == Self.json(Aligner().align(evidence: e)))
    }

    @Test("Statistics count each key's English and Vietnamese articles; removing an article takes back what adding it gave")
    func counting() throws {
        let e = Self.evidence
        var s = CorpusStatistics(e)
        #expect(s.articles == e.count)
        #expect(s.englishArticles == e.filter { $0.language == .english }.count)
        let key = try #require(e.first?.keys.keys.first)
        #expect(Int(s.frequencies[key]!.total) == e.filter { $0.keys[key] != nil }.count)
        let before = s
        let extra = e[e.count / 2]
        s.add(extra)
        #expect(s != before)
        s.remove(extra)
        #expect(s == before)
    }

    @Test("Part of a corpus scored with the whole's statistics has the whole's rarities: the evidence of a pair differs from the part scored alone")
    func wholeRarities() throws {
        let e = Self.evidence
        let whole = CorpusStatistics(e)
        let full = Aligner().align(evidence: e)
        // The articles of a third of the pairs.
        let ids = Set(full.pairs.prefix(full.pairs.count / 3).flatMap { [$0.score.en, $0.score.vi] })
        let part = e.filter { ids.contains($0.id) }
        let alone = Aligner().align(evidence: part), withWhole = Aligner().align(evidence: part, statistics: whole)
        // A pair of the part that the whole corpus also scores has, with the whole's statistics,
        // the evidence the whole gives it (its rivals aside, the evidence depends on rarities only).
        let fullEvidence = Dictionary((full.pairs + full.related).map { ("\($0.score.en)|\($0.score.vi)", $0.score.evidence) }, uniquingKeysWith: { a, _ in a })
        var compared = 0, differAlone = 0
        for p in withWhole.pairs + withWhole.related {
            guard let f = fullEvidence["\(p.score.en)|\(p.score.vi)"] else { continue }
            #expect(p.score.evidence == f, "\(p.score.en) ~ \(p.score.vi)")
            compared += 1
            if let a = (alone.pairs + alone.related).first(where: { $0.score.en == p.score.en && $0.score.vi == p.score.vi }), a.score.evidence != f { differAlone += 1 }
        }
        #expect(compared > 10)
        #expect(differAlone > 0)
    }
}
