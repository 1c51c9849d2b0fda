import Foundation
import VNAlignment
import VNCorpus
import VNFeatures

/// What a command keeps of each article once it is read.
struct CorpusNeeds: OptionSet, Sendable {
    let rawValue: Int
    /// The features with their mentions (`extract`, `names`, the extraction benchmark).
    static let features = CorpusNeeds(rawValue: 1)
    /// The compact evidence the aligner scores (`align`, `report`, `bench`).
    static let evidence = CorpusNeeds(rawValue: 2)
}

/// Feature extraction on the reader's workers, right after each article is made, so that the
/// corpus streams: an article's text is dropped as soon as its features (or only its evidence)
/// are taken, and memory holds features, not raw text.
final class ArticlePreparation: @unchecked Sendable {
    let needs: CorpusNeeds
    /// Texts kept for commands that read them (the TF-IDF baseline of `bench`), at most this many.
    let textLimit: Int
    let progress: ProgressDisplay?
    private let lock = NSLock()
    private var features: [String: ArticleFeatures] = [:]
    private var evidence: [String: ArticleEvidence] = [:]
    private var textsKept = 0

    init(needs: CorpusNeeds, textLimit: Int, progress: ProgressDisplay?) {
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
        lock.lock()
        if needs.contains(.features) { features[article.source] = extracted }
        if let compact { evidence[article.source] = compact }
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

    /// The features and evidence of `articles` (the reader's result), in their order.
    func results(for articles: [Article]) -> (features: [ArticleFeatures], evidence: [ArticleEvidence]) {
        lock.lock()
        defer { lock.unlock() }
        let f = needs.contains(.features) ? articles.compactMap { features[$0.source] } : []
        let e = needs.contains(.evidence) ? articles.compactMap { evidence[$0.source] } : []
        features = [:]
        evidence = [:]
        return (f, e)
    }
}

extension CorpusLoading {
    /// Reader options for streaming: workers on every core extract each article as it is read.
    static func streaming(_ reader: inout CorpusReader.Options, preparation: ArticlePreparation) {
        reader.workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        reader.prepare = { preparation.prepare($0) }
        if let progress = preparation.progress { reader.onBytes = { progress.read(bytes: $0) } }
    }

    /// Aligns a loaded corpus (its evidence, or its features when that is what was kept), with
    /// the progress display of the load, which it then clears.
    static func align(_ loaded: LoadedCorpus, options: VNAlignment.AlignmentOptions) -> Aligner.Result {
        defer { loaded.progress?.finish() }
        let aligner = Aligner(options: options)
        let evidence = loaded.evidence.isEmpty && !loaded.features.isEmpty
            ? loaded.features.map(ArticleEvidence.init).sorted { $0.id < $1.id } : loaded.evidence
        guard let progress = loaded.progress else { return aligner.align(evidence: evidence) }
        return aligner.align(evidence: evidence, progress: { progress.aligned($0) })
    }
}
