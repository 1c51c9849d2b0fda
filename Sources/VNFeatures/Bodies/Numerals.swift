/// Reading the numbers of numbered bodies: Arabic (`14`), Roman (`XIV`), English ordinals
/// (`14th`, `fourteenth`).
///
/// ```swift
/// Numerals.roman("XIV")          // 14
/// Numerals.ordinalWord("eleventh")   // 11
/// ```
public enum Numerals {
    /// The value of an upper-case Roman numeral from I to CC, or nil.
    public static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = text.map { values[$0]! }
        for (i, v) in digits.enumerated() {
            if i + 1 < digits.count && v < digits[i + 1] { total -= v } else { total += v }
        }
        // Reject malformed numerals by writing the value back.
        guard total > 0, total <= 200, write(total) == text else { return nil }
        return total
    }

    static func write(_ value: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var v = value, out = ""
        for (n, s) in table { while v >= n { out += s; v -= n } }
        return out
    }

    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// The value of an English ordinal word (`eleventh`), or nil.
    public static func ordinalWord(_ key: String) -> Int? { ordinalWords[key] }

    /// The value of an Arabic number token of at most three digits.
    public static func arabic(_ text: String) -> Int? {
        guard text.count <= 3, text.allSatisfy(\.isNumber), let v = Int(text), v > 0 else { return nil }
        return v
    }
}
