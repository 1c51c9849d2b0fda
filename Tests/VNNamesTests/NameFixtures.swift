import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
@testable import VNNames

/// The name-variant fixtures (`Fixtures/names/`): the corpus read, its features, its aligned pairs,
/// the report, and the expected people and flags.
enum NameFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    struct Expected: Decodable {
        struct Cluster: Decodable {
            let canonical: String
            let variants: [String]
        }
        struct Flag: Decodable, Hashable, CustomStringConvertible {
            let kind: String
            let person: String
            let variant: String
            let reference: String?
            var description: String { "\(kind) \(person): \(variant)" }
        }
        let clusters: [Cluster]
        let flags: [Flag]
    }

    static let expected: Expected = {
        let data = try! Data(contentsOf: root.appendingPathComponent("names/expected.json"))
        return try! JSONDecoder().decode(Expected.self, from: data)
    }()

    static let features: [ArticleFeatures] = {
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("names/corpus").path])
        precondition(corpus.errors.isEmpty, "\(corpus.errors)")
        return corpus.articles.map(FeatureExtractor.extract)
    }()

    static let alignment = Aligner().align(features)

    static let report = NameConsistency.check(features, pairs: alignment.pairs.map { (en: $0.score.en, vi: $0.score.vi) }, lookalikes: LookalikeScanner.scan(features))

    /// The features of one article written for a test (NFC text, as the reader would give it).
    static func article(_ id: String, _ language: Language, _ text: String) -> ArticleFeatures {
        FeatureExtractor.extract(Article(id: id, language: language, text: text))
    }
}

/// Counts of a set of guesses against the truth.
struct Score: CustomStringConvertible {
    let truePositives: Int, falsePositives: Int, falseNegatives: Int
    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var description: String {
        "precision \(String(format: "%.3f", precision)) recall \(String(format: "%.3f", recall)) (TP \(truePositives), FP \(falsePositives), FN \(falseNegatives))"
    }

    init<T: Hashable>(found: Set<T>, expected: Set<T>) {
        truePositives = found.intersection(expected).count
        falsePositives = found.subtracting(expected).count
        falseNegatives = expected.subtracting(found).count
    }
}
