import VNCorpus

/// Finds the numbers of an article with their scale and unit: `10 tỷ USD`, `USD 10 billion`,
/// `$1.52 billion`, `1.234,5 tỷ đồng`, `3 triệu người`, `7,09%`, `15 người chết`, `350,000`.
///
/// Skipped: tokens inside dates and years, ordinals (`14th`, `lần thứ 14`), times (`8:30`, `6h`,
/// `10 a.m.`), numbers of names (`SEA Games 33`, `COVID-19`, `Nghị quyết 57`), scores and ranges
/// (`3-2`), and bare numbers (no scale, no unit) below 10.
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("vốn 10 tỷ USD"), language: .vietnamese)
/// NumberScanner(view: view, lexicon: .shared, covered: DateExtractor.coveredTokens(view)).scan()
/// // [Found(value: 1.0e10, unit: "USD", tokens: 1..<4)]
/// ```
struct NumberScanner {
    struct Found: Equatable {
        var value: Double
        var unit: String?
        var tokens: Range<Int>
    }

    let view: TokenView
    let lexicon: NumberLexicon
    /// Tokens of date expressions.
    let covered: [Bool]

    /// Words right before a number that make it an ordinal or a label (`thứ 14`, `Điều 4`,
    /// `phút 20`, `No. 5`).
    static let labelWords: WordSet = [
        "thứ", "số", "lần", "khóa", "kỳ", "phút", "điều", "khoản", "hiệp", "lúc", "chương", "mục", "đợt", "hạng",
        "no", "number", "minute", "article", "route", "chapter", "section", "clause", "grade", "round",
    ]
    /// Two-word heads before a number that make it a label (`Nghị quyết 57`, `Trung ương 11`),
    /// whose second syllable is not capitalised.
    static let labelPhrases: WordSet = [
        "nghị quyết", "nghị định", "quyết định", "quy định", "chỉ thị", "thông tư", "kết luận", "trung ương",
        "công văn", "thông báo", "đại hội", "hội nghị",
    ]
    /// Words right after a number that make it a time.
    static let timeWords: WordSet = ["giờ", "h", "gmt", "utc", "ict", "am", "pm", "a", "p"]
    /// Words before a number that count it rather than name it, even when capitalised.
    static let countWords: WordSet = ["khoảng", "gần", "hơn", "trên", "dưới", "about", "around", "nearly", "over", "some"]

    func scan() -> [Found] {
        // Currencies written before a number, by the index of the number.
        var unitBefore: [Int: (unit: String, start: Int)] = [:]
        for j in 0..<view.count where !covered[j] {
            if let m = lexicon.unitsBefore.match(view, at: j), view.isNumber(m.end), unitBefore[m.end] == nil {
                unitBefore[m.end] = (m.payload, j)
            }
        }
        var found: [Found] = []
        var i = 0
        while i < view.count {
            defer { i += 1 }
            guard view.isNumber(i), !covered[i], let literal = DecimalReader.literal(view.tokens[i].text, language: view.language) else {
                continue
            }
            var start = i, end = i + 1, power = 0
            var unit: String?
            if let before = unitBefore[i], before.start >= (found.last?.tokens.upperBound ?? 0) {
                unit = before.unit
                start = before.start
            }
            while view.sameSentence(i, end), !covered[end], let scale = lexicon.scales.match(view, at: end) {
                power += scale.payload
                end = scale.end
            }
            if view.sameSentence(i, end), !covered[end], let after = lexicon.unit(after: view, at: end) {
                unit = unit ?? after.payload
                end = after.end
            }
            guard !isOrdinalOrTime(i, quantified: end > i + 1),
                  let value = Double(power == 0 ? literal : "\(literal)e\(power)") else { continue }
            if unit == nil && power == 0 && (value < 10 || isNamePart(i)) { continue }
            found.append(Found(value: value, unit: unit, tokens: start..<end))
            i = end - 1
        }
        return found
    }

    /// `14th`, `lần thứ 14`, `8:30`, `6h`, `10 a.m.`, `17 giờ`.
    private func isOrdinalOrTime(_ i: Int, quantified: Bool) -> Bool {
        if view.lower(i - 1) == ":" && view.isAttached(i) { return true }
        if view.lower(i + 1) == ":" && view.isAttached(i + 1) && view.isNumber(i + 2) { return true }
        if view.previous(i) == "thứ" { return true }
        if quantified { return false }
        // A word glued to the number that is no unit: 14th, 6h, 17h30.
        if view.isAttached(i + 1) && view.isWord(i + 1) && view.sameSentence(i, i + 1) { return true }
        if view.sameSentence(i, i + 1), view.lower(i + 1, in: Self.timeWords) { return true }
        if let previous = view.previous(i) {
            if Self.labelWords.contains(previous) { return true }
            if let head = view.lower(i - 2), view.sameSentence(i - 2, i), Self.labelPhrases.contains("\(head) \(previous)") {
                return true
            }
            // No. 5
            if previous == ".", view.lower(i - 2) == "no" { return true }
        }
        return false
    }

    /// `SEA Games 33`, `Nghị quyết 57`, `COVID-19`: a bare number right after a capitalised word
    /// (not the first of its sentence) or glued to a word by a hyphen.
    private func isNamePart(_ i: Int) -> Bool {
        guard view.sameSentence(i - 1, i) else { return false }
        if view.lower(i - 1) == "-" && view.isAttached(i) && view.isAttached(i - 1) && view.isWord(i - 2) { return true }
        let before = view.tokens[i - 1]
        return before.isCapitalizedWord && !before.startsSentence && !Self.countWords.contains(view, i - 1)
    }
}
