import Foundation

/// The gold pairs of a corpus (`Fixtures/gold.tsv`): true same-event pairs and related-but-different
/// pairs (hard negatives), each with its split and category.
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
        public let category: String
        public let note: String
    }

    public let rows: [Row]

    /// Reads a gold file; a malformed line is an error naming the file and line.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GoldError(message: "\(path): cannot be read as UTF-8 text")
        }
        var rows: [Row] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = n + 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("en_id\t") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else { throw GoldError(message: "\(path):\(lineNumber): expected en_id, vi_id, relation, split, category, note") }
            guard ["same-event", "related"].contains(f[2]) else { throw GoldError(message: "\(path):\(lineNumber): relation must be same-event or related, not \"\(f[2])\"") }
            rows.append(Row(en: f[0], vi: f[1], relation: f[2], split: f[3], category: f[4], note: f.count > 5 ? f[5] : ""))
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
}
