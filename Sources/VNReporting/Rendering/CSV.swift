/// Comma- or tab-separated output with RFC 4180 quoting.
///
/// ```swift
/// CSV.line(["a", "b,c"])            // "a,\"b,c\""
/// CSV.line(["a", "b"], separator: "\t")
/// ```
public enum CSV {
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field in
            if separator == "\t" { return field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            if field.contains(separator) || field.contains("\"") || field.contains("\n") {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: String(separator))
    }
}

import Foundation
