import VNCorpus

/// Finds what the numbers of an article count, from the words next to them
/// (`quantity-measures.tsv`): `4 người chết` and `4 dead` are 4 `dead`; `GDP tăng 5,33%` and
/// `GDP grew 5.33 percent` are 5.33 `gdp`; `death toll rose to 59` is 59 `dead`. A score
/// (`2-1`) is a `score`, stored larger side first (201), since the two reports may name the teams
/// in either order.
///
/// A measure word is looked for right after the number (within three words) and, failing
/// that, before it (within eight words; the phrase ending nearest the number, the longest on a
/// tie), in the same sentence and never across another number. Small counts written as words
/// (`Fourteen people remain missing`) are read too (`quantity-number-words.tsv`).
///
/// ```swift
/// let text = "Bão làm 4 người chết, 78 người bị thương."
/// let view = TokenView(tokens: Tokenizer.tokenize(text), language: .vietnamese)
/// QuantityExtractor.extract(view, found: [], covered: [Bool](repeating: false, count: view.count),
///                           mentions: MentionBuilder(text: text)).map { "\($0.measure) \($0.value)" }
/// // ["dead 4.0", "injured 78.0"]
/// ```
enum QuantityExtractor {
    static let wordsAfter = 3
    static let wordsBefore = 8
    /// The largest side of a score (`2-1`); larger pairs are ranges or dates.
    static let largestScore = 20

    /// The quantities of `view`. `found` are the numbers the number grammar read (with scale
    /// words and units); other number tokens are read as plain figures. Tokens `covered` by
    /// dates are skipped.
    static func extract(_ view: TokenView, found: [NumberScanner.Found], covered: [Bool], mentions: MentionBuilder) -> [QuantityFeature] {
        let lexicon = EventLexicon.shared
        guard let after = lexicon.measuresAfter[view.language], let before = lexicon.measuresBefore[view.language] else { return [] }
        var read: [Int: NumberScanner.Found] = [:]
        var inside = [Bool](repeating: false, count: view.count)
        for f in found {
            read[f.tokens.lowerBound] = f
            for t in f.tokens { inside[t] = true }
        }
        var quantities: [QuantityFeature] = []
        var index: [String: Int] = [:]
        func add(_ measure: String, _ value: Double, _ tokens: Range<Int>) {
            let key = "\(measure)|\(value)"
            let mention = mentions.mention(view.byteRange(tokens))
            if let k = index[key] { quantities[k].mentions.append(mention) } else {
                index[key] = quantities.count
                quantities.append(QuantityFeature(measure: measure, value: value, mentions: [mention]))
            }
        }
        var i = 0
        while i < view.count {
            defer { i += 1 }
            if !covered[i], view.isWord(i), let words = lexicon.numberWords[view.language], let w = words.match(view, at: i) {
                if let measure = Self.measure(after: w.end, in: view, matcher: after) { add(measure, w.payload, i..<w.end) }
                continue
            }
            guard view.isNumber(i), !covered[i] else { continue }
            if let score = Self.score(view.tokens[i].text) {
                add("score", score, i..<i + 1)
                continue
            }
            let number: (value: Double, tokens: Range<Int>)
            if let f = read[i] {
                number = (f.value, f.tokens)
            } else if !inside[i], let v = DecimalReader.value(view.tokens[i].text, language: view.language) {
                number = (v, i..<i + 1)
            } else {
                continue
            }
            if let measure = Self.measure(after: number.tokens.upperBound, in: view, matcher: after)
                ?? Self.measure(before: number.tokens.lowerBound, in: view, matcher: before) {
                add(measure, number.value, number.tokens)
            }
        }
        return quantities
    }

    /// A measure phrase starting within `wordsAfter` tokens from `start`.
    static func measure(after start: Int, in view: TokenView, matcher: PhraseMatcher<String>) -> String? {
        var j = start
        while j < start + wordsAfter, view.sameSentence(start - 1, j), !view.isNumber(j) {
            if let m = matcher.match(view, at: j) { return m.payload }
            j += 1
        }
        return nil
    }

    /// The measure phrase ending nearest before `end` (the longest on a tie), starting within
    /// `wordsBefore` tokens.
    static func measure(before end: Int, in view: TokenView, matcher: PhraseMatcher<String>) -> String? {
        var best: (payload: String, end: Int)?
        var j = end - 1
        while j >= max(0, end - wordsBefore), view.sameSentence(j, end), !view.isNumber(j) {
            if let m = matcher.match(view, at: j), m.end <= end, best == nil || m.end >= best!.end { best = (m.payload, m.end) }
            j -= 1
        }
        return best?.payload
    }

    /// `2-1` as 201 (larger side first), or nil when the token is no score.
    static func score(_ text: String) -> Double? {
        let sides = text.split(separator: "-", omittingEmptySubsequences: false)
        guard sides.count == 2, let a = Int(sides[0]), let b = Int(sides[1]), sides.allSatisfy({ $0.count <= 2 }),
              a <= largestScore, b <= largestScore else { return nil }
        return Double(max(a, b) * 100 + min(a, b))
    }
}
