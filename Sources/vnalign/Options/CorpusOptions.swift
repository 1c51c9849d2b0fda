import ArgumentParser
import Foundation
import VNCorpus
import VNFeatures

/// The options every corpus command shares: where the articles are and what to do with bad ones.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files (.txt, .jsonl) or folders of them, read recursively.")
    var paths: [String] = []

    @Option(name: .customLong("en"), help: "Paths whose articles are English, whatever their tags say.")
    var englishPaths: [String] = []

    @Option(name: .customLong("vi"), help: "Paths whose articles are Vietnamese, whatever their tags say.")
    var vietnamesePaths: [String] = []

    @Flag(help: "Go on past bad files and articles, listing what was skipped, instead of stopping.")
    var skipBad = false

    @Option(help: "Largest article accepted, in bytes.")
    var maxBytes = 2_000_000

    @Flag(name: .shortAndLong, help: "Print no warnings or progress on standard error.")
    var quiet = false

    /// The paths with their forced languages.
    var allPaths: [(String, Language?)] {
        paths.map { ($0, nil) } + englishPaths.map { ($0, .english) } + vietnamesePaths.map { ($0, .vietnamese) }
    }

    func validate() throws {
        if maxBytes < 1_000 { throw ValidationError("--max-bytes must be at least 1000") }
    }
}

/// A corpus read and its features extracted.
struct LoadedCorpus {
    var articles: [Article]
    var features: [ArticleFeatures]
    /// Problems skipped (with --skip-bad) and warnings, for the report's notes.
    var notes: [String]
}

enum CorpusLoading {
    /// Reads the corpus, stopping with every problem listed (exit 1) unless `--skip-bad`.
    static func load(_ options: CorpusOptions, defaultPaths: [String] = []) throws -> LoadedCorpus {
        var entries = options.allPaths
        if entries.isEmpty { entries = defaultPaths.map { ($0, nil) } }
        guard !entries.isEmpty else { throw ValidationError("give at least one path (file or folder of articles)") }
        var readerOptions = CorpusReader.Options()
        readerOptions.maxArticleBytes = options.maxBytes
        let result = CorpusReader(options: readerOptions).read(paths: entries.map(\.0), languages: entries.map(\.1))
        let errors = result.errors
        if !errors.isEmpty && !options.skipBad {
            for p in result.problems { Diagnostics.note(p.description) }
            throw InputError(description: "\(errors.count) problem(s) in the corpus; nothing was written. Fix them, or use --skip-bad to go on without the bad articles.")
        }
        if !options.quiet { for p in result.problems { Diagnostics.note(p.description) } }
        var notes = result.problems.map { $0.severity == .error ? "skipped: \($0)" : $0.description }
        for article in result.articles where !article.repairs.isEmpty {
            notes.append("\(article.source): repaired: \(article.repairs.joined(separator: "; "))")
        }
        let features = extractAll(result.articles)
        return LoadedCorpus(articles: result.articles, features: features, notes: notes)
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
