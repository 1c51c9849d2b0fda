import VNText

/// One token of a normalised article: a word, a number or a punctuation mark, with its place.
///
/// ```swift
/// let tokens = Tokenizer.tokenize("Tổng Bí thư Tô Lâm, ngày 20/3.")
/// tokens[0].text      // "Tổng"
/// tokens[0].key       // "tong"
/// tokens[5].kind      // .number ("20/3")
/// ```
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters (and marks), possibly with inner dots (`T.Ư`, `TP.HCM`) or inner hyphens
        /// between lower-case parts (`Pu-tin`).
        case word
        /// Digits, possibly with inner `.`, `,`, `/`, `-` between digits (`1.234,5`, `30/01/2026`, `2021-2025`).
        case number
        /// Anything else that is not white space, one character a token.
        case punctuation
    }

    public let kind: Kind
    /// The token as written in the normalised text.
    public let text: String
    /// Its matching key (lower case, no marks).
    public let key: String
    /// UTF-8 byte range in the normalised text.
    public let range: Range<Int>
    /// Index of the sentence the token is in (sentences end at `.`, `!`, `?`, `;` and line breaks).
    public let sentence: Int
    /// Whether the first letter is upper case.
    public let isCapitalized: Bool
    /// Whether every letter is upper case (and there are at least two).
    public let isAllCaps: Bool
    /// Whether the text has letters outside ASCII (diacritics).
    public let hasMarks: Bool
    /// Whether white space comes right before this token.
    public let spaceBefore: Bool
    /// Whether this is the first word of its sentence.
    public let startsSentence: Bool

    /// Whether the token is a word starting with a capital.
    public var isCapitalizedWord: Bool { kind == .word && isCapitalized }
}
