import ArgumentParser
import Foundation
import VNText

/// `vnalign normalize`: NFC, one tone-mark style, repaired characters; or the matching key.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise Vietnamese text: NFC, one tone-mark style, repaired characters.",
        discussion: """
        Reads each FILE (or standard input when none is given) and writes the normalised text to \
        standard output. Text is composed to NFC, tone marks are moved to their canonical vowel in \
        the chosen style, odd spaces, quotes and dashes are unified, zero-width characters removed \
        and lookalikes of Đ replaced. Case, line breaks and spacing are kept. A summary of the \
        repairs goes to standard error (silence it with --quiet).

        Examples:
          vnalign normalize article.txt > clean.txt
          vnalign normalize --style new article.txt
          echo "Đà Nẵng" | vnalign normalize --key        # da nang
          vnalign normalize --from vni old-article.txt   # legacy encodings (auto-detected by default)
        """
    )

    @Option(help: "Tone-mark style: old (hòa, thủy) or new (hoà, thuỷ).")
    var style: ToneStyle = .old

    @Flag(help: "Write the diacritic-free matching key instead (lower case, no marks, đ -> d).")
    var key = false

    @Flag(name: .shortAndLong, help: "Do not report repairs on standard error.")
    var quiet = false

    @Option(help: "Encoding of the input: \(SourceEncoding.helpList). auto detects legacy encodings and repairs mojibake and VIQR.")
    var from: SourceEncoding = .auto

    @Argument(help: "Files to read (UTF-8 or a legacy Vietnamese encoding). Standard input when none is given.")
    var files: [String] = []

    func run() throws {
        let normalizer = Normalizer(style: style)
        var outputs: [String] = []
        var reports: [(String, NormalizationReport)] = []
        var decodingRepairs: [(String, [String])] = []
        let inputs = files.isEmpty ? ["-"] : files
        for path in inputs {
            let decoded = try InputFile.read(path, from: from)
            let text = decoded.text
            decodingRepairs.append((path == "-" ? "<stdin>" : path, decoded.repairs))
            if key {
                outputs.append(MatchingKey.of(text))
            } else {
                let (normalized, report) = normalizer.normalizeReporting(text)
                outputs.append(normalized)
                reports.append((path == "-" ? "<stdin>" : path, report))
            }
        }
        // Everything was read and converted: only now does anything reach standard output.
        for output in outputs { try StandardOutput.write(output) }
        if !quiet {
            for (name, repairs) in decodingRepairs {
                for line in repairs { Diagnostics.note("\(name): \(line)") }
            }
            for (name, report) in reports where !report.isEmpty {
                for line in report.summaryLines { Diagnostics.note("\(name): \(line)") }
            }
        }
    }
}

extension ToneStyle: ExpressibleByArgument {}
