import Foundation
import Testing
import VNTestSupport

/// The `vnalign` tool as a user runs it: exit statuses, formats, errors.
@Suite("Command line")
struct CommandLineTests {
    static let root = Tool.root

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Tool.Run {
        try Tool.run(arguments, stdin: Data((stdin ?? "").utf8))
    }

    @Test("An unknown option is a usage error: status 2")
    func usage() throws {
        let r = try Self.run(["align", "--no-such-option"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such-option"))
        #expect(r.stdout.isEmpty)
    }

    @Test("Help shows examples")
    func help() throws {
        let r = try Self.run(["align", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Examples:"))
    }

    @Test("normalize reads standard input and writes the old tone style by default")
    func normalize() throws {
        let r = try Self.run(["normalize", "--quiet"], stdin: "Hoà bình, thuỷ lợi\n")
        #expect(r.status == 0)
        #expect(r.stdout == "Hòa bình, thủy lợi\n")
    }

    @Test("normalize --key folds marks and đ")
    func key() throws {
        let r = try Self.run(["normalize", "--key"], stdin: "Đà Nẵng\n")
        #expect(r.stdout == "da nang\n")
    }

    @Test("Invalid UTF-8 names the file and byte offset, exits 1 and writes nothing")
    func invalidUTF8() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-bad-\(UUID().uuidString).txt")
        try Data([0x56, 0x69, 0xFF, 0x74]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try Self.run(["normalize", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains(file.path))
        #expect(r.stderr.contains("byte offset 2"))
        #expect(r.stdout.isEmpty)
    }

    @Test("align --format tsv: one line per pair, en_id, vi_id, verdict, probability")
    func tsv() throws {
        let r = try Self.run(["align", "Fixtures/corpus/dev/seeds", "--format", "tsv", "--quiet"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let fields = try #require(lines.first).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields[0] == "000_72651f1abaa3eaa7")
        #expect(fields[1] == "003_70e34aad1cbf4902")
        #expect(fields[2] == "related")
        #expect(Double(fields[3]) != nil)
    }

    @Test("report --output writes the file and refuses to write over an input")
    func output() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.md")
        let ok = try Self.run(["report", "Fixtures/corpus/dev/seeds", "--format", "markdown", "--output", target.path, "--quiet"])
        #expect(ok.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Paired coverage"))
        let input = Self.root.appendingPathComponent("Fixtures/corpus/dev/seeds/000_72651f1abaa3eaa7.txt").path
        let refused = try Self.run(["report", input, "--output", input, "--quiet"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refusing to write over an input"))
    }

    @Test("bench --min-f1 fails (status 1) when F1 is under the floor")
    func floor() throws {
        // With no threshold the seeds' hard negative is paired: F1 0.
        let r = try Self.run(["bench", "Fixtures/corpus/dev/seeds", "--gold", "Fixtures/gold.tsv", "--threshold", "0", "--min-f1", "0.5", "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("under the floor"))
    }
}
