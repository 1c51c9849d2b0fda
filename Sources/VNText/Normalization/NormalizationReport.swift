/// What `Normalizer.normalizeReporting(_:)` changed, and what it found but left alone.
///
/// ```swift
/// let result = Normalizer().normalizeReporting("Ðại hội")
/// result.report.lookalikesReplaced   // 1
/// result.report.isEmpty              // false
/// ```
public struct NormalizationReport: Sendable, Equatable {
    /// Words whose code points NFC changed (decomposed marks composed or reordered).
    public var wordsComposed = 0
    /// Syllables whose tone mark moved to the canonical vowel.
    public var toneMarksMoved = 0
    /// Lookalike letters replaced by `Đ`/`đ` inside Vietnamese syllables.
    public var lookalikesReplaced = 0
    /// Characters replaced or removed, by kind of repair.
    public var charactersRepaired: [CharacterRepairs.Kind: Int] = [:]
    /// Words mixing scripts in a way that could fool a reader; reported, not changed.
    public var confusables: [ConfusableFinding] = []

    public init() {}

    /// Whether nothing was changed or found.
    public var isEmpty: Bool {
        wordsComposed == 0 && toneMarksMoved == 0 && lookalikesReplaced == 0
            && charactersRepaired.isEmpty && confusables.isEmpty
    }

    /// Adds another report's counts and findings to this one.
    public mutating func merge(_ other: NormalizationReport) {
        wordsComposed += other.wordsComposed
        toneMarksMoved += other.toneMarksMoved
        lookalikesReplaced += other.lookalikesReplaced
        for (kind, count) in other.charactersRepaired { charactersRepaired[kind, default: 0] += count }
        confusables += other.confusables
    }

    /// One line a change, for people ("3 tone marks moved to the canonical vowel").
    public var summaryLines: [String] {
        var lines: [String] = []
        if wordsComposed > 0 { lines.append("\(wordsComposed) word(s) composed to NFC") }
        if toneMarksMoved > 0 { lines.append("\(toneMarksMoved) tone mark(s) moved to the canonical vowel") }
        if lookalikesReplaced > 0 { lines.append("\(lookalikesReplaced) lookalike letter(s) replaced by Đ/đ") }
        for kind in CharacterRepairs.Kind.allCases where kind != .lookalike {
            if let count = charactersRepaired[kind], count > 0 {
                lines.append("\(count) \(kind.rawValue) character(s) \(kind == .invisible ? "removed" : "unified")")
            }
        }
        for finding in confusables {
            lines.append("confusable characters in \"\(finding.word)\" at byte \(finding.utf8Offset): \(finding.explanation)")
        }
        return lines
    }
}

/// A word that mixes Latin letters with lookalike letters of another script (`Vіệt` with a
/// Cyrillic `і`).
public struct ConfusableFinding: Sendable, Equatable {
    /// The word as it stands in the normalised text.
    public let word: String
    /// The UTF-8 offset of the word in the normalised text.
    public let utf8Offset: Int
    /// The foreign letters, with their code points (`і U+0456`).
    public let foreignLetters: [String]
    /// The word with each foreign letter replaced by the Latin letter it imitates, when ICU's
    /// confusable skeleton names one.
    public let suggestion: String?

    /// A readable account: the letters and the suggested spelling.
    public var explanation: String {
        let letters = foreignLetters.joined(separator: ", ")
        if let suggestion { return "non-Latin \(letters); did you mean \"\(suggestion)\"?" }
        return "non-Latin \(letters)"
    }
}
