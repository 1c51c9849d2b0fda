import VNAlignment
import VNCorpus
import VNPipeline

/// The articles of one `add`, as the pipeline read them: each with its evidence, its content hash
/// and, with `keepText`, its text.
///
/// ```swift
/// var options = CorpusPipeline.Options()
/// options.keep = ArchiveBatch.needs
/// let batch = try ArchiveBatch(CorpusPipeline(options: options).load(inputs), inputs: ["today/"])
/// ```
public struct ArchiveBatch: Sendable {
    /// One article of the batch.
    public struct Entry: Sendable {
        public let id: String
        public let language: Language
        public let title: String?
        public let url: String?
        public let source: String
        public let hash: String
        public let evidence: ArticleEvidence
        /// The normalised text, kept only with `--keep-text`.
        public let text: String?
    }

    public let entries: [Entry]
    /// The paths the batch was read from, as given (recorded with the batch).
    public let inputs: [String]

    /// What a load must keep for a batch.
    public static let needs: CorpusNeeds = [.evidence, .contentHash]

    /// The batch of a load that kept `needs` (and every text when `keepText`).
    public init(_ loaded: LoadedCorpus, inputs: [String], keepText: Bool = false) {
        precondition(loaded.evidence.count == loaded.articles.count && loaded.contentHashes.count == loaded.articles.count,
                     "a batch needs the evidence and the content hash of every article (ArchiveBatch.needs)")
        entries = loaded.articles.indices.map { i in
            let a = loaded.articles[i]
            return Entry(id: a.id, language: a.language, title: a.title, url: a.url, source: a.source, hash: loaded.contentHashes[i],
                         evidence: loaded.evidence[i], text: keepText ? a.text : nil)
        }
        self.inputs = inputs
    }
}
