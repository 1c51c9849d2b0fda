import VNCorpus
import VNText

/// Extracts the evidence of an event from an article: people, organisations, places, numbered
/// bodies, dates and numbers.
///
/// ```swift
/// let article = Article(id: "en-1", language: .english, text: Normalizer().normalize(raw))
/// let features = FeatureExtractor.extract(article)
/// features.people.map(\.name)
/// features.bodies.map(\.identity)    // ["party-congress:lprp:11", ...]
/// ```
public enum FeatureExtractor {
    /// The features of one article.
    public static func extract(_ article: Article) -> ArticleFeatures {
        extract(article, snippets: true)
    }

    /// The features of one article; with `snippets: false` its mentions carry no snippet (what
    /// the aligner reads, which never shows them).
    ///
    /// ```swift
    /// let evidence = ArticleEvidence(FeatureExtractor.extract(article, snippets: false))
    /// ```
    public static func extract(_ article: Article, snippets: Bool) -> ArticleFeatures {
        let tokens = Tokenizer.tokenize(article.text)
        let mentions = MentionBuilder(text: article.text, snippets: snippets)
        let matches = Gazetteer.shared.matches(in: tokens, language: article.language)
        let people = PersonExtractor.extract(tokens: tokens, language: article.language, entities: matches, mentions: mentions)
        var organizations: [EntityFeature] = []
        var places: [EntityFeature] = []
        var orgIndex: [String: Int] = [:], placeIndex: [String: Int] = [:]
        for m in matches where m.entry.category != .role {
            let range = tokens[m.tokens.lowerBound].range.lowerBound..<tokens[m.tokens.upperBound - 1].range.upperBound
            let mention = mentions.mention(range)
            if m.entry.category == .organization {
                if let i = orgIndex[m.entry.id] { organizations[i].mentions.append(mention) } else {
                    orgIndex[m.entry.id] = organizations.count
                    organizations.append(EntityFeature(id: m.entry.id, name: m.entry.englishName, kind: m.entry.kind, mentions: [mention]))
                }
            } else {
                if let i = placeIndex[m.entry.id] { places[i].mentions.append(mention) } else {
                    placeIndex[m.entry.id] = places.count
                    places.append(EntityFeature(id: m.entry.id, name: m.entry.englishName, kind: m.entry.kind, mentions: [mention]))
                }
            }
        }
        let bodies = BodyExtractor.extract(tokens: tokens, language: article.language, entities: matches, mentions: mentions)
        // One view and one date scan serve dates and numbers (numbers skip the dates' tokens).
        let view = TokenView(tokens: tokens, language: article.language)
        let spans = DateExtractor.scan(view)
        let dates = DateExtractor.extract(view, spans: spans, publication: article.date, mentions: mentions)
        let covered = DateExtractor.coveredTokens(spans, count: view.count)
        let found = NumberScanner(view: view, lexicon: .shared, covered: covered).scan()
        let numbers = NumberExtractor.extract(view, found: found, mentions: mentions)
        let quantities = QuantityExtractor.extract(view, found: found, covered: covered, mentions: mentions)
        let things = NamedThingExtractor.extract(view, entities: matches, people: people, mentions: mentions)
        let headline = article.title.map { Tokenizer.tokenize(Normalizer().normalize($0)) } ?? []
        let frame = EventFrameExtractor.extract(headline: headline, lead: tokens, language: article.language)
        return ArticleFeatures(id: article.id, lang: article.language, date: article.date?.description, title: article.title,
                               people: people, organizations: organizations, places: places, bodies: bodies, dates: dates,
                               numbers: numbers, things: things, quantities: quantities, frame: frame,
                               source: article.source, repairs: article.repairs)
    }
}
