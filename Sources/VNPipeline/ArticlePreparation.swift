import Foundation
import VNAlignment
import VNCorpus
import VNFeatures

/// Feature extraction on the reader's workers, right after each article is made, so that the
/// corpus streams: an article's text is dropped as soon as its features (or only its evidence)
/// are taken, and memory holds features, not raw text.
final class ArticlePreparation: @unchecked Sendable {
    let needs: CorpusNeeds
    /// Texts kept for commands that read them (the TF-IDF baseline of `bench`), at most this many.
    let textLimit: Int
    let progress: (any LoadProgress)?
    private let lock = NSLock()
    private var features: [String: ArticleFeatures] = [:]
    private var evidence: [String: ArticleEvidence] = [:]
    private var hashes: [String: String] = [:]
    private var textsKept = 0

    init(needs: CorpusNeeds, textLimit: Int, progress: (any LoadProgress)?) {
        self.needs = needs
        self.textLimit = textLimit
        self.progress = progress
    }

    /// Extracts, keeps what is needed under the article's source (unique per article read), and
    /// returns the article without its text unless it is one of the first `textLimit`.
    func prepare(_ article: Article) -> Article {
        // Snippets are for readers of the features; the evidence never shows them.
        let extracted = FeatureExtractor.extract(article, snippets: needs.contains(.features))
        let compact = needs.contains(.evidence) ? ArticleEvidence(extracted) : nil
        let hash = needs.contains(.contentHash) ? ContentHash.of(article) : nil
        lock.lock()
        if needs.contains(.features) { features[article.source] = extracted }
        if let compact { evidence[article.source] = compact }
        if let hash { hashes[article.source] = hash }
        let keepText = textsKept < textLimit
        if keepText { textsKept += 1 }
        lock.unlock()
        progress?.articleDone()
        if keepText { return article }
        var light = article
        light.text = ""
        light.debris = []
        return light
    }

    /// The features, evidence and content hashes of `articles` (the reader's result), in their order.
    func results(for articles: [Article]) -> (features: [ArticleFeatures], evidence: [ArticleEvidence], hashes: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let f = needs.contains(.features) ? articles.compactMap { features[$0.source] } : []
        let e = needs.contains(.evidence) ? articles.compactMap { evidence[$0.source] } : []
        let h = needs.contains(.contentHash) ? articles.compactMap { hashes[$0.source] } : []
        features = [:]
        evidence = [:]
        hashes = [:]
        return (f, e, h)
    }
}
