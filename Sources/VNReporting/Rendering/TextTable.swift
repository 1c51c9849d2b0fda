/// A table laid out for a terminal: columns fitted to their widest cell (counting characters, not
/// bytes), numbers right-aligned, long cells cut with `…` at `maxWidth`.
///
/// ```swift
/// var table = TextTable(headers: ["en", "vi", "score"])
/// table.add(["en-1", "vi-2", "7.40"])
/// print(table.render())
/// ```
public struct TextTable: Sendable {
    public let headers: [String]
    public private(set) var rows: [[String]] = []
    /// Widest a column may be.
    public var maxWidth = 60
    /// Widest a column may be, by column index, where it differs from `maxWidth`.
    public var widths: [Int: Int] = [:]

    public init(headers: [String]) { self.headers = headers }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render() -> String {
        let columns = headers.count
        func cut(_ s: String, _ column: Int) -> String {
            let width = self.widths[column] ?? maxWidth
            return s.count > width ? String(s.prefix(width - 1)) + "…" : s
        }
        let cells = ([headers] + rows).map { row in (0..<columns).map { cut($0 < row.count ? row[$0] : "", $0) } }
        var widths = [Int](repeating: 0, count: columns)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        let numeric = (0..<columns).map { i in rows.allSatisfy { i < $0.count && (Double($0[i].replacingOccurrences(of: "%", with: "")) != nil || $0[i].isEmpty) } && !rows.isEmpty }
        var lines: [String] = []
        for (r, row) in cells.enumerated() {
            var parts: [String] = []
            for (i, c) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - c.count)
                parts.append(numeric[i] && r > 0 ? pad + c : c + pad)
            }
            lines.append(parts.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            if r == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// The same table in Markdown.
    public func markdown() -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + headers.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map(esc).joined(separator: " | ") + " |\n" }
        return out
    }
}

import Foundation
