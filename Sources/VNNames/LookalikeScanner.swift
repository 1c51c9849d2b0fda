import Foundation
import VNFeatures
import VNText

/// Finds the lookalikes of `Đ` that the corpus reader replaced, by reading the articles' sources
/// again: the normalised text no longer shows them (`Ðặng` was read as `Đặng`), and an editor
/// still has to fix the source.
///
/// Only articles whose repairs report a replaced lookalike are read again; `.txt` sources are
/// decoded as the reader decodes them, `feed.jsonl:12` sources by their line's `text`.
///
/// ```swift
/// LookalikeScanner.findings(in: "Bộ trưởng \u{D0}ặng Quốc Khánh")
/// // [Finding(raw: "Ðặng", normalized: "Đặng", letters: ["Ð U+00D0"])]
/// let byArticle = LookalikeScanner.scan(features)   // article id -> findings
/// ```
public enum LookalikeScanner {
    /// One word of a source holding a lookalike of `Đ`/`đ`.
    public struct Finding: Sendable, Codable, Hashable {
        /// The word as the source writes it (`Ðặng`).
        public let raw: String
        /// The word as the normalised text has it (`Đặng`).
        public let normalized: String
        /// The lookalike letters with their code points (`Ð U+00D0`).
        public let letters: [String]

        public init(raw: String, normalized: String, letters: [String]) {
            self.raw = raw
            self.normalized = normalized
            self.letters = letters
        }
    }

    /// The words of `text` that hold a lookalike of `Đ`/`đ`, punctuation trimmed.
    public static func findings(in text: String) -> [Finding] {
        var out: [Finding] = []
        var seen = Set<String>()
        for token in NameSpelling.words(text) {
            let word = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            let letters = word.unicodeScalars.filter { NameSpelling.lookalikeScalars[$0.value] != nil }
            guard !letters.isEmpty, seen.insert(word).inserted else { continue }
            out.append(Finding(raw: word, normalized: Normalizer().normalize(word),
                               letters: letters.map { "\(Character($0)) \(NameSpelling.codePoint($0))" }))
        }
        return out
    }

    /// Findings by article id, for the articles whose repairs report a replaced lookalike.
    public static func scan(_ features: [ArticleFeatures]) -> [String: [Finding]] {
        var out: [String: [Finding]] = [:]
        for article in features where article.repairs.contains(where: { $0.contains("lookalike") }) {
            guard let text = rawText(source: article.source) else { continue }
            let found = findings(in: text)
            if !found.isEmpty { out[article.id] = found }
        }
        return out
    }

    /// The text of a source as it was read, before normalisation: a file, or one line of a JSON
    /// Lines feed (`feed.jsonl:12`).
    static func rawText(source: String) -> String? {
        if let data = FileManager.default.contents(atPath: source) {
            return try? TextDecoding.decode([UInt8](data)).text
        }
        guard let colon = source.lastIndex(of: ":"), let line = Int(source[source.index(after: colon)...]), line > 0,
              let data = FileManager.default.contents(atPath: String(source[..<colon])) else { return nil }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard line <= lines.count,
              let object = try? JSONSerialization.jsonObject(with: Data(lines[line - 1])) as? [String: Any] else { return nil }
        return object["text"] as? String
    }
}
