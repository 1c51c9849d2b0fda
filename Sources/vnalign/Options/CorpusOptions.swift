import ArgumentParser
import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
import VNText

/// The options every corpus command shares: where the articles are and what to do with bad ones.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files (.txt, .jsonl) or folders of them, read recursively; - reads standard input (JSON Lines when it begins with {, else one article).")
    var paths: [String] = []

    @Option(name: .customLong("en"), help: "Paths whose articles are English, whatever their tags say.")
    var englishPaths: [String] = []

    @Option(name: .customLong("vi"), help: "Paths whose articles are Vietnamese, whatever their tags say.")
    var vietnamesePaths: [String] = []

    @Flag(help: "Go on past bad files and articles, listing what was skipped, instead of stopping.")
    var skipBad = false

    @Option(parsing: .unconditional, help: "Largest article accepted, in bytes (\(CorpusOptions.maxBytesRange.text)).")
    var maxBytes = 2_000_000
    static let maxBytesRange = NumberRange(1_000)

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Refuse articles with fewer words (\(CorpusOptions.minWordsRange.text)); by default only empty ones are refused.",
        discussion: "Articles under \(CorpusReader.Options().shortWords) words (briefs, a headline with its lead) are kept with a note in the report."))
    var minWords = 1
    static let minWordsRange = NumberRange(1, 100_000)

    @Option(help: "Encoding of the files: \(SourceEncoding.helpList). auto detects legacy encodings and repairs mojibake and VIQR.")
    var from: SourceEncoding = .auto

    @Flag(name: .shortAndLong, help: "Print no warnings or progress on standard error.")
    var quiet = false

    /// The paths with their forced languages.
    var allPaths: [(String, Language?)] {
        paths.map { ($0, nil) } + englishPaths.map { ($0, .english) } + vietnamesePaths.map { ($0, .vietnamese) }
    }

    func validate() throws {
        try Self.maxBytesRange.check(maxBytes, option: "--max-bytes")
        try Self.minWordsRange.check(minWords, option: "--min-words")
        if allPaths.filter({ $0.0 == "-" }).count > 1 { throw ValidationError("- (standard input) can be given only once") }
    }
}

extension SourceEncoding: ExpressibleByArgument {
    /// "auto, utf8, cp1258, vni, tcvn3, viqr, viscii or cp1252".
    static var helpList: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// A corpus read and its features extracted.
struct LoadedCorpus {
    /// The articles, sorted by id; their text is dropped once extracted, except for the first
    /// `keepTexts` of the load.
    var articles: [Article]
    /// With `keep: .features`, in article order.
    var features: [ArticleFeatures]
    /// With `keep: .evidence`, in article order.
    var evidence: [ArticleEvidence] = []
    /// The progress display of a long load on a terminal, for the alignment that follows.
    var progress: ProgressDisplay? = nil
    /// Problems skipped (with --skip-bad) and warnings, for the report's notes.
    var notes: [String]
}

enum CorpusLoading {
    /// Reads the corpus, stopping with every problem listed (exit 1) unless `--skip-bad`.
    /// Articles are read line by line and extracted on every core as they come (`keep` says
    /// what is kept of each: features or only the aligner's evidence); with a terminal on
    /// standard error, long loads show their progress.
    static func load(_ options: CorpusOptions, defaultPaths: [String] = [], keep: CorpusNeeds = .features,
                     keepTexts: Int = 0) throws -> LoadedCorpus {
        var entries = options.allPaths
        if entries.isEmpty { entries = defaultPaths.map { ($0, nil) } }
        guard !entries.isEmpty else { throw ValidationError("give at least one path (file or folder of articles)") }
        var readerOptions = CorpusReader.Options()
        readerOptions.maxArticleBytes = options.maxBytes
        readerOptions.minWords = options.minWords
        let progress = ProgressDisplay(paths: entries.map(\.0), quiet: options.quiet)
        let preparation = ArticlePreparation(needs: keep, textLimit: keepTexts, progress: progress)
        streaming(&readerOptions, preparation: preparation)
        readerOptions.sourceEncoding = options.from
        let result = CorpusReader(options: readerOptions).read(rawPaths: entries.map { RawArguments.path($0.0) }, languages: entries.map(\.1))
        let errors = result.errors
        // Errors and warnings one by one; notes (short articles kept) in one line, listed in the report.
        let shown = result.problems.filter { $0.severity != .note }
        let noted = result.problems.filter { $0.severity == .note }
        if !errors.isEmpty && !options.skipBad {
            progress?.finish()
            for p in shown { Diagnostics.note(p.description) }
            throw InputError(description: "\(errors.count) problem(s) in the corpus; nothing was written. Fix them, or use --skip-bad to go on without the bad articles.")
        }
        if !options.quiet, !result.problems.isEmpty {
            let list = {
                for p in shown { Diagnostics.note(p.description) }
                if !noted.isEmpty { Diagnostics.note(Self.shortArticlesLine(noted, words: readerOptions.shortWords)) }
            }
            if let progress { progress.pausing(list) } else { list() }
        }
        var notes = result.problems.map { $0.severity == .error ? "skipped: \($0)" : $0.description }
        for article in result.articles where !article.repairs.isEmpty {
            notes.append("\(article.source): repaired: \(article.repairs.joined(separator: "; "))")
            let decoding = article.repairs.filter(TextDecoding.isDecodingRepair)
            if !options.quiet && !decoding.isEmpty { Diagnostics.note("\(article.source): repaired: \(decoding.joined(separator: "; "))") }
        }
        let prepared = preparation.results(for: result.articles)
        // The display goes on through the alignment of commands that align.
        if !keep.contains(.evidence) { progress?.finish() }
        return LoadedCorpus(articles: result.articles, features: prepared.features, evidence: prepared.evidence,
                            progress: keep.contains(.evidence) ? progress : nil, notes: notes)
    }

    /// One line for the short articles kept: how many, the first few places, and how to refuse them.
    static func shortArticlesLine(_ notes: [CorpusProblem], words: Int) -> String {
        let places = notes.prefix(3).map { note in note.line.map { "\(note.source):\($0)" } ?? note.source }
        let more = notes.count > 3 ? " and \(notes.count - 3) more" : ""
        return "note: \(notes.count) short article(s) (under \(words) words) kept: \(places.joined(separator: ", "))\(more); the report lists them (--min-words refuses them)"
    }

    /// Features of every article, on every core.
    static func extractAll(_ articles: [Article]) -> [ArticleFeatures] {
        let count = articles.count
        guard count > 0 else { return [] }
        let output = UnsafeMutablePointer<ArticleFeatures?>.allocate(capacity: count)
        output.initialize(repeating: nil, count: count)
        defer { output.deinitialize(count: count); output.deallocate() }
        nonisolated(unsafe) let slots = output
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                slots[i] = FeatureExtractor.extract(articles[i])
                i += workers
            }
        }
        return (0..<count).map { output[$0]! }
    }
}
