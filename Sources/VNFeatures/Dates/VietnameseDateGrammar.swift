/// Date expressions of Vietnamese text, day always before month: `ngày 20/3`, `sáng 30/01/2026`,
/// `chiều 5-2`, `ngày 5 tháng 2 năm 2026`, `tháng 1/2026`, `tháng 12`, `năm 2026`,
/// `giai đoạn 2021-2025`, `quý I/2026`, `hôm nay`, `thứ Hai`, `Chủ nhật`, `từ ngày 22 đến 25/8`.
///
/// `5-2` is a date only after a time word (`ngày`, `sáng`, `từ` ...), since it is also a score;
/// `thứ hai` and `thứ 2` are weekdays only when capitalised (`thứ Hai`) or after a time word
/// (`sáng thứ 2`), since they are also ordinals ("second").
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("Chiều 15/4, tại Hà Nội"), language: .vietnamese)
/// let grammar = VietnameseDateGrammar(view: view, lexicon: .shared, years: YearReader(view: view, numbers: .shared))
/// grammar.match(at: 0, cue: nil)?.spans[0]   // .day(year: nil, month: 4, day: 15), afternoon, tokens 0..<2
/// ```
struct VietnameseDateGrammar {
    let view: TokenView
    let lexicon: DateLexicon
    let years: YearReader

