import ArgumentParser
import Foundation
import VNAlignment
import VNArchive
import VNReporting

/// `vnalign archive show`: one article, its evidence and its decisions.
struct ArchiveShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article of the archive: its metadata, its evidence and its decisions.",
        discussion: """
        Examples:
          vnalign archive show desk.sqlite en-1a2b3c
          vnalign archive show desk.sqlite vi-9f8e7d --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var path: ArchivePath

    @Argument(help: "The article's id.")
    var id: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// The JSON form of an article.
    struct Shown: Encodable {
        let id: String, lang: String, published: String?, title: String?, url: String?, source: String, hash: String
        let batch: Int, added: String
        let evidence: [String: String]
        let decisions: [ArchivedDecision]
        let unpaired: Aligner.Unpaired?
        let text: String?
    }

    func run() throws {
        let archive = try path.open(.read)
        let a = try archived { () throws(ArchiveError) in try archive.article(id: id) }
        let keys = a.evidence.keys.sorted { $0.key < $1.key }
        switch format {
        case .json:
            let shown = Shown(id: a.id, lang: a.language.code, published: a.published?.description, title: a.title, url: a.url, source: a.source,
                              hash: a.hash, batch: a.batch, added: a.added,
                              evidence: Dictionary(uniqueKeysWithValues: keys.map { ($0.key, "\($0.value.type.rawValue): \($0.value.display)") }),
                              decisions: a.decisions, unpaired: a.unpaired, text: a.text)
            try StandardOutput.write(try JSONOutput.encode(shown))
        case .text:
            var out = "\(a.id) [\(a.language.code)] published \(a.published?.description ?? "undated")\n"
            if let title = a.title { out += "title: \(title)\n" }
            if let url = a.url { out += "url: \(url)\n" }
            out += "source: \(a.source)\nadded: batch \(a.batch), \(a.added)\ncontent hash: \(a.hash)\n"
            out += "\nEvidence (\(keys.count) keys)\n"
            for (key, ref) in keys { out += "  \(ref.type.rawValue): \(ref.display)  [\(key)]\n" }
            if let principal = a.evidence.principal { out += "  principal: \(a.evidence.personNames[principal] ?? principal)\n" }
            if let counterpart = a.evidence.counterpart { out += "  counterpart: \(a.evidence.personNames[counterpart] ?? counterpart)\n" }
            out += "\nDecisions\n"
            if a.decisions.isEmpty && a.unpaired == nil { out += "  (none)\n" }
            for d in a.decisions {
                let s = d.score
                out += "  \(s.en) ~ \(s.vi): \(d.verdict.rawValue), probability \(String(format: "%.3f", s.probability)) (batch \(d.batch), model \(d.model))\n"
                for f in s.shared.sorted(by: { ($0.weight, $1.display) > ($1.weight, $0.display) }) {
                    out += "      + \(String(format: "%5.2f", f.weight))  \(f.type): \(f.display)\n"
                }
                for c in s.conflicts { out += "      - \(String(format: "%5.2f", c.penalty))  \(c.type): \(c.reason)\n" }
            }
            if let u = a.unpaired {
                out += "  unpaired: best candidate \(u.bestCandidate ?? "none")\(u.bestProbability.map { String(format: " (%.3f)", $0) } ?? ""): \(u.reason)\n"
            }
            if let text = a.text { out += "\nText\n\(text)\n" }
            try StandardOutput.write(out)
        }
    }
}
