/// Reads years and year ranges, in both languages: a four-digit number with a cue (`năm 2026`,
/// `December 2025`), a bare year in context (`Năm đoàn kết hữu nghị Việt Nam-Lào 2022`, `in
/// 2022`), and ranges (`2021 - 2025`, `từ năm 2021 đến năm 2025`, `between 2021 and 2025`).
///
/// A bare four-digit number is not a year when it is an amount (`2030 người`, `khoảng 2000`,
/// `$2025`), a decade (`1990s`) or a time (`2030:15`).
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("giai đoạn 2021 - 2025"), language: .vietnamese)
/// let reader = YearReader(view: view, numbers: .shared)
/// reader.bareYear(at: 2)                              // 2021
/// reader.yearOrRange(2021, at: 2, start: 2).spans[0]  // .yearRange(2021, 2025) over tokens 2..<5
/// ```
struct YearReader {
    let view: TokenView
    let numbers: NumberLexicon

    /// Years read without a cue word.
    static let bareYears = 1945...2099
    /// Years read after a cue word (`năm`, a month name).
    static let statedYears = 1000...2199
    /// Words before a number that make it an amount.
    static let quantityWords: WordSet = [
        "khoảng", "gần", "hơn", "trên", "dưới", "chừng", "số", "tổng",
        "about", "around", "nearly", "almost", "over", "some", "approximately", "than", "least", "no",
        "number", "only", "just", "total",
    ]
    /// Words before the first year of a range said in words (`từ`, `from`, `between`, `giai đoạn`,
    /// `nhiệm kỳ`).
    static let rangeOpeners: WordSet = ["từ", "from", "between", "đoạn", "kỳ"]
    /// Words between the years of such a range.
    static let rangeJoiners: WordSet = ["đến", "tới", "to", "until", "till", "through"]
    static let dashes: WordSet = ["-", "–", "—"]

    /// A year stated after a cue: any four-digit year from 1000 to 2199.
    func statedYear(at i: Int) -> Int? {
        guard let year = view.fourDigits(i), Self.statedYears.contains(year) else { return nil }
        return year
    }

    /// A bare four-digit number read as a year, or nil when its context makes it something else.
    func bareYear(at i: Int) -> Int? {
        guard let year = view.fourDigits(i), Self.bareYears.contains(year) else { return nil }
        if let previous = view.previous(i), Self.quantityWords.contains(previous) { return nil }
        if numbers.hasUnitBefore(view, at: i) { return nil }
        if view.sameSentence(i, i + 1) {
            if view.isAttached(i + 1) && (view.isWord(i + 1) || view.lower(i + 1) == ":" || view.lower(i + 1) == "%") {
                return nil
            }
            if numbers.isQuantityWord(view, at: i + 1) { return nil }
        }
        return year
    }

    /// A year, or a year range when a second year follows, for the year token at `i`; the span
    /// starts at `start` (a cue word before the year, or the year itself).
    func yearOrRange(_ year: Int, at i: Int, start: Int) -> DateMatch {
        if let (last, end) = rangeTail(after: i, from: year, start: start) {
            return DateMatch(.yearRange(year, last), start..<end)
        }
        return DateMatch(.year(year), start..<(i + 1))
    }

    /// The second year of a range and the token after it, when one follows the year at `i`.
    func rangeTail(after i: Int, from year: Int, start: Int) -> (Int, Int)? {
        var j = i + 1
        guard view.sameSentence(i, j), let joiner = view.lower(j) else { return nil }
        let opener = view.previous(start)
        if joiner == "and" {
            guard opener == "between" else { return nil }
        } else if Self.rangeJoiners.contains(joiner) {
            guard let opener, Self.rangeOpeners.contains(opener) else { return nil }
        } else if !Self.dashes.contains(joiner) {
            return nil
        }
        j += 1
        if view.lower(j) == "năm" { j += 1 }
        guard view.sameSentence(i, j), let last = view.fourDigits(j), last > year, last - year <= 100 else { return nil }
        return (last, j + 1)
    }
}
