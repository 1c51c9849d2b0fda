import Foundation
import Testing
@testable import VNCorpus
import VNFeatures
@testable import VNAlignment
@testable import VNSynthesis
import VNReporting

/// The synthetic corpus, the streaming reader and the fast aligner: deterministic, equal to the
/// plain code they replace, and good enough on the synthetic corpus (F1 at least 0.98).
@Suite("Scale: synthetic corpus, streaming, fast alignment")
struct ScaleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small synthetic corpus written to a temporary folder, read back.
    static let corpus: (folder: String, gold: GoldStandard) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-scale-\(ProcessInfo.processInfo.processIdentifier)").path
        _ = try! CorpusSynthesizer(options: .init(pairs: 150, seed: 3)).write(to: folder)
        return (folder, try! GoldStandard(contentsOf: (folder as NSString).appendingPathComponent("gold.tsv")))
    }()

    static let evidence: [ArticleEvidence] = {
        CorpusReader().read(paths: [corpus.folder]).articles.map { ArticleEvidence(FeatureExtractor.extract($0)) }
    }()

    @Test("The same seed writes the same bytes; another seed another corpus")
    func deterministic() throws {
        func lines(_ seed: UInt64) -> [String] {
            var out: [String] = []
            let gold = CorpusSynthesizer(options: .init(pairs: 40, seed: seed)).generate { out.append($0.jsonLine) }
            return out + gold.rows.map { "\($0.en) \($0.vi) \($0.relation) \($0.category)" }
        }
        #expect(lines(5) == lines(5))
        #expect(lines(5) != lines(6))
    }

    @Test("Gold pairs, hard negatives and unpaired reports are all there, with unique ids")
    func structure() {
        var articles: [CorpusSynthesizer.Article] = []
        let gold = CorpusSynthesizer(options: .init(pairs: 200, seed: 9, hardNegatives: 30, unpaired: 20)).generate { articles.append($0) }
        #expect(gold.rows.filter { $0.relation == "same-event" }.count == 200)
        #expect(gold.rows.filter { $0.relation == "related" }.count == 30)
        #expect(articles.count == 200 * 2 + 30 + 20)
        #expect(Set(articles.map(\.id)).count == articles.count)
        let ids = Set(articles.map(\.id))
        #expect(gold.rows.allSatisfy { ids.contains($0.en) && ids.contains($0.vi) })
        // Reports of one event are written differently, but state the same event.
        #expect(articles.allSatisfy { $0.text.utf8.count > 600 })
    }

    @Test("No two events are one in the world: one numbered meeting a day, one storm per province a day")
    func identities() {
        let gold = CorpusSynthesizer(options: .init(pairs: 2_000, seed: 5)).generate { _ in }
        // Notes read `party plenum 5: who, city, 2022-01-13` or `disaster: who, province, day`.
        func identity(_ note: String) -> String? {
            let parts = note.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let day = parts[1].split(separator: ",").last else { return nil }
            if parts[0].hasPrefix("party ") { return "\(parts[0]) \(day)" }
            if parts[0] == "disaster" { return "disaster \(parts[1].split(separator: ",").dropLast().last ?? "") \(day)" }
            return nil
        }
        let identities = gold.rows.filter { $0.relation == "same-event" }.compactMap { identity($0.note) }
        #expect(identities.count > 20)
        #expect(Set(identities).count == identities.count)
    }

    @Test("The synthetic run pairs at F1 0.98 or better and pairs no hard negative")
    func quality() {
        let result = Aligner().align(evidence: Self.evidence.sorted { $0.id < $1.id })
        let evaluation = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) },
                                             related: result.related.map { ($0.score.en, $0.score.vi) }, gold: Self.corpus.gold)
        #expect(evaluation.f1 >= 0.98)
        #expect(evaluation.hardNegativesPaired.isEmpty)
    }

    @Test("Every explained pair adds up: its own log-odds = bias + shared evidence - conflicts; the final one follows from it and its rivals")
    func explanationsAddUp() throws {
        let fixtures = CorpusReader().read(paths: [Self.root.appendingPathComponent("Fixtures/corpus").path]).articles
            .map { ArticleEvidence(FeatureExtractor.extract($0)) }
        for evidence in [Self.evidence, fixtures] {
            let options = AlignmentOptions()
            let result = Aligner(options: options).align(evidence: evidence)
            #expect(!result.pairs.isEmpty)
            for pair in result.pairs + result.related {
                let s = pair.score
                let sum = options.model.bias + s.shared.reduce(0) { $0 + $1.weight } - s.conflicts.reduce(0) { $0 + $1.penalty }
                // Each term is rounded to the cent on its own.
                #expect(abs(sum - s.eventScore) <= 0.01 * Double(s.shared.count + s.conflicts.count + 2), "\(s.en) ~ \(s.vi): \(sum) vs \(s.eventScore)")
                let rivalry = try #require(s.rivalry)
                let m = options.model.rivalry
                let final = m[0] + m[1] * s.eventScore + m[2] * rivalry.weakerMargin + m[3] * rivalry.strongerMargin
                #expect(abs(final - s.score) <= 0.03, "\(s.en) ~ \(s.vi): \(final) vs \(s.score)")
                #expect(abs(s.probability - ScoringModel.probability(logit: s.score)) < 1e-4)
                #expect(pair.verdict != .sameEvent || s.probability >= options.threshold)
            }
        }
    }

    @Test("The scan keeps the numbers the explanation gives")
    func scanMatchesExplanation() {
        let sorted = Self.evidence.sorted { $0.id < $1.id }
        let english = sorted.filter { $0.language == .english }, vietnamese = sorted.filter { $0.language == .vietnamese }
        let index = CandidateIndex(english: english, vietnamese: vietnamese, all: sorted, options: AlignmentOptions())
        let kept = index.scan(workers: 2, progress: nil).chosen
        #expect(kept.count > 100)
        for k in kept {
            let explained = index.tables.explain(Int(k.en), Int(k.vi))
            #expect(explained.eventScore == k.score && explained.evidence == k.evidence && explained.sharesKeyActors == k.sharesKeyActors)
        }
    }

    @Test("Reading on worker threads, line by line, gives what reading in one thread gives")
    func streaming() {
        var options = CorpusReader.Options()
        let paths = [Self.corpus.folder, Self.root.appendingPathComponent("Fixtures/corpus").path]
        let plain = CorpusReader(options: options).read(paths: paths)
        options.workers = 3
        let threaded = CorpusReader(options: options).read(paths: paths)
        #expect(plain.articles.map(\.id) == threaded.articles.map(\.id))
        #expect(plain.articles.map(\.text) == threaded.articles.map(\.text))
        #expect(plain.problems == threaded.problems)
    }

    @Test("JSON Lines are split as the whole file split at newlines", arguments: ["", "\n", "a", "a\n", "a\nb", "a\n\nb\n", "3 MB line"])
    func lines(name: String) throws {
        // A line longer than the reading buffer (1 MiB).
        let content = name == "3 MB line" ? String(repeating: "x", count: 3_000_000) + "\ny" : name
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-lines-\(UUID().uuidString).jsonl").path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = Array(try #require(LineFile(path: path)))
        let expected = Array(content.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        #expect(read == expected)
    }
}
