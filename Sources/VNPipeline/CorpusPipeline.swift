import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
import VNText

/// The one way from bytes to evidence: read (files, folders, JSON Lines, standard input, or bytes
/// in memory), decode, normalise, blank page debris, detect the language, extract the features
/// on every core as each article comes, take the aligner's evidence, and align.
///
/// The command line, the benchmarks, the fuzz harness and the tests all go through it, so they
/// measure and test the same pipeline.
///
/// ```swift
/// var options = CorpusPipeline.Options()
/// options.keep = .evidence
/// let loaded = try CorpusPipeline(options: options).load([CorpusInput("Fixtures/corpus/dev")])
/// let result = CorpusPipeline.align(loaded, options: VNAlignment.AlignmentOptions())
/// ```
public struct CorpusPipeline: Sendable {
    /// Options of a load.
    public struct Options: Sendable {
        /// The reader's options (`--max-bytes`, `--min-words`, `--from`); its workers, `prepare`
        /// and `onBytes` are set by the pipeline.
        public var reader = CorpusReader.Options()
        /// What is kept of each article.
        public var keep: CorpusNeeds = .features
        /// The texts of the first this many articles are kept (for the TF-IDF baseline).
        public var keepTexts = 0
        /// Go on past bad files and articles (`--skip-bad`), listing them in the notes.
        public var skipBad = false
        /// Show no warnings (`--quiet`); the problems that stop a load are shown all the same.
        public var quiet = false
        /// Threads that make and extract articles while reading goes on.
        public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads `inputs`, stopping with every problem listed (through `warn`) unless `skipBad`.
    /// Articles are read line by line and extracted on every core as they come; warnings, the
    /// short articles kept and the decoding repairs go to `warn` too unless `quiet`.
    public func load(_ inputs: [CorpusInput], progress: (any LoadProgress)? = nil,
                     warn: (String) -> Void = { _ in }) throws(CorpusLoadFailure) -> LoadedCorpus {
        let preparation = ArticlePreparation(needs: options.keep, textLimit: options.keepTexts, progress: progress)
        let result = reader(preparation: preparation, workers: options.workers)
            .read(rawPaths: inputs.map(\.path), languages: inputs.map(\.language))
        let errors = result.errors
        // Errors and warnings one by one; notes (short articles kept) in one line, listed in the report.
        let shown = result.problems.filter { $0.severity != .note }
        let noted = result.problems.filter { $0.severity == .note }
        if !errors.isEmpty && !options.skipBad {
            progress?.finish()
            for p in shown { warn(p.description) }
            throw CorpusLoadFailure(errors: errors)
        }
        if !options.quiet, !result.problems.isEmpty {
            let shortWords = options.reader.shortWords
            withoutActuallyEscaping(warn) { warn in
                let list = {
                    for p in shown { warn(p.description) }
                    if !noted.isEmpty { warn(Self.shortArticlesLine(noted, words: shortWords)) }
                }
                if let progress { progress.pausing(list) } else { list() }
            }
        }
        for article in result.articles where !options.quiet {
            let decoding = article.repairs.filter(TextDecoding.isDecodingRepair)
            if !decoding.isEmpty { warn("\(article.source): repaired: \(decoding.joined(separator: "; "))") }
        }
        // The display goes on through the alignment of loads that align.
        if !options.keep.contains(.evidence) { progress?.finish() }
        return loaded(result, preparation: preparation, progress: options.keep.contains(.evidence) ? progress : nil)
    }

    /// The articles in `bytes`, read as a file named `source` whose kind its name does not tell
    /// (JSON Lines when its first character is `{`, else one article with optional front matter),
    /// through the whole pipeline on the calling thread. Problems never stop it: they are in the
    /// result's `problems` and `notes`. The fuzz harness's entry point.
    ///
    /// ```swift
    /// let loaded = CorpusPipeline().article(fromBytes: Array("---\nlang: vi\n---\nHà Nội ...".utf8), source: "a.txt")
    /// loaded.articles.first?.id   // "a"
    /// ```
    public func article(fromBytes bytes: [UInt8], source: String) -> LoadedCorpus {
        let preparation = ArticlePreparation(needs: options.keep, textLimit: options.keepTexts, progress: nil)
        return loaded(reader(preparation: preparation, workers: 1).read(bytes: bytes, source: source), preparation: preparation, progress: nil)
    }

    /// Aligns a loaded corpus (its evidence, or its features when that is what was kept), with
    /// the progress display of the load, which it then clears.
    public static func align(_ loaded: LoadedCorpus, options: VNAlignment.AlignmentOptions) -> Aligner.Result {
        defer { loaded.progress?.finish() }
        let aligner = Aligner(options: options)
        let evidence = loaded.evidence.isEmpty && !loaded.features.isEmpty
            ? loaded.features.map(ArticleEvidence.init).sorted { $0.id < $1.id } : loaded.evidence
        guard let progress = loaded.progress else { return aligner.align(evidence: evidence) }
        return aligner.align(evidence: evidence, progress: { progress.aligned($0) })
    }

    /// One line for the short articles kept: how many, the first few places, and how to refuse them.
    public static func shortArticlesLine(_ notes: [CorpusProblem], words: Int) -> String {
        let places = notes.prefix(3).map { note in note.line.map { "\(note.source):\($0)" } ?? note.source }
        let more = notes.count > 3 ? " and \(notes.count - 3) more" : ""
        return "note: \(notes.count) short article(s) (under \(words) words) kept: \(places.joined(separator: ", "))\(more); the report lists them (--min-words refuses them)"
    }

    /// The reader, streaming: its workers extract each article as it is made.
    func reader(preparation: ArticlePreparation, workers: Int) -> CorpusReader {
        var reader = options.reader
        reader.workers = workers
        reader.prepare = { preparation.prepare($0) }
        if let progress = preparation.progress { reader.onBytes = { progress.read(bytes: $0) } }
        return CorpusReader(options: reader)
    }

    /// The load's result: the articles, what was kept of them, the problems and the notes.
    func loaded(_ result: CorpusReader.Result, preparation: ArticlePreparation, progress: (any LoadProgress)?) -> LoadedCorpus {
        var notes = result.problems.map { $0.severity == .error ? "skipped: \($0)" : $0.description }
        for article in result.articles where !article.repairs.isEmpty {
            notes.append("\(article.source): repaired: \(article.repairs.joined(separator: "; "))")
        }
        let prepared = preparation.results(for: result.articles)
        var corpus = LoadedCorpus(articles: result.articles, features: prepared.features, evidence: prepared.evidence,
                                  problems: result.problems, notes: notes, progress: progress)
        corpus.contentHashes = prepared.hashes
        return corpus
    }
}
