import Foundation

/// Deterministic JSON, as every command writes it: sorted keys, pretty-printed, no escaped
/// slashes, a final newline.
///
/// ```swift
/// let text = try JSONOutput.encode(result)   // "{\n  \"englishCount\" : 2, ...}\n"
/// ```
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
