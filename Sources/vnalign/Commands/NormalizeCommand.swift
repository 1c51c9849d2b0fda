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

        Every input is checked before anything is written (a bad one stops the command with \
        nothing on standard output). Valid UTF-8 with nothing to decode is then normalised in \
        blocks of 1 MiB, so memory stays small whatever the size of the input (standard input \
        from a pipe is first copied to a temporary file); an input that needs decoding (a legacy \
        encoding, mojibake, VIQR) is decoded whole, and so is the input of --key.

        Examples:
          vnalign normalize article.txt > clean.txt
          vnalign normalize --style new article.txt
          echo "Đà Nẵng" | vnalign normalize --key        # da nang
          vnalign normalize --from vni old-article.txt   # legacy encodings (auto-detected by default)
          cat archive/*.txt | vnalign normalize -q > all.txt
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

    /// An input after the first pass: streamed block by block when the scan found nothing for
    /// the careful decoding, else decoded as a whole.
    enum Prepared {
        case stream(BlockInput, byteOrderMark: Bool)
        case whole(DecodedText)
    }

    func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        // First pass: every input is scanned (and decoded as a whole where the scan finds
        // something to repair) before anything reaches standard output, so a bad input stops the
        // command with nothing written.
        var prepared: [(name: String, input: Prepared)] = []
        for path in inputs {
            let input = try BlockInput(path: path)
            var scan = DecodingScan()
            var byteOrderMark = false
            var first = true
            try input.forEachBlock { block, splitsWord in
                var block = block
                if first {
                    first = false
                    if block.starts(with: TextDecoding.byteOrderMark) {
                        byteOrderMark = true
                        block = UnsafeBufferPointer(rebasing: block.dropFirst(3))
                    }
                }
                scan.add(block, splitsWord: splitsWord)
            }
            try input.rewind()
            if key || scan.needsCarefulDecoding(from: from) {
                let decoded: DecodedText
                do {
                    decoded = try TextDecoding.decode(try input.readAll(), from: from)
                } catch let error as TextDecodingError {
                    throw InputError(description: "\(input.name): \(error.message)\(error.line.map { " (line \($0))" } ?? "")")
                }
                prepared.append((input.name, .whole(decoded)))
            } else {
                prepared.append((input.name, .stream(input, byteOrderMark: byteOrderMark)))
            }
        }
        var decodingRepairs: [(String, [String])] = []
        var reports: [(String, NormalizationReport)] = []
        for (name, input) in prepared {
            var repairs: [String] = []
            var report = NormalizationReport()
            switch input {
            case .whole(let decoded):
                repairs = decoded.repairs
                if key {
                    try StandardOutput.write(MatchingKey.of(decoded.text))
                } else {
                    let (normalized, found) = Normalizer(style: style).normalizeReporting(decoded.text)
                    try StandardOutput.write(normalized)
                    report = found
                }
            case .stream(let blocks, let byteOrderMark):
                if byteOrderMark { repairs = [TextDecoding.byteOrderMarkRemoved] }
                var stream = NormalizingStream(style: style)
                var first = true
                try blocks.forEachBlock { block, _ in
                    var block = block
                    if first && byteOrderMark { block = UnsafeBufferPointer(rebasing: block.dropFirst(3)) }
                    first = false
                    try stream.normalize(block) { try StandardOutput.write(UnsafeRawBufferPointer($0)) }
                }
                report = stream.report
            }
            decodingRepairs.append((name, repairs))
            reports.append((name, report))
        }
        guard !quiet else { return }
        for (name, repairs) in decodingRepairs {
            for line in repairs { Diagnostics.note("\(name): \(line)") }
        }
        for (name, report) in reports {
            for line in report.summaryLines { Diagnostics.note("\(name): \(line)") }
        }
    }
}

extension ToneStyle: ExpressibleByArgument {}