    static let partsOfDay: WordTable<String> = [
        "sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "evening",
    ]
    /// Words after which `5-2`, `5 tháng 2` and `4-2016` are dates.
    static let dayCues: WordSet = [
        "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "từ", "đến", "tới", "vào", "hồi", "trước", "sau",
        "và", "-", ",",
    ]
    /// Words after which `thứ 2` and `thứ hai` are weekdays.
    static let weekdayCues: WordSet = ["hôm", "sáng", "trưa", "chiều", "tối", "đêm", "vào"]
    /// Words between the two days of `ngày 22 đến 25/8`.
    static let dayJoiners: WordSet = ["đến", "tới", "-", "và", ","]
    /// `thứ Hai tuần trước` ...
    static let weekReferences: WordTable<DateExpression.Reference> = [
        "trước": .lastWeek, "qua": .lastWeek, "này": .this, "tới": .nextWeek, "sau": .nextWeek,
    ]
    /// Words before `tháng tới`, `năm ngoái` that make them a duration (`3 tháng tới`).
    static let countWords: WordSet = ["những", "các", "mấy", "nhiều", "vài", "một", "hai", "ba", "bốn", "năm", "sáu", "mười"]
    /// Words before `năm 2026` kept in the mention (`đầu năm 2026`).
    static let yearParts: WordSet = ["đầu", "cuối", "giữa"]
    static let quarterNumerals: WordTable<Int> = ["I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4]

    /// Words other than the lexicon's phrases at which `match` can find a date: parts of the day,
    /// `ngày`, `hôm`, `tháng`, `năm`, `quý` (numbers aside).
    static let entryWords: WordSet = WordSet(partsOfDay.keys).union(["ngày", "hôm", "tháng", "năm", "quý"])

    /// The date expression starting at token `i`; `cue` is the word before it.
    func match(at i: Int, cue: String?) -> DateMatch? {
        guard let word = view.lower(i) else { return nil }
        if let found = relative(at: i) { return found }
        if let part = Self.partsOfDay[word] {
            guard view.sameSentence(i, i + 1), let found = match(at: i + 1, cue: word), found.isDay else { return nil }
            return found.starting(at: i).with(partOfDay: part)
        }
        if word == "ngày" || word == "hôm" {
            guard view.sameSentence(i, i + 1), let found = match(at: i + 1, cue: word) else { return nil }
            return found.starting(at: i)
        }
        return core(at: i, cue: cue)
    }

    private func core(at i: Int, cue: String?) -> DateMatch? {
        if let found = weekday(at: i, cue: cue) { return found }
        switch view.lower(i) {
        case "tháng": return month(at: i)
        case "năm":
            guard view.sameSentence(i, i + 1), let year = years.statedYear(at: i + 1) else { return nil }
            let start = view.lower(i - 1, in: Self.yearParts) && view.sameSentence(i - 1, i) ? i - 1 : i
            return years.yearOrRange(year, at: i + 1, start: start)
        case "quý": return quarter(at: i)
        default: return view.isNumber(i) ? number(at: i, cue: cue) : nil
        }
    }

    /// `hôm nay`, `sáng qua`, `tháng tới`, `năm ngoái`.
    private func relative(at i: Int) -> DateMatch? {
        guard let (relative, end) = lexicon.relatives[.vietnamese]!.match(view, at: i) else { return nil }
        if relative.unit != .day, view.sameSentence(i - 1, i), view.isNumber(i - 1) || view.lower(i - 1, in: Self.countWords) {
            return nil
        }
        let found = DateMatch(.relative(relative.unit, relative.offset), i..<end)
        return relative.partOfDay.map { found.with(partOfDay: $0) } ?? found
    }

    /// `thứ Hai`, `thứ 2` after a time word, `Chủ nhật`, `thứ Sáu tuần trước`.
    private func weekday(at i: Int, cue: String?) -> DateMatch? {
        guard let (weekday, nameEnd) = lexicon.weekdays[.vietnamese]!.match(view, at: i) else { return nil }
        // `thứ Hai` needs its capital (`thứ hai` is also "second"), `CN` a time word; `Chủ nhật` nothing.
        let named: Bool
        switch view.lower(i) {
        case "thứ": named = view.isWord(nameEnd - 1) && view.isCapitalized(nameEnd - 1)
        case "cn": named = false
        default: named = true
        }
        if !named && !(cue.map(Self.weekdayCues.contains) ?? false) { return nil }
        var end = nameEnd
        var reference = DateExpression.Reference.plain
        if view.lower(end) == "tuần", view.sameSentence(i, end + 1), let r = view.lower(end + 1, in: Self.weekReferences) {
            reference = r
            end += 2
        }
        return DateMatch(.weekday(weekday, reference), i..<end)
    }

    /// `tháng 12`, `tháng 1/2026`, `tháng 4-2016`, `tháng 1 năm 2026`, `tháng Mười Hai`.
    private func month(at i: Int) -> DateMatch? {
        if let (month, end) = lexicon.months[.vietnamese]!.match(view, at: i), view.isCapitalized(i + 1) {
            return withYear(month: month, tokens: i..<end)
        }
        let j = i + 1
        guard view.sameSentence(i, j), view.isNumber(j) else { return nil }
        if case .monthYear(let month, let year, _)? = NumericDate.parse(view.tokens[j].text) {
            return DateMatch(.month(year: year, month: month, reference: .plain), i..<(j + 1))
        }
        guard let month = view.integer(j), (1...12).contains(month) else { return nil }
        return withYear(month: month, tokens: i..<(j + 1))
    }

    /// A month, with the year when `năm 2026` follows.
    private func withYear(month: Int, tokens: Range<Int>) -> DateMatch {
        let end = tokens.upperBound
        if view.lower(end) == "năm", view.sameSentence(tokens.lowerBound, end + 1), let year = years.statedYear(at: end + 1) {
            return DateMatch(.month(year: year, month: month, reference: .plain), tokens.lowerBound..<(end + 2))
        }
        return DateMatch(.month(year: nil, month: month, reference: .plain), tokens)
    }

    /// `quý I/2026`, `quý 1/2026`, `quý IV năm 2025`: the year.
    private func quarter(at i: Int) -> DateMatch? {
        var j = i + 1
        guard view.sameSentence(i, j), view.contains(j) else { return nil }
        if case .monthYear(let quarter, let year, _)? = NumericDate.parse(view.tokens[j].text), (1...4).contains(quarter) {
            return DateMatch(.year(year), i..<(j + 1))
        }
        guard Self.quarterNumerals[view.tokens[j].text] != nil else { return nil }
        j += 1
        guard view.lower(j) == "/" || view.lower(j) == "-" || view.lower(j) == "năm", view.sameSentence(i, j + 1),
              let year = years.statedYear(at: j + 1) else { return nil }
        return DateMatch(.year(year), i..<(j + 2))
    }

    /// Number tokens: `20/3`, `30/01/2026`, `5-2` after a time word, `12-15/3`, `12/2023`,
    /// `2021-2025`, a bare year, `5 tháng 2 năm 2026`, `ngày 22 đến 25/8`.
    private func number(at i: Int, cue: String?) -> DateMatch? {
        let hasCue = cue.map(Self.dayCues.contains) ?? false
        switch NumericDate.parse(view.tokens[i].text) {
        case .days(let days, let separator)?:
            guard separator == "/" || days[0].year != nil || hasCue else { return nil }
            let spans = days.map { DateSpan(expression: .day(year: $0.year, month: $0.month, day: $0.day), tokens: i..<(i + 1)) }
            return DateMatch(spans, end: i + 1)
        case .monthYear(let month, let year, let separator)?:
            guard separator == "/" || hasCue else { return nil }
            return DateMatch(.month(year: year, month: month, reference: .plain), i..<(i + 1))
        case .yearRange(let first, let last)?:
            return first >= 1800 ? DateMatch(.yearRange(first, last), i..<(i + 1)) : nil
        case .year?:
            return years.bareYear(at: i).map { years.yearOrRange($0, at: i, start: i) }
        case nil:
            break
        }
        guard let day = view.integer(i), (1...31).contains(day) else { return nil }
        // 5 tháng 2 (năm 2026)
        if view.lower(i + 1) == "tháng", view.sameSentence(i, i + 2), let month = view.integer(i + 2), (1...12).contains(month) {
            var end = i + 3
            var year: Int?
            if view.lower(end) == "năm", view.sameSentence(i, end + 1), let y = years.statedYear(at: end + 1) {
                year = y
                end += 2
            }
            guard year != nil || hasCue, NumericDate.dayMonth(day, month, year) != nil else { return nil }
            return DateMatch(.day(year: year, month: month, day: day), i..<end)
        }
        // ngày 22 đến 25/8: the first day takes the month of the second.
        if cue == "ngày", let joiner = view.lower(i + 1), Self.dayJoiners.contains(joiner), view.sameSentence(i, i + 2),
           let next = match(at: i + 2, cue: joiner), case .day(let year, let month, let last) = next.spans[0].expression,
           day < last, NumericDate.dayMonth(day, month, year) != nil {
            let first = DateSpan(expression: .day(year: year, month: month, day: day), tokens: i..<(i + 1))
            return DateMatch([first] + next.spans, end: next.end)
        }
        return nil
    }
}
