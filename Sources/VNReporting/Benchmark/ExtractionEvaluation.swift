import Foundation
import VNCorpus
import VNFeatures

/// Precision and recall of extracted people, numbered bodies and dates against annotated
/// articles (`Fixtures/extraction.jsonl`).
///
/// People match on their compact keys (`Tô Lâm` = `To Lam` = `tolam`), bodies on kind, number and
/// owner, dates on their resolved value.
///
/// ```swift
/// let annotations = try ExtractionAnnotations(contentsOf: "Fixtures/extraction.jsonl")
/// let evaluation = ExtractionEvaluation(features: features, annotations: annotations)
/// evaluation.people.precision
/// ```
public struct ExtractionEvaluation: Sendable, Codable {
    public struct Score: Sendable, Codable, Equatable, PrecisionRecall {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// Examples of errors: `id: missed X` / `id: extra Y`.
        public var errors: [String] = []
    }

    public var articles = 0
    public var people = Score()
    public var bodies = Score()
    public var dates = Score()

    public init(features: [ArticleFeatures], annotations: ExtractionAnnotations) {
        let byId = Dictionary(features.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for gold in annotations.articles.sorted(by: { $0.id < $1.id }) {
            guard let f = byId[gold.id] else { continue }
            articles += 1
            // People: each gold name matched by at most one extracted person.
            var unmatched = Array(f.people.indices)
            for name in gold.people {
                let key = NameKeys.compact(name)
                if let i = unmatched.firstIndex(where: { f.people[$0].allKeys.map(NameKeys.compact).contains(key) }) {
                    unmatched.remove(at: i)
                    people.truePositives += 1
                } else {
                    people.falseNegatives += 1
                    people.errors.append("\(gold.id): missed person \(name)")
                }
            }
            people.falsePositives += unmatched.count
            people.errors += unmatched.map { "\(gold.id): extra person \(f.people[$0].name)" }

            let goldBodies = Set(gold.bodies.map { "\($0.kind):\($0.owner ?? "?"):\($0.number)" })
            let found = Set(f.bodies.map(\.identity))
            compare(goldBodies, found, id: gold.id, what: "body", into: &bodies)
            compare(Set(gold.dates), Set(f.dates.map(\.value)), id: gold.id, what: "date", into: &dates)
        }
    }

    func compare(_ gold: Set<String>, _ found: Set<String>, id: String, what: String, into score: inout Score) {
        score.truePositives += gold.intersection(found).count
        for missed in gold.subtracting(found).sorted() { score.falseNegatives += 1; score.errors.append("\(id): missed \(what) \(missed)") }
        for extra in found.subtracting(gold).sorted() { score.falsePositives += 1; score.errors.append("\(id): extra \(what) \(extra)") }
    }
}

/// Annotated articles: the people, numbered bodies and dates a careful reader finds in each.
public struct ExtractionAnnotations: Sendable {
    public struct Body: Sendable, Codable, Equatable {
        public let kind: String
        public let number: Int
        public let owner: String?
    }
    public struct Article: Sendable, Codable, Equatable {
        public let id: String
        public let people: [String]
        public let bodies: [Body]
        public let dates: [String]
    }

    public let articles: [Article]

    /// Reads a JSON Lines annotation file; a bad line is an error naming the file and line.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw GoldError(message: "\(path): cannot be read") }
        var articles: [Article] = []
        for (n, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                articles.append(try JSONDecoder().decode(Article.self, from: Data(line)))
            } catch {
                throw GoldError(message: "\(path):\(n + 1): not an annotation (\(error))")
            }
        }
        self.articles = articles
    }
}
