/// Date expressions of English text: `on Friday`, `Wednesday morning`, `last Friday`,
/// `next Monday`, `December 16`, `Dec. 16`, `December 16, 2025`, `16 December 2025`,
/// `December 12-13`, `in January 2026`, `in March`, `last September`, `early 2026`, `in 2022`,
/// `the 2021-2025 period`, `from 2021 to 2025`, `today`, `yesterday`, `next month`.
///
/// Month and weekday names must be capitalised (`may` is a verb); a month without day or year
/// needs a word before it that makes it a date (`in May`, `since March`, `mid-July`).
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("on Dec. 16, 2025"), language: .english)
/// let grammar = EnglishDateGrammar(view: view, lexicon: .shared, years: YearReader(view: view, numbers: .shared))
/// grammar.match(at: 1, cue: "on")?.spans[0].expression   // .day(year: 2025, month: 12, day: 16)
/// ```
struct EnglishDateGrammar {
    let view: TokenView
    let lexicon: DateLexicon
    let years: YearReader

    static let partsOfDay: WordTable<String> = [
        "morning": "morning", "noon": "noon", "afternoon": "afternoon", "evening": "evening", "night": "evening",
    ]
    static let references: WordTable<DateExpression.Reference> = ["last": .last, "next": .next, "this": .this]
    /// Words before a month name that make it a date (`in May`).
    static let monthCues: WordSet = [
        "in", "since", "until", "till", "by", "from", "to", "through", "early", "late", "mid", "during", "before",
        "after", "of", "between", "and", "throughout", "or",
    ]
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    /// Words before `last year`, `next month` that make them a duration (`the last year`).
    static let durationWords: WordSet = ["the", "past", "over"]

    /// Words other than the lexicon's phrases at which `match` can find a date: `the` (`the
    /// morning of ...`) and `last`, `next`, `this` (numbers aside).
    static let entryWords: WordSet = WordSet(references.keys).union(["the"])

    /// The date expression starting at token `i`; `cue` is the word before it.
    func match(at i: Int, cue: String?) -> DateMatch? {
        if let found = relative(at: i) { return found }
        // on the morning of December 16
        if view.lower(i) == "the", let part = view.lower(i + 1, in: Self.partsOfDay), view.lower(i + 2) == "of",
           view.sameSentence(i, i + 3), let found = core(at: i + 3, cue: "of"), found.isDay {
            return found.starting(at: i).with(partOfDay: part)
        }
        if let reference = view.lower(i, in: Self.references), view.sameSentence(i, i + 1) {
            if let found = weekday(at: i + 1, reference: reference) { return found.starting(at: i) }
            if let (month, end) = monthName(at: i + 1) {
                return DateMatch(.month(year: nil, month: month, reference: reference), i..<end)
            }
        }
        return core(at: i, cue: cue)
    }

    private func core(at i: Int, cue: String?) -> DateMatch? {
        if let found = weekday(at: i, reference: .plain) { return found }
        if let (month, end) = monthName(at: i) { return monthDate(month, at: i, nameEnd: end, cue: cue) }
        return view.isNumber(i) ? number(at: i) : nil
    }

    /// `today`, `yesterday morning`, `last night`, `next month`.
    private func relative(at i: Int) -> DateMatch? {
        guard let (relative, end) = lexicon.relatives[.english]!.match(view, at: i) else { return nil }
        if relative.unit != .day, let before = view.previous(i), Self.durationWords.contains(before) { return nil }
        let found = DateMatch(.relative(relative.unit, relative.offset), i..<end)
        if let part = relative.partOfDay { return found.with(partOfDay: part) }
        return relative.unit == .day ? withPartOfDay(found) : found
    }

    /// A capitalised month name at `i` and the token after it.
    private func monthName(at i: Int) -> (Int, Int)? {
        guard view.isWord(i), view.isCapitalized(i), let (month, end) = lexicon.months[.english]!.match(view, at: i) else { return nil }
        return (month, end)
    }

