import VNCorpus

/// How many articles of a whole corpus there are and how many have each feature key: what the
/// aligner's rarities (IDF) and candidate postings depend on. Given to `Aligner.align`, it lets
/// a part of a corpus (an archive's articles around a new day) be scored with the rarities of the
/// whole; without it the aligner counts the articles it is given, as it always has.
///
/// ```swift
/// var statistics = CorpusStatistics()
/// for e in archive { statistics.add(e) }
/// let result = Aligner().align(evidence: window, statistics: statistics)
/// ```
public struct CorpusStatistics: Sendable, Equatable {
    /// How many articles of each language have a key.
    public struct Frequency: Sendable, Equatable {
        public var english: Int32
        public var vietnamese: Int32

        public init(english: Int32 = 0, vietnamese: Int32 = 0) {
            self.english = english
            self.vietnamese = vietnamese
        }

        /// Articles of either language with the key: its document frequency.
        public var total: Int32 { english + vietnamese }
    }

    /// Articles of the corpus, of each language.
    public var englishArticles: Int
    public var vietnameseArticles: Int
    /// Document frequencies by feature key (`ArticleEvidence.keys`). Keys no article has are absent.
    public var frequencies: [String: Frequency]

    public init(englishArticles: Int = 0, vietnameseArticles: Int = 0, frequencies: [String: Frequency] = [:]) {
        self.englishArticles = englishArticles
        self.vietnameseArticles = vietnameseArticles
        self.frequencies = frequencies
    }

    /// The statistics of `evidence`, counted as the aligner counts a corpus it is given alone.
    ///
    /// ```swift
    /// CorpusStatistics(evidence).frequencies["p:tolam"]?.total   // articles naming Tô Lâm
    /// ```
    public init(_ evidence: [ArticleEvidence]) {
        self.init()
        for e in evidence { add(e) }
    }

    /// Articles of either language.
    public var articles: Int { englishArticles + vietnameseArticles }

    /// Counts one more article.
    public mutating func add(_ evidence: ArticleEvidence) { count(evidence, by: 1) }

    /// Counts one article less (one that was counted before, replaced or withdrawn).
    public mutating func remove(_ evidence: ArticleEvidence) { count(evidence, by: -1) }

    /// The change `evidence` makes, `by` one article more or less.
    mutating func count(_ evidence: ArticleEvidence, by step: Int32) {
        let english = evidence.language == .english
        if english { englishArticles += Int(step) } else { vietnameseArticles += Int(step) }
        for key in evidence.keys.keys {
            var f = frequencies[key] ?? Frequency()
            if english { f.english += step } else { f.vietnamese += step }
            frequencies[key] = f.total == 0 ? nil : f
        }
    }
}
