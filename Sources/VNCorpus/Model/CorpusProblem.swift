/// Something wrong with the corpus: a file that cannot be read, a malformed JSON line, a duplicate
/// id. Each names the file and the place.
///
/// ```swift
/// let p = CorpusProblem(source: "feed.jsonl", line: 12, message: "not valid JSON")
/// p.description   // "feed.jsonl:12: not valid JSON"
/// ```
public struct CorpusProblem: Sendable, Equatable, CustomStringConvertible, Comparable {
    /// An error keeps the article out (and stops a run without `--skip-bad`); a warning says
    /// what was done about a fault; a note tells something worth knowing about a good article
    /// (it is short).
    public enum Severity: String, Sendable { case error, warning, note }
    public let source: String
    public let line: Int?
    public let message: String
    public let severity: Severity

    public init(source: String, line: Int? = nil, message: String, severity: Severity = .error) {
        self.source = source
        self.line = line
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let place = line.map { "\(source):\($0)" } ?? source
        return "\(place): \(severity == .error ? "" : severity.rawValue + ": ")\(message)"
    }

    public static func < (a: CorpusProblem, b: CorpusProblem) -> Bool {
        (a.source, a.line ?? 0, a.message) < (b.source, b.line ?? 0, b.message)
    }
}