    /// `Friday`, `Friday morning`, with the reference word read by the caller.
    private func weekday(at i: Int, reference: DateExpression.Reference) -> DateMatch? {
        guard view.isWord(i), view.isCapitalized(i), let (weekday, end) = lexicon.weekdays[.english]!.match(view, at: i) else {
            return nil
        }
        return withPartOfDay(DateMatch(.weekday(weekday, reference), i..<end))
    }

    /// The match extended over a part of day written after it (`Wednesday morning`).
    private func withPartOfDay(_ found: DateMatch) -> DateMatch {
        let j = found.end
        guard view.sameSentence(j - 1, j), let part = view.lower(j, in: Self.partsOfDay) else { return found }
        var extended = found.with(partOfDay: part)
        let last = extended.spans.count - 1
        extended.spans[last].tokens = extended.spans[last].tokens.lowerBound..<(j + 1)
        extended.end = j + 1
        return extended
    }

    /// The day numbers of token `i`: `16`, or `12-13`.
    private func dayNumbers(at i: Int) -> [Int]? {
        if let day = view.integer(i), (1...31).contains(day) { return [day] }
        guard view.isNumber(i), let (first, last) = NumericDate.dayPair(view.tokens[i].text) else { return nil }
        return [first, last]
    }

    /// A year stated at `i` or after a comma there (`December 16, 2025`), and the token after it.
    private func statedYear(at i: Int, from start: Int) -> (Int, Int)? {
        let j = view.lower(i) == "," ? i + 1 : i
        guard view.sameSentence(start, j), let year = years.statedYear(at: j) else { return nil }
        return (year, j + 1)
    }

    /// `December 16`, `Dec. 16th, 2025`, `December 12-13`, `December 2025`, `in December`.
    private func monthDate(_ month: Int, at i: Int, nameEnd: Int, cue: String?) -> DateMatch? {
        let j = nameEnd
        if view.sameSentence(i, j), let days = dayNumbers(at: j), !(view.isAttached(j + 1) && view.lower(j + 1) == ":") {
            var end = j + 1
            if view.isAttached(end), view.lower(end, in: Self.ordinalSuffixes) { end += 1 }
            var year: Int?
            if let (y, after) = statedYear(at: end, from: i) {
                year = y
                end = after
            }
            if days.allSatisfy({ NumericDate.dayMonth($0, month, year) != nil }) {
                let spans = days.map { DateSpan(expression: .day(year: year, month: month, day: $0), tokens: i..<end) }
                return withPartOfDay(DateMatch(spans, end: end))
            }
        }
        if view.sameSentence(i, j), let year = years.statedYear(at: j) {
            return DateMatch(.month(year: year, month: month, reference: .plain), i..<(j + 1))
        }
        let cued = cue.map(Self.monthCues.contains) ?? false
        let midMonth = cue == "-" && view.isAttached(i) && view.lower(i - 2).map(Self.monthCues.contains) == true
        guard cued || midMonth else { return nil }
        return DateMatch(.month(year: nil, month: month, reference: .plain), i..<nameEnd)
    }

    /// `16 December 2025`, `16th of December`, `12-13 December`, `2021-2025`, a bare year.
    private func number(at i: Int) -> DateMatch? {
        if let days = dayNumbers(at: i), view.sameSentence(i, i + 1) {
            var j = i + 1
            if view.isAttached(j), view.lower(j, in: Self.ordinalSuffixes) {
                j += 1
                if view.lower(j) == "of" { j += 1 }
            }
            if view.sameSentence(i, j), let (month, nameEnd) = monthName(at: j) {
                var end = nameEnd
                var year: Int?
                if let (y, after) = statedYear(at: end, from: i) {
                    year = y
                    end = after
                }
                if days.allSatisfy({ NumericDate.dayMonth($0, month, year) != nil }) {
                    let spans = days.map { DateSpan(expression: .day(year: year, month: month, day: $0), tokens: i..<end) }
                    return DateMatch(spans, end: end)
                }
            }
        }
        switch NumericDate.parse(view.tokens[i].text) {
        case .yearRange(let first, let last)? where first >= 1800:
            return DateMatch(.yearRange(first, last), i..<(i + 1))
        case .year?:
            return years.bareYear(at: i).map { years.yearOrRange($0, at: i, start: i) }
        default:
            return nil
        }
    }
}
