import Foundation
import Testing

/// `vnalign normalize` on inputs of several blocks (1 MiB each), from a file and from a pipe: the
/// same output as on a small input, repeated; the clear errors before any output.
@Suite("normalize in blocks")
struct NormalizeStreamingTests {
    /// A paragraph with something for every repair: tone style, lookalike Đ, no-break space, quotes.
    static let unit = "Hoà bình, thuỷ lợi. Ðà Nẵng\u{00A0}là “thủ đô” của miền Trung; người dân nói: “Hòa bình”.\n"
    static let copies = 30_000

    static func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-stream-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        return file
    }

    /// The normalised unit and its report lines, from a run on the unit alone.
    static func normalizedUnit() throws -> (text: String, report: [String]) {
        let r = try CommandLineTests.run(["normalize"], stdin: unit)
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").map { String($0.dropFirst("vnalign: <stdin>: ".count)) }
        return (r.stdout, lines)
    }

    /// Report lines with their counts multiplied (`2 quote character(s) unified` -> `80000 ...`).
    static func multiplied(_ lines: [String], by factor: Int) -> [String] {
        lines.map { line in
            let number = line.prefix { $0.isNumber }
            return "\(Int(number)! * factor)\(line.dropFirst(number.count))"
        }
    }

    @Test("a file of several blocks comes out as its paragraphs normalised one by one, with the counts added up")
    func fileOfBlocks() throws {
        let (text, report) = try Self.normalizedUnit()
        #expect(text != Self.unit)
        #expect(report.count >= 4, "\(report)")
        let input = Array(String(repeating: Self.unit, count: Self.copies).utf8)
        #expect(input.count > 2 << 20)
        let file = try Self.temporaryFile(input)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try CommandLineTests.run(["normalize", file.path])
        #expect(r.status == 0)
        #expect(r.stdout == String(repeating: text, count: Self.copies))
        let lines = r.stderr.split(separator: "\n").map { String($0.dropFirst("vnalign: \(file.path): ".count)) }
        #expect(lines == Self.multiplied(report, by: Self.copies))
    }

    @Test("standard input from a pipe, several blocks long, gives the same output as the file")
    func pipeOfBlocks() throws {
        let (text, _) = try Self.normalizedUnit()
        let r = try CommandLineTests.run(["normalize", "--quiet"], stdin: String(repeating: Self.unit, count: Self.copies))
        #expect(r.status == 0)
        #expect(r.stdout == String(repeating: text, count: Self.copies))
        #expect(r.stderr.isEmpty)
    }

    @Test("a byte-order mark before several blocks is dropped once and reported")
    func byteOrderMark() throws {
        let (text, _) = try Self.normalizedUnit()
        let file = try Self.temporaryFile([0xEF, 0xBB, 0xBF] + Array(String(repeating: Self.unit, count: Self.copies / 4).utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try CommandLineTests.run(["normalize", file.path])
        #expect(r.status == 0)
        #expect(r.stdout == String(repeating: text, count: Self.copies / 4))
        #expect(r.stderr.hasPrefix("vnalign: \(file.path): byte-order mark removed\n"))
    }

    @Test("a word longer than a block is not cut: it is normalised whole")
    func longWord() throws {
        let word = String(repeating: "hoà", count: 500_000)   // 2 MB without white space
        let r = try CommandLineTests.run(["normalize", "--quiet"], stdin: "Thuỷ " + word + " thuỷ\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Thủy hoàhoà"))
        #expect(r.stdout.hasSuffix(" thủy\n"))
        #expect(r.stdout.utf8.count == ("Thủy " + word + " thủy\n").utf8.count)
    }

    @Test("a bad second input stops the command before anything is written")
    func badSecondInput() throws {
        let good = try Self.temporaryFile(Array(String(repeating: Self.unit, count: Self.copies / 4).utf8))
        let bad = try Self.temporaryFile(Array("Việt Nam\n".utf8) + [0x56, 0x69, 0xFF, 0x74])
        defer {
            try? FileManager.default.removeItem(at: good)
            try? FileManager.default.removeItem(at: bad)
        }
        let r = try CommandLineTests.run(["normalize", good.path, bad.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(bad.path): invalid UTF-8 at byte offset 13"))
        let missing = try CommandLineTests.run(["normalize", good.path, "/nonexistent/vnalign.txt"])
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("/nonexistent/vnalign.txt: cannot be read: no such file or folder"))
    }

    @Test("English text in Windows-1252 is detected and the choice reported")
    func westernText() throws {
        let bytes: [UInt8] = Array("The Prime Minister".utf8) + [0x92] + Array("s ".utf8) + [0x93] + Array("historic".utf8) + [0x94]
            + Array(" visit to the caf".utf8) + [0xE9] + Array(" by the lake drew a crowd.\n".utf8)
        let file = try Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try CommandLineTests.run(["normalize", file.path])
        #expect(r.status == 0)
        #expect(r.stdout == "The Prime Minister's \"historic\" visit to the café by the lake drew a crowd.\n")
        #expect(r.stderr.contains("\(file.path): read as Windows-1252, not UTF-8: Western text"))
        #expect(r.stderr.contains("confidence 0."))
    }
}
