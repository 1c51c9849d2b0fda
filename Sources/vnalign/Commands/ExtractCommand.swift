import ArgumentParser
import Foundation
import VNFeatures
import VNReporting

/// `vnalign extract`: the evidence of an event, article by article.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract people, dates, numbered bodies, places, organisations and numbers from articles.",
        discussion: """
        Text output is grouped and readable; JSON output is an array with one object per article \
        (id, lang, people, organizations, places, bodies, dates, numbers), each feature with its \
        mentions: the words, Unicode-scalar offsets in the normalised text and a snippet.

        Examples:
          vnalign extract Fixtures/corpus/dev/seeds
          vnalign extract feed.jsonl --format json > features.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0))
        let loaded = try CorpusLoading.load(corpus)
        let text: String
        switch format {
        case .json: text = try JSONOutput.encode(loaded.features)
        case .text: text = FeatureRendering.text(loaded.features)
        }
        try target.write(text)
    }
}
