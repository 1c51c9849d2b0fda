import VNCorpus

/// Reads the digits of a number token with the separators of the article's language.
///
/// Vietnamese writes `.` between thousands and `,` before decimals (`1.234,5`), English the
/// other way round (`1,234.5`). When both marks appear, the last one is the decimal mark. A mark
/// that appears once and is followed by other than three digits is a decimal mark in either
/// language (`7,09` and `7.09` are 7.09); followed by exactly three digits it means what the
/// language says (`10.000` is 10000 in Vietnamese, 10.0 in English).
///
/// The result is a plain decimal literal, so that scale words can be applied exactly
/// (`Double("1234.5e9")`).
///
/// ```swift
/// DecimalReader.literal("1.234,5", language: .vietnamese)   // "1234.5"
/// DecimalReader.literal("1,234.5", language: .english)      // "1234.5"
/// DecimalReader.literal("10.000", language: .vietnamese)    // "10000"
/// DecimalReader.literal("20/3", language: .vietnamese)      // nil
/// ```
enum DecimalReader {
    /// The number as a decimal literal without grouping (`1234.5`), or nil when the token is not
    /// a plain number (dates, ranges, scores, malformed groups).
    static func literal(_ text: String, language: Language) -> String? {
        let marks = text.filter { $0 == "." || $0 == "," }
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }),
              text.first!.isNumber, text.last!.isNumber else { return nil }
        if marks.isEmpty { return text }
        let decimal: Character?
        let dots = marks.filter { $0 == "." }.count, commas = marks.count - dots
        if dots > 0 && commas > 0 {
            decimal = marks.last!
            guard marks.filter({ $0 == decimal }).count == 1 else { return nil }
        } else if marks.count > 1 {
            decimal = nil  // the repeated mark groups thousands
        } else {
            let afterMark = text.split(whereSeparator: { $0 == "." || $0 == "," })[1]
            if afterMark.count != 3 {
                decimal = marks.first!
            } else {
                let thousands: Character = language == .vietnamese ? "." : ","
                decimal = marks.first! == thousands ? nil : marks.first!
            }
        }
        // Integer part: groups of three after the first.
        let parts = text.split(separator: decimal ?? "\u{0}", omittingEmptySubsequences: false)
        let integerGroups = parts[0].split(whereSeparator: { $0 == "." || $0 == "," })
        guard integerGroups.dropFirst().allSatisfy({ $0.count == 3 }), integerGroups.first!.count <= 3 || integerGroups.count == 1 else {
            return nil
        }
        let integer = integerGroups.joined()
        return parts.count == 2 ? "\(integer).\(parts[1])" : integer
    }

    /// The value of a number token, or nil.
    static func value(_ text: String, language: Language) -> Double? {
        literal(text, language: language).flatMap(Double.init)
    }
}
