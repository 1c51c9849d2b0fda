import VNFeatures

/// One person as one article names them: the extractor's `PersonFeature` with its article, its
/// written forms counted, and the keys its full forms are known by.
///
/// Full forms are the names of two words or more (`Tô Lâm`, `Thongsalith Mangnomek`) or a one-word
/// name the article never writes longer (`Pu-tin`); short forms are the one-word second mentions
/// the extractor resolved (`Lâm`, `Mangnomek`).
struct NameOccurrence {
    let article: String
    let language: String
    let person: PersonFeature
    /// Full forms as written (white space collapsed) and their mention counts.
    let fullForms: [String: Int]
    /// Short forms as written and their mention counts.
    let shortForms: [String: Int]
    /// Compact keys of the repaired full forms (`tolam`).
    let compactKeys: Set<String>
    /// Word keys of each repaired full form (`["to", "lam"]`), in the order of `sortedFullForms`.
    let wordKeys: [[String]]
    /// Compact pinyin readings of a Hán-Việt name (`xijinping`), and the readings by syllable.
    let pinyinKeys: Set<String>
    let readings: [[String]]
    /// Sound keys of the repaired full forms of a foreign name (`tonglunsisulit`).
    let phoneticKeys: Set<String>
    /// The extractor found the name Vietnamese or Hán-Việt (all syllables): one letter apart is
    /// another name there (`Hùng`, `Hưởng`), not a misspelling.
    let isVietnamese: Bool
    /// A hyphenated phonetic spelling in a Vietnamese text (`Pu-tin`, `Thông-lun Xi-xu-lít`).
    let isPhoneticSpelling: Bool

    var sortedFullForms: [String] { fullForms.keys.sorted() }
    var roles: [String] { person.roles + (person.role.map { [$0] } ?? []) }

    init(article: ArticleFeatures, person: PersonFeature) {
        self.article = article.id
        self.language = article.lang.code
        self.person = person
        let nameWords = NameSpelling.words(person.name).count
        var full: [String: Int] = [:], short: [String: Int] = [:]
        for mention in person.mentions {
            let text = NameSpelling.words(mention.text).joined(separator: " ")
            guard !text.isEmpty else { continue }
            if NameSpelling.words(text).count >= 2 || nameWords < 2 { full[text, default: 0] += 1 } else { short[text, default: 0] += 1 }
        }
        if full.isEmpty { full[person.name] = 0 }
        fullForms = full
        shortForms = short
        let forms = full.keys.sorted()
        compactKeys = Set(forms.map(NameSpelling.compactKey))
        wordKeys = forms.map(NameSpelling.wordKeys)
        let pinyin = person.altKeys.filter { $0.contains(" ") }
        pinyinKeys = Set(pinyin.map(NameKeys.compact))
        readings = pinyin.map { $0.split(separator: " ").map(String.init) }
        isVietnamese = person.origin == .vietnamese || person.origin == .hanviet
        isPhoneticSpelling = article.lang == .vietnamese && forms.contains { $0.contains("-") } && !isVietnamese
        phoneticKeys = isVietnamese ? [] : Set(forms.map { NameKeys.phonetic(NameSpelling.repaired($0)) })
    }

    /// The occurrences of every person in every article, in article and extraction order.
    static func all(_ features: [ArticleFeatures]) -> [NameOccurrence] {
        features.sorted { $0.id < $1.id }.flatMap { article in article.people.map { NameOccurrence(article: article, person: $0) } }
    }
}
