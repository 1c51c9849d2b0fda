import VNFeatures

/// What the spelling checks know of the corpus beyond one person: the aligned pairs, which
/// articles keep Vietnamese marks, and the lookalikes the reader replaced.
struct NameCheckContext {
    let pairs: [(en: String, vi: String)]
    let lookalikes: [String: [LookalikeScanner.Finding]]
    /// Per article: its language and marked words it writes, each with the compact key of the
    /// person it names (nil for places and organisations).
    private let markedWords: [String: (language: String, words: [(owner: String?, text: String)])]

    init(features: [ArticleFeatures], pairs: [(en: String, vi: String)], lookalikes: [String: [LookalikeScanner.Finding]]) {
        self.pairs = pairs.sorted { ($0.en, $0.vi) < ($1.en, $1.vi) }
        self.lookalikes = lookalikes
        var marked: [String: (language: String, words: [(owner: String?, text: String)])] = [:]
        for article in features {
            var words: [(owner: String?, text: String)] = []
            for entity in article.places + article.organizations {
                for m in entity.mentions where NameSpelling.hasMarks(m.text) { words.append((nil, m.text)) }
            }
            for person in article.people {
                let owner = NameKeys.compact(person.key)
                for m in person.mentions where NameSpelling.hasMarks(m.text) { words.append((owner, m.text)) }
            }
            marked[article.id] = (article.lang.code, words)
        }
        markedWords = marked
    }

    /// Whether the article keeps marks on other words than the person's: a Vietnamese text, or an
    /// English one writing `Hà Nội`. Returns an example, or nil when the text drops marks.
    func marksElsewhere(_ occurrence: NameOccurrence) -> String? {
        guard let article = markedWords[occurrence.article] else { return nil }
        if article.language == "vi" { return "a Vietnamese text" }
        let owner = NameKeys.compact(occurrence.person.key)
        let others = article.words.filter { $0.owner != owner }
        // An example for people: a word in running text rather than an upper-case dateline.
        return (others.first { $0.text != $0.text.uppercased() } ?? others.first).map { "\"\($0.text)\"" }
    }
}
