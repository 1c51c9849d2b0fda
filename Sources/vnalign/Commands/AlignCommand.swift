import ArgumentParser
import Foundation
import VNAlignment
import VNReporting

/// Options shared by the commands that align.
struct AlignmentFlags: ParsableArguments {
    @Option(parsing: .unconditional, help: "Minimum probability (\(AlignmentFlags.thresholdRange.text)) that a pair is one event for it to be paired (default \(VNAlignment.AlignmentOptions().threshold), chosen by cross-validation on the fixtures' dev part).")
    var threshold: Double?
    /// The probabilities a threshold can be (`AlignmentOptions.thresholdRange`).
    static let thresholdRange = NumberRange(VNAlignment.AlignmentOptions.thresholdRange.lowerBound,
                                            VNAlignment.AlignmentOptions.thresholdRange.upperBound)

    @Option(parsing: .unconditional, help: "Publication dates further apart than this many days count against a pair (\(AlignmentFlags.windowDaysRange.text)).")
    var windowDays: Int?
    static let windowDaysRange = NumberRange(0, 36_500)

    @Flag(help: "Allow several English reports of one Vietnamese article, and the reverse.")
    var many = false

    @Option(help: "A scoring model table written by `vnalign fit` (default: the model shipped with vnalign).")
    var model: String?

    var options: VNAlignment.AlignmentOptions {
        var o = VNAlignment.AlignmentOptions()
        if let model {
            // `validate` has read it already; a model that changed since is a hard stop.
            do { o.model = try Self.readModel(model) } catch { fatalError("vnalign: \(error)") }
        }
        if let threshold { o.threshold = threshold }
        if let windowDays { o.windowDays = windowDays }
        o.oneToOne = !many
        return o
    }

    /// The model table at `path`.
    static func readModel(_ path: String) throws -> ScoringModel {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("--model \(path): cannot be read as UTF-8 text")
        }
        return try ScoringModel(tsv: text, source: path)
    }

    func validate() throws {
        if let model {
            do { _ = try Self.readModel(model) } catch let e as ValidationError { throw e } catch { throw ValidationError("--model: \(error)") }
        }
        try Self.thresholdRange.check(threshold, option: "--threshold")
        try Self.windowDaysRange.check(windowDays, option: "--window-days")
    }
}

/// `vnalign align`: the pairs, with their evidence and conflicts.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair English and Vietnamese reports of the same event and explain each decision.",
        discussion: """
        Verdicts: same-event (paired), related (shares key actors, but conflicting evidence says \
        it is another event), unrelated (not printed unless --all). Pairing is one-to-one by a \
        global assignment that maximises the total probability, unless --many. Each pair carries the \
        probability that it is one event (from the scoring model fitted with `vnalign fit`), the \
        log-odds it comes from, and what each shared feature added and each conflict took away.

        --format tsv prints one line per pair: en_id, vi_id, verdict, probability.

        Examples:
          vnalign align Fixtures/corpus/dev
          vnalign align --en wire/ --vi vnexpress/ --format tsv --threshold 0.8
          vnalign align corpus.jsonl --format json --many
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, tsv, csv }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Option(help: "Output format: text, json, tsv or csv.")
    var format: Format = .text

    @Flag(help: "Also list unpaired articles in tsv/csv output.")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0))
        let loaded = try CorpusLoading.load(corpus, keep: .evidence)
        let result = CorpusLoading.align(loaded, options: alignment.options)
        let text: String
        switch format {
        case .json: text = try JSONOutput.encode(result)
        case .tsv: text = AlignmentRendering.tsv(result, unpaired: all)
        case .csv: text = CoverageReport(result: result, notes: loaded.notes).csv()
        case .text: text = AlignmentRendering.text(result)
        }
        try target.write(text)
    }
}
