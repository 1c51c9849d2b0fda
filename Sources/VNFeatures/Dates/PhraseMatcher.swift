import VNText

/// Finds listed phrases (`Dec.`, `nhân dân tệ`, `hôm qua`) at a token position: the phrases are
/// tokenised like the text and compared on lower-case forms, token by token, longest phrase first,
/// within one sentence.
///
/// ```swift
/// var months = PhraseMatcher<Int>()
/// months.add("Dec.", 12)
/// months.add("December", 12)
/// let view = TokenView(tokens: Tokenizer.tokenize("on Dec. 16"), language: .english)
/// months.match(view, at: 1)   // (payload: 12, end: 3)
/// ```
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [String]
        /// `WordHash.of` each word, compared before the words themselves.
        let hashes: [UInt64]
        let payload: Payload
    }

    /// Entries by the lower-case form of their first token, longest first.
    private var entries = WordTable<[Entry]>()

    init() {}

    /// Adds `phrase` with its `payload`, normalised as article text is (so a table may write
    /// Vietnamese in either tone style). Empty phrases are ignored.
    mutating func add(_ phrase: String, _ payload: Payload) {
        let words = Tokenizer.tokenize(Normalizer().normalize(phrase)).map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        guard let first = words.first else { return }
        entries[first, default: []].append(Entry(words: words, hashes: words.map(WordHash.of), payload: payload))
        entries[first]!.sort { $0.words.count > $1.words.count }
    }

    /// Adds every `|`-separated form of `forms`.
    mutating func add(forms: String, _ payload: Payload) {
        for form in forms.split(separator: "|") { add(String(form), payload) }
    }

    /// The lower-case first tokens of the phrases: `match` finds nothing at a token whose form is
    /// not one of them.
    var firstWords: WordSet { WordSet(entries.keys) }

    /// The longest phrase starting at token `i`, with the index after its last token.
    func match(_ view: TokenView, at i: Int) -> (payload: Payload, end: Int)? {
        guard let candidates = view.lower(i, in: entries) else { return nil }
        for entry in candidates {
            let end = i + entry.words.count
            guard end <= view.count, view.sameSentence(i, end - 1) else { continue }
            if (1..<entry.words.count).allSatisfy({ view.hashes[i + $0] == entry.hashes[$0] && WordHash.sameBytes(view.forms[i + $0], entry.words[$0]) }) {
                return (entry.payload, end)
            }
        }
        return nil
    }
}
