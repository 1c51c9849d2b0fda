import ArgumentParser
import Foundation
import VNFeatures

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
        case .text: text = loaded.features.map(Self.describe).joined(separator: "\n")
        }
        try target.write(text)
    }

    static func describe(_ f: ArticleFeatures) -> String {
        var lines = ["\(f.id) [\(f.lang)]\(f.date.map { " published \($0)" } ?? "")\(f.title.map { ": \($0)" } ?? "")"]
        func add(_ label: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("  \(label):")
            for item in items { lines.append("    \(item)") }
        }
        add("people", f.people.map { p in
            let role = p.role.map { " (\($0))" } ?? ""
            let seconds = Set(p.mentions.map(\.text)).subtracting([p.name]).sorted()
            return "\(p.name)\(role), \(p.mentions.count) mention(s)\(seconds.isEmpty ? "" : "; also as " + seconds.joined(separator: ", "))"
        })
        add("numbered bodies", f.bodies.map { "\($0.kind) \($0.number)\($0.owner.map { " of \($0)" } ?? ""): \"\($0.mentions[0].text)\"" })
        add("dates", f.dates.map { "\($0.value)\($0.resolved ? " (resolved)" : "")\($0.partOfDay.map { ", \($0)" } ?? ""): \"\($0.mentions[0].text)\"" })
        add("organisations", f.organizations.map { "\($0.name) [\($0.id)] ×\($0.mentions.count)" })
        add("places", f.places.map { "\($0.name) [\($0.id)] ×\($0.mentions.count)" })
        add("numbers", f.numbers.map { "\($0.mentions[0].text) = \($0.value)\($0.unit.map { " \($0)" } ?? "")" })
        if !f.repairs.isEmpty { add("repairs", f.repairs) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Deterministic JSON: sorted keys, pretty-printed, no escaped slashes.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
