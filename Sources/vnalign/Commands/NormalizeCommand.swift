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
        """
    )

    @Option(help: "Tone-mark style: old (hòa, thủy) or new (hoà, thuỷ).")
    var style: ToneStyle = .old

    @Flag(help: "Write the diacritic-free matching key instead (lower case, no marks, đ -> d).")
    var key = false

    @Flag(name: .shortAndLong, help: "Do not report repairs on standard error.")
    var quiet = false

    @Argument(help: "Files to read (UTF-8). Standard input when none is given.")
    var files: [String] = []

    func run() throws {
        let normalizer = Normalizer(style: style)
        var outputs: [String] = []
        var reports: [(String, NormalizationReport)] = []
        let inputs = files.isEmpty ? ["-"] : files
        for path in inputs {
            let text = try InputFile.readUTF8(path)
            if key {
                outputs.append(MatchingKey.of(text))
            } else {
                let (normalized, report) = normalizer.normalizeReporting(text)
                outputs.append(normalized)
                reports.append((path == "-" ? "<stdin>" : path, report))
            }
        }
        // Everything was read and converted: only now does anything reach standard output.
        for output in outputs { FileHandle.standardOutput.write(Data(output.utf8)) }
        if !quiet {
            for (name, report) in reports where !report.isEmpty {
                for line in report.summaryLines { Diagnostics.note("\(name): \(line)") }
            }
        }
    }
}

extension ToneStyle: ExpressibleByArgument {}
