import Foundation

/// The gold pairs of a corpus (`Fixtures/gold.tsv`): true same-event pairs and related-but-different
/// pairs (hard negatives), each with its split, news domain and category.
///
/// The first line names the columns: `en_id vi_id relation split domain category note`
/// (tab-separated; `domain` may be left out, and then is the row's category).
///
/// ```swift
/// let gold = try GoldStandard(contentsOf: "Fixtures/gold.tsv")
/// gold.rows.filter { $0.relation == "same-event" && $0.split == "test" }.count
/// ```
public struct GoldStandard: Sendable {
    public struct Row: Sendable, Equatable {
        public let en: String
        public let vi: String
        /// `same-event` or `related`.
        public let relation: String
        /// `dev` or `test`.
        public let split: String
        /// The news domain (`diplomacy`, `politics`, `economy`, `business`, `infrastructure`,
        /// `disaster`, `courts`, `sport`, `society`, `culture`).
        public let domain: String
        /// For same-event rows the topic; for related rows the kind of hard negative.
        public let category: String
        public let note: String

        public init(en: String, vi: String, relation: String, split: String, domain: String, category: String, note: String) {
            self.en = en
            self.vi = vi
            self.relation = relation
            self.split = split
            self.domain = domain
            self.category = category
            self.note = note
        }
    }

    public let rows: [Row]

    /// Reads a gold file; a malformed line is an error naming the file and line.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GoldError(message: "\(path): cannot be read as UTF-8 text")
        }
        var rows: [Row] = []
        var columns = ["en_id", "vi_id", "relation", "split", "category", "note"]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = n + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if line.hasPrefix("en_id\t") {
                columns = f
                for required in ["en_id", "vi_id", "relation", "split", "category"] where !columns.contains(required) {
                    throw GoldError(message: "\(path):\(lineNumber): the header has no \(required) column")
                }
                continue
            }
            func field(_ name: String) -> String? { columns.firstIndex(of: name).flatMap { $0 < f.count ? f[$0] : nil } }
            guard f.count >= columns.count - 1, let en = field("en_id"), let vi = field("vi_id"), let relation = field("relation"),
                  let split = field("split"), let category = field("category") else {
                throw GoldError(message: "\(path):\(lineNumber): expected \(columns.joined(separator: ", "))")
            }
            guard ["same-event", "related"].contains(relation) else { throw GoldError(message: "\(path):\(lineNumber): relation must be same-event or related, not \"\(relation)\"") }
            rows.append(Row(en: en, vi: vi, relation: relation, split: split, domain: field("domain") ?? category, category: category,
                            note: field("note") ?? ""))
        }
        self.rows = rows
    }

    public init(rows: [Row]) { self.rows = rows }

    /// The rows whose articles are both among `ids`.
    public func restricted(to ids: Set<String>) -> GoldStandard {
        GoldStandard(rows: rows.filter { ids.contains($0.en) && ids.contains($0.vi) })
    }
}

/// A gold file that cannot be used.
public struct GoldError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
