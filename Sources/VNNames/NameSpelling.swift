import VNFeatures
import VNText

/// How a written name compares with another: its marks, its lookalike and confusable letters, and
/// the keys two spellings of one name share.
///
/// ```swift
/// NameSpelling.hasMarks("Tô Lâm")             // true
/// NameSpelling.hasMarks("To Lam")             // false
/// NameSpelling.repaired("Gan Kim Y\u{43E}ng") // "Gan Kim Yong" (a Cyrillic о)
/// NameSpelling.compactKey("Tô Lâm")           // "tolam"
/// ```
public enum NameSpelling {
    /// Lookalikes of `Đ`/`đ` that the normaliser replaces inside Vietnamese syllables: `Ð` U+00D0
    /// (Icelandic eth), `Ɖ` U+0189 (African D), `ð` U+00F0, `ɖ` U+0256.
    public static let lookalikeScalars: [UInt32: UInt32] = [0x00D0: 0x0110, 0x0189: 0x0110, 0x00F0: 0x0111, 0x0256: 0x0111]

    /// Whether the text carries Vietnamese (or other Latin) marks: a precomposed Latin letter
    /// beyond ASCII or a combining mark. Letters of other scripts are not marks.
    public static func hasMarks(_ text: String) -> Bool { markCount(text) > 0 }

    /// How many marked Latin letters the text has (`Tô Lâm`: 2, `Tô Lam`: 1).
    public static func markCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { n, s in
            let v = s.value
            let marked = (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7 || (0x1E00...0x1EFF).contains(v) || (0x300...0x36F).contains(v)
            return n + (marked ? 1 : 0)
        }
    }

    /// Whether a scalar could be a letter of another script posing as Latin (Greek, Cyrillic and
    /// beyond), the cheap test before asking ICU.
    static func mayBeConfusable(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x370 && !(0x1E00...0x1EFF).contains(s.value) && s.properties.isAlphabetic
    }

    /// The name with lookalike `Đ`s and confusable letters of other scripts (ICU `uspoof`) replaced
    /// by the Latin letters they imitate, so that its keys meet those of the right spelling.
    public static func repaired(_ text: String) -> String {
        words(text).map(repairedWord).joined(separator: " ")
    }

    static func repairedWord(_ word: String) -> String {
        var word = word
        if word.unicodeScalars.contains(where: { lookalikeScalars[$0.value] != nil }) {
            word = String(String.UnicodeScalarView(word.unicodeScalars.map { lookalikeScalars[$0.value].flatMap(Unicode.Scalar.init) ?? $0 }))
        }
        if word.unicodeScalars.contains(where: mayBeConfusable), ConfusableDetector.shared.isSuspicious(word),
           let suggestion = ConfusableDetector.shared.finding(word: word, utf8Offset: 0).suggestion {
            word = suggestion
        }
        return word
    }

    /// The words of a name, white space collapsed.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
    }

    /// The compact key of the repaired name: `Tô Lâm`, `To Lam` and `TÔ LÂM` give `tolam`.
    public static func compactKey(_ text: String) -> String { NameKeys.compact(repaired(text)) }

    /// The compact key of each word of the repaired name (`["to", "lam"]`).
    public static func wordKeys(_ text: String) -> [String] {
        words(repaired(text)).map(NameKeys.compact).filter { !$0.isEmpty }
    }

    /// A code point as people write it: `U+00D0`.
    static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
