/// Tells whether a date expression stands in a sentence about the future (`will ... on Monday`,
/// `sẽ ... vào thứ Hai`, `is scheduled to close on Friday`), which decides which Monday is meant.
///
/// A future word counts when it is in the same sentence and no past marker (`said`, `đã`,
/// `cho biết`) stands between it and the date: in `On Monday, he said the talks will resume`,
/// Monday is past.
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("Talks will resume on Monday."), language: .english)
/// TenseReader(view: view).isFuture(4..<5)   // true
/// ```
struct TenseReader {
    let view: TokenView

    static let futureWords: Set<String> = [
        "will", "shall", "ll", "would", "scheduled", "expected", "upcoming", "plans", "plan", "planned",
        "sẽ", "sắp", "kiến",  // `dự kiến`
    ]
    static let pastWords: Set<String> = [
        "said", "told", "announced", "reported", "added", "noted", "was", "were", "had", "did",
        "đã", "vừa", "biết",  // `cho biết`
    ]

    /// Whether the date at token `range` is spoken of as future.
    func isFuture(_ range: Range<Int>) -> Bool {
        guard view.contains(range.lowerBound) else { return false }
        let sentence = view.tokens[range.lowerBound].sentence
        // The nearest future word of the sentence, on either side.
        var before = range.lowerBound - 1, after = range.upperBound
        var cue: Int?
        while cue == nil {
            let canGoBack = before >= 0 && view.tokens[before].sentence == sentence
            let canGoOn = after < view.count && view.tokens[after].sentence == sentence
            if !canGoBack && !canGoOn { return false }
            if canGoBack {
                if isFutureWord(before) { cue = before } else { before -= 1 }
            }
            if cue == nil && canGoOn {
                if isFutureWord(after) { cue = after } else { after += 1 }
            }
        }
        let between = cue! < range.lowerBound ? (cue! + 1)..<range.lowerBound : range.upperBound..<cue!
        return !between.contains { Self.pastWords.contains(view.forms[$0]) }
    }

    private func isFutureWord(_ i: Int) -> Bool {
        let form = view.forms[i]
        guard Self.futureWords.contains(form) else { return false }
        if form == "kiến" { return view.lower(i - 1) == "dự" }
        return true
    }
}
