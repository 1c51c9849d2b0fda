import Foundation

/// A tab-separated data table read from a resource file: one record a line, `#` comments and
/// blank lines skipped. Every table of vnalign (orthography, repairs, gazetteers, syllable maps,
/// encodings) is one of these.
///
/// ```swift
/// let table = try TSVTable(contentsOf: url)
/// for row in table.rows { print(row.fields[0], row.line) }
/// ```
public struct TSVTable: Sendable {
    /// One record, with the line it came from (1-based) for error messages.
    public struct Row: Sendable {
        public let fields: [String]
        public let line: Int
    }

    /// The records in file order.
    public let rows: [Row]
    /// Where the table came from, for error messages.
    public let source: String

    /// Parses table text. Fields are not trimmed, so an empty field stays empty.
    public init(text: String, source: String) {
        self.source = source
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            rows.append(Row(fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), line: lineNumber))
        }
        self.rows = rows
    }

    /// Reads and parses a table file.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw TableError(source: url.path, line: 0, message: "is not valid UTF-8")
        }
        self.init(text: text, source: url.lastPathComponent)
    }

    /// Reads the table `name` from a resource bundle's `Resources` folder.
    public static func resource(_ name: String, in bundle: Bundle, subdirectory: String? = nil) throws -> TSVTable {
        let folder = ["Resources", subdirectory].compactMap { $0 }.joined(separator: "/")
        guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: folder) else {
            throw TableError(source: name, line: 0, message: "resource not found in \(bundle.bundlePath)/\(folder)")
        }
        return try TSVTable(contentsOf: url)
    }

    /// An error naming the table and the line where the data is wrong.
    public func error(_ message: String, at row: Row) -> TableError {
        TableError(source: source, line: row.line, message: message)
    }
}

/// A data table that could not be read or has a malformed record.
public struct TableError: Error, CustomStringConvertible, Sendable {
    public let source: String
    public let line: Int
    public let message: String
    public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
}

extension Bundle {
    /// VNText's own resource bundle.
    static var vnText: Bundle { .module }
}
