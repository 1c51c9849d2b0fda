import ArgumentParser
import Foundation
import VNAlignment
import VNNames
import VNReporting

/// `vnalign names`: is each person written one way across the corpus, in both languages?
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Gather every person of a corpus into one cluster per person, list each spelling, and flag the ones to check.",
        discussion: """
        Per person: the canonical form, every spelling with its count, languages and article ids. \
        Flags, each with its evidence: marks (`Tô Lam` beside `Tô Lâm`; one article writing a name \
        with and without diacritics), misspelling (`Mangnormek` / `Mangnomek`), cross-language \
        (inside an aligned pair the English form is not the Vietnamese one: `Liu Haitao` for \
        `Lưu Hải Tinh`), confusable (letters of another script, lookalikes of Đ).

        With --strict the exit status is 1 when any flag is raised, for an editorial CI.

        Examples:
          vnalign names Fixtures/corpus
          vnalign names news/ --format csv --output names.csv
          vnalign names news/ --format json | jq '.flags[] | select(.kind == "marks")'
          vnalign names news/ --strict -q
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Flag(help: "Exit with status 1 when any flag is raised.")
    var strict = false

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0))
        let loaded = try CorpusLoading.load(corpus)
        let result = Aligner(options: alignment.options).align(loaded.features)
        let report = NameConsistency.check(loaded.features, pairs: result.pairs.map { (en: $0.score.en, vi: $0.score.vi) },
                                           lookalikes: LookalikeScanner.scan(loaded.features))
        let text: String
        switch format {
        case .text: text = report.text()
        case .json: text = try JSONOutput.encode(report)
        case .csv: text = report.csv()
        }
        try target.write(text)
        if strict && !report.flags.isEmpty {
            Diagnostics.note("\(report.flags.count) name flag(s) raised (--strict)")
            throw ExitCode.failure
        }
    }
}
