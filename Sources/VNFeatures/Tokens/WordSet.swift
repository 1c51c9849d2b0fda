/// A set of words for the lists the extractors test tokens against (`tháng`, `the`, `,`):
/// a `WordTable` without values, matched byte for byte on NFC text.
///
/// ```swift
/// let cues: WordSet = ["sáng", "chiều", "tối"]
/// cues.contains("chiều")                                // true
/// cues.contains(view, 3)                                // token 3's lower-case form is a cue
/// ```
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    init() {}

    init(arrayLiteral words: String...) { self.init(words) }

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(w) }
    }

    mutating func insert(_ word: String) { table[word] = true }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the lower-case form of token `i` of `view` is in the set (false outside the text).
    @inline(__always)
    func contains(_ view: TokenView, _ i: Int) -> Bool {
        view.contains(i) && table.value(for: view.forms[i], hash: view.hashes[i]) != nil
    }

    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        var result = self
        for w in other { result.insert(w) }
        return result
    }

    func union(_ other: WordSet) -> WordSet { union(other.words) }

    /// The words, in the order they were added.
    var words: [String] { table.keys }
    var count: Int { table.count }
}
