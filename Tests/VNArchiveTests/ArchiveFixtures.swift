import Foundation
import VNAlignment
import VNArchive
import VNCorpus
import VNPipeline

/// The bundled fixture corpus, read once for the archive's tests.
enum ArchiveFixtures {
    /// The checkout (the package's folder).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Fixtures/corpus").path

    /// The evidence of every fixture article, in id order.
    static let evidence: [ArticleEvidence] = {
        var options = CorpusPipeline.Options()
        options.keep = .evidence
        return (try? CorpusPipeline(options: options).load([CorpusInput(corpus)]).evidence) ?? []
    }()

    /// Every field of an evidence, as text that compares equal when the fields do.
    static func fields(_ e: ArticleEvidence) -> [String] {
        func sorted<V>(_ d: [String: V]) -> String { d.keys.sorted().map { "\($0)=\(d[$0]!)" }.joined(separator: ";") }
        return [e.id, e.language.code, "\(String(describing: e.publication))",
                sorted(e.keys.mapValues { "\($0.type.rawValue)|\($0.display)" }),
                sorted(e.roleHolders.mapValues { $0.map { $0.sorted() } }), sorted(e.personNames), "\(e.personKeys.sorted())",
                sorted(e.bodyNumbers.mapValues { $0.sorted() }), "\(String(describing: e.eventDay))", "\(e.years.sorted())",
                sorted(e.roleRanks), "\(String(describing: e.principal))", "\(e.principalKeys.sorted())",
                "\(String(describing: e.counterpart))", "\(e.counterpartKeys.sorted())",
                sorted(e.prominence.mapValues { $0.bitPattern }), "\(e.leadPlaces.sorted())", sorted(e.placeNames), "\(e.eventDays)",
                sorted(e.quantities.mapValues { $0.map(\.bitPattern) }), sorted(e.stages.mapValues { $0.sorted() }),
                "\(String(describing: e.tense))", sorted(e.emphasis.mapValues { $0.bitPattern })]
    }
}

/// A scratch folder for one test's archives, removed at the end.
final class ScratchFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-archive-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

extension ArchiveFixtures {
    /// The batch of the articles in `jsonLines` (one JSON object a line), read by the pipeline.
    static func batch(jsonLines: String, source: String = "batch.jsonl") -> ArchiveBatch {
        var options = CorpusPipeline.Options()
        options.keep = ArchiveBatch.needs
        return ArchiveBatch(CorpusPipeline(options: options).article(fromBytes: Array(jsonLines.utf8), source: source), inputs: [source])
    }

    /// The batch of the articles under `paths`.
    static func batch(paths: [String]) throws -> ArchiveBatch {
        var options = CorpusPipeline.Options()
        options.keep = ArchiveBatch.needs
        return ArchiveBatch(try CorpusPipeline(options: options).load(paths.map { CorpusInput($0) }), inputs: paths)
    }

    /// The fixture files, by path under `Fixtures/corpus`, sorted.
    static let files: [String] = ((FileManager.default.enumerator(atPath: corpus)?.allObjects as? [String]) ?? [])
        .filter { $0.hasSuffix(".txt") }.map { corpus + "/" + $0 }.sorted()

    /// The same-event pairs of a result, as `en|vi`.
    static func pairs(_ r: Aligner.Result) -> Set<String> { Set(r.pairs.map { "\($0.score.en)|\($0.score.vi)" }) }
}
