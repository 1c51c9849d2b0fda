import Foundation

/// The two languages vnalign pairs.
///
/// ```swift
/// Language(rawValue: "vi")   // .vietnamese
/// Language.english.code      // "en"
/// ```
public enum Language: String, Sendable, CaseIterable, Codable, Comparable {
    case english = "en"
    case vietnamese = "vi"

    /// The ISO 639-1 code.
    public var code: String { rawValue }

    /// Reads `en`, `vi`, `english`, `vietnamese`, `tiếng Việt` (any case).
    public init?(tag: String) {
        switch tag.lowercased().trimmingCharacters(in: .whitespaces) {
        case "en", "eng", "english", "en-us", "en-gb": self = .english
        case "vi", "vie", "vietnamese", "vi-vn", "tiếng việt": self = .vietnamese
        default: return nil
        }
    }

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}
