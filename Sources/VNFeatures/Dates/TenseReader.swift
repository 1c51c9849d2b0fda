/// Tells whether a date expression stands in a sentence about the future (`will ... on Monday`,
/// `sẽ ... vào thứ Hai`, `is scheduled to close on Friday`), which decides which Monday is meant.
///
/// The tense word nearest to the date decides: a future word (`will`, `expected`, `sẽ`,
/// `dự kiến`) or a past marker (`said`, `opened`, `met`, `đã`, `cho biết`). Words of the date's own
/// clause (between commas) come first, so that in `opened its session on Monday, a sitting
/// expected to amend ...` Monday is past, and in `which opens its session on Monday, will elect`
/// it is future. A participle after `be` (`will be formally approved`) is not a past marker.
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("Talks will resume on Monday."), language: .english)
/// TenseReader(view: view).isFuture(4..<5)   // true
/// ```
struct TenseReader {
    let view: TokenView
    /// Per token, its tense once looked at (a sentence with several dates is read once).
    private let memo: Memo

    /// 0 = not looked at, 1 = none, 2 = past, 3 = future.
    private final class Memo {
        var codes: [UInt8]
        init(count: Int) { codes = [UInt8](repeating: 0, count: count) }
    }

    init(view: TokenView) {
        self.view = view
        memo = Memo(count: view.count)
    }

    static let futureWords: WordSet = [
        "will", "shall", "ll", "would", "scheduled", "expected", "upcoming", "forecast", "set",
        "sẽ", "sắp", "kiến",  // `dự kiến`
    ]
    static let pastWords: WordSet = [
        "said", "told", "was", "were", "had", "did", "met", "held", "made", "took", "left", "came", "went", "gave",
        "began", "spoke", "chose", "won", "lost", "saw", "sent", "led", "hit", "struck", "became", "brought", "paid",
        "flew", "rose", "fell", "cut", "put", "ran", "wrote", "kept", "sat", "stood", "found", "got",
        "đã", "vừa", "biết",  // `cho biết`
    ]
    /// Words before a participle that make it passive or infinitive rather than past (`be held`).
    static let auxiliaries: WordSet = ["be", "been", "being", "is", "are", "to", "được"]
    static let clauseMarks: WordSet = [",", ";", ":"]

    enum Tense { case past, future }

    /// Whether the date at token `range` is spoken of as future.
    func isFuture(_ range: Range<Int>) -> Bool {
        guard view.contains(range.lowerBound), range.upperBound <= view.count else { return false }
        let sentence = view.tokens[range.lowerBound].sentence
        var sentenceStart = range.lowerBound
        while sentenceStart > 0 && view.tokens[sentenceStart - 1].sentence == sentence { sentenceStart -= 1 }
        var sentenceEnd = range.upperBound
        while sentenceEnd < view.count && view.tokens[sentenceEnd].sentence == sentence { sentenceEnd += 1 }
        // Clause marks are punctuation tokens: words are not looked up.
        func isClauseMark(_ i: Int) -> Bool { view.tokens[i].kind == .punctuation && Self.clauseMarks.contains(view, i) }
        var clauseStart = range.lowerBound
        while clauseStart > sentenceStart && !isClauseMark(clauseStart - 1) { clauseStart -= 1 }
        var clauseEnd = range.upperBound
        while clauseEnd < sentenceEnd && !isClauseMark(clauseEnd) { clauseEnd += 1 }
        let tense = nearestTense(in: clauseStart..<clauseEnd, around: range)
            ?? nearestTense(in: sentenceStart..<sentenceEnd, around: range)
        return tense == .future
    }

    /// The tense of the tense word nearest to `range` within `window`, or nil when there is none.
    /// Read outwards from the date, so that only the tokens up to the nearest tense word are
    /// looked at: at distance d the token d before the date (`range.lowerBound - d`) comes before
    /// the token d after it (`range.upperBound + d`), the token right after the date being at
    /// distance 0.
    private func nearestTense(in window: Range<Int>, around range: Range<Int>) -> Tense? {
        var d = 0
        while range.lowerBound - d >= window.lowerBound || range.upperBound + d < window.upperBound {
            if d >= 1, range.lowerBound - d >= window.lowerBound, let tense = remembered(at: range.lowerBound - d) { return tense }
            if range.upperBound + d < window.upperBound, let tense = remembered(at: range.upperBound + d) { return tense }
            d += 1
        }
        return nil
    }

    private func remembered(at i: Int) -> Tense? {
        switch memo.codes[i] {
        case 1: return nil
        case 2: return .past
        case 3: return .future
        default:
            let found = tense(at: i)
            memo.codes[i] = found == nil ? 1 : (found == .past ? 2 : 3)
            return found
        }
    }

    private func tense(at i: Int) -> Tense? {
        let form = view.forms[i]
        if Self.futureWords.contains(view, i) {
            switch form {
            case "kiến": if view.lower(i - 1) == "dự" { return .future }
            case "set": if view.lower(i + 1) == "to" { return .future }
            default: return .future
            }
        }
        // `be held`, `be formally approved`.
        let before = view.lower(i - 1)?.hasSuffix("ly") == true ? i - 2 : i - 1
        if view.lower(before, in: Self.auxiliaries) { return nil }
        if Self.pastWords.contains(view, i) { return .past }
        // English regular past: `opened`, `concluded` (not `United`, not `need`).
        if view.language == .english, form.hasSuffix("ed"), form.count >= 5, !view.isCapitalized(i) { return .past }
        return nil
    }
}
