/// One news article as read from the corpus: its metadata and its normalised body.
///
/// ```swift
/// let article = Article(id: "en-1", language: .english, text: "HÀ NỘI — ...")
/// article.language   // .english
/// ```
public struct Article: Sendable {
    /// The article's id, unique in a corpus (from front matter or JSON, else the file name).
    public var id: String
    /// The language, given or detected.
    public var language: Language
    /// How the language was decided, with a confidence.
    public var languageEvidence: LanguageEvidence?
    public var title: String?
    /// The first words of the text the article was made with (at most `openingWordLimit`, `…`
    /// after a cut), kept when a command drops the text, so that an article without a title
    /// can still be named to a reader.
    public var opening: String
    /// The publication date, when known.
    public var date: CalendarDate?
    public var url: String?
    /// The body, normalised (NFC, old tone style, repaired characters), with page debris blanked
    /// out byte for byte so offsets stay those of the normalised text.
    public var text: String
    /// The byte ranges of `text` that were page debris (bylines, image lines, captions, teasers).
    public var debris: [Range<Int>]
    /// Where the article came from (`corpus/en/a.txt`, `feed.jsonl:12`).
    public var source: String
    /// What was repaired while reading it.
    public var repairs: [String]

    public init(id: String, language: Language, text: String, title: String? = nil, date: CalendarDate? = nil,
                url: String? = nil, source: String = "", debris: [Range<Int>] = [], repairs: [String] = [],
                languageEvidence: LanguageEvidence? = nil) {
        self.id = id
        self.language = language
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.debris = debris
        self.repairs = repairs
        self.languageEvidence = languageEvidence
        opening = Self.openingWords(of: text)
    }

    /// The most words `opening` holds.
    public static let openingWordLimit = 12

    /// What a reader is shown to know the article by: its title, or the first words of its
    /// text when it has none.
    ///
    /// ```swift
    /// Article(id: "vi-1", language: .vietnamese, text: "Sáng 21/3, Tổng Bí thư tiếp đoàn").headline
    /// // "Sáng 21/3, Tổng Bí thư tiếp đoàn" (no title: the first words)
    /// ```
    public var headline: String {
        if let title, title.contains(where: { !$0.isWhitespace }) { return title }
        return opening
    }

    /// The first `openingWordLimit` words of `text`, whitespace runs (blanked debris included)
    /// read as one space, with `…` when the text goes on.
    ///
    /// ```swift
    /// Article.openingWords(of: "  A  short\ntext ")   // "A short text"
    /// ```
    public static func openingWords(of text: String) -> String {
        var words: [Substring] = []
        var rest = text[...]
        while words.count < openingWordLimit {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { return words.joined(separator: " ") }
            let word = rest.prefix(while: { !$0.isWhitespace })
            words.append(word)
            rest = rest[word.endIndex...]
        }
        let more = rest.contains(where: { !$0.isWhitespace })
        return words.joined(separator: " ") + (more ? " …" : "")
    }
}

/// How an article's language was decided.
public struct LanguageEvidence: Sendable, Equatable {
    /// The language the text itself points to.
    public let detected: Language
    /// 0.5 (a coin toss) to 1 (certain).
    public let confidence: Double
    /// The tag the source gave, if any.
    public let declared: Language?
}
