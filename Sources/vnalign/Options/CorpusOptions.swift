import ArgumentParser
import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
import VNPipeline
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

/// The command line's side of a load: the options to the pipeline (`VNPipeline`), its failure to
/// exit status 1, its warnings to standard error with the progress display.
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
        var pipeline = CorpusPipeline.Options()
        pipeline.reader.maxArticleBytes = options.maxBytes
        pipeline.reader.minWords = options.minWords
        pipeline.reader.sourceEncoding = options.from
        pipeline.keep = keep
        pipeline.keepTexts = keepTexts
        pipeline.skipBad = options.skipBad
        pipeline.quiet = options.quiet
        let inputs = entries.map { CorpusInput(path: RawArguments.path($0.0), language: $0.1) }
        do {
            return try CorpusPipeline(options: pipeline).load(inputs, progress: ProgressDisplay(paths: entries.map(\.0), quiet: options.quiet),
                                                              warn: Diagnostics.note)
        } catch {
            throw InputError(description: "\(error.errors.count) problem(s) in the corpus; nothing was written. Fix them, or use --skip-bad to go on without the bad articles.")
        }
    }

    /// Aligns a loaded corpus with the load's progress display (`CorpusPipeline.align`).
    static func align(_ loaded: LoadedCorpus, options: VNAlignment.AlignmentOptions) -> Aligner.Result {
        CorpusPipeline.align(loaded, options: options)
    }
}
