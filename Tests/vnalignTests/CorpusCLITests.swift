import Foundation
import Testing
import VNTestSupport

/// The `vnalign` binary on bad input: exit statuses, nothing written on failure, repairs shown,
/// byte-identical output whatever the order of the inputs. Runs the binary built next to the
/// tests (`Tool`).
@Suite("CLI on bad input")
struct CorpusCLITests {
    static let dev = Checkout.fixture("corpus/dev")

    @Test("shuffled input order gives byte-identical report and align output", arguments: [
        ["report", "--skip-bad"],
        ["report", "--skip-bad", "--format", "json"],
        ["align", "--skip-bad", "--format", "tsv", "--all"],
        ["align", "--skip-bad"],
    ])
    func determinism(_ command: [String]) throws {
        var files: [String] = []
        for folder in ["en", "vi"] {
            let path = Self.dev + "/" + folder
            files += try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
        }
        files += try FileManager.default.contentsOfDirectory(atPath: Fixture.encodings).sorted()
            .map { Fixture.encodings + "/" + $0 }
        var generator = SeededRandom(seed: 42)
        let shuffled = files.shuffled(using: &generator)
        let first = try Tool.run(command + files)
        let second = try Tool.run(command + shuffled.reversed())
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout, "output differs with the input order")
    }

    @Test("bad input stops the run before any output: exit 1, every problem listed")
    func stopsOnBadInput() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.txt").path
        let result = try Tool.run(["report", Fixture.problems, "--max-bytes", "2500", "--output", output])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(result.stderr.contains("15 problem(s) in the corpus; nothing was written"), "\(result.stderr)")
        for file in ["binary.txt", "control-bytes.txt:7", "duplicate-a.txt", "empty.txt", "feed.jsonl:2", "feed.jsonl:6", "feed.jsonl:11", "impossible-date.txt:5",
                     "oversized.txt", "unclosed-front-matter.txt:1", "undetectable-language.txt", "unknown-language-tag.txt"] {
            #expect(result.stderr.contains("\(Fixture.problems)/\(file): "), "\(file) not listed")
        }
    }

    @Test("--skip-bad goes on and lists what it skipped and repaired in the report")
    func skipBad() throws {
        let result = try Tool.run(["report", Fixture.problems, Fixture.encodings, "--max-bytes", "2500", "--skip-bad"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("- skipped: \(Fixture.problems)/binary.txt: binary file (contains NUL bytes)"))
        #expect(result.stdout.contains("- skipped: \(Fixture.encodings)/unknown-gb2312.txt:4: invalid UTF-8 at byte offset 28"))
        #expect(result.stdout.contains("\(Fixture.encodings)/vni.txt: repaired: read as VNI-Windows, not UTF-8"))
        #expect(result.stdout.contains("\(Fixture.problems)/feed.jsonl:8: repaired: mojibake repaired: "))
    }

    @Test("extract and align show repairs; normalize too, on standard error")
    func repairsShown() throws {
        let vni = Fixture.encodings + "/vni.txt"
        let extract = try Tool.run(["extract", vni])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.contains("  repairs:\n    read as VNI-Windows, not UTF-8"), "\(extract.stdout)")
        #expect(extract.stderr.contains("\(vni): repaired: read as VNI-Windows, not UTF-8"))
        let align = try Tool.run(["align", vni, Fixture.encodings + "/mojibake.txt", "--vi", Fixture.encodings + "/tcvn3.txt"])
        #expect(align.stderr.contains("mojibake.txt: repaired: mojibake repaired: "), "\(align.stderr)")
        #expect(align.stderr.contains("tcvn3.txt: repaired: read as TCVN3 (ABC), not UTF-8"), "\(align.stderr)")
        let normalize = try Tool.run(["normalize", Fixture.encodings + "/viqr.txt"])
        #expect(normalize.status == 0)
        #expect(normalize.stdout.contains("Thủ tướng Phạm Minh Chính"))
        #expect(normalize.stderr.contains("viqr.txt: read as VIQR: "), "\(normalize.stderr)")
        let quiet = try Tool.run(["normalize", "--quiet", Fixture.encodings + "/viqr.txt"])
        #expect(quiet.stderr.isEmpty)
    }

    @Test("normalize: undecodable input is exit 1 with file, offset and line; --from forces")
    func normalizeErrors() throws {
        let gb = Fixture.encodings + "/unknown-gb2312.txt"
        let failed = try Tool.run(["normalize", gb])
        #expect(failed.status == 1)
        #expect(failed.stdout.isEmpty)
        #expect(failed.stderr.hasPrefix("vnalign: error: \(gb): invalid UTF-8 at byte offset 28 (bytes C4 CF D7 DC)"), "\(failed.stderr)")
        #expect(failed.stderr.contains("(line 4)"))
        let forced = try Tool.run(["normalize", "--from", "tcvn3", Fixture.encodings + "/tcvn3.txt"])
        #expect(forced.stdout.contains("Thủ tướng Phạm Minh Chính"))
        #expect(forced.stderr.contains("read as TCVN3 (ABC) (--from tcvn3)"))
    }

    @Test("usage errors exit 2", arguments: [
        ["normalize", "--from", "ebcdic"],
        ["report", "--from", "latin9", Fixture.encodings],
        ["align", "--max-bytes", "10", Fixture.encodings],
    ])
    func usage(_ arguments: [String]) throws {
        let result = try Tool.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("output goes atomically to a new file, never over an input")
    func output() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("vni.txt").path
        try FileManager.default.copyItem(atPath: Fixture.encodings + "/vni.txt", toPath: article)
        let before = try Data(contentsOf: URL(fileURLWithPath: article))
        let over = try Tool.run(["extract", article, "--output", article])
        #expect(over.status == 1)
        #expect(over.stderr.contains("refusing to write over an input"), "\(over.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: article)) == before)
        // Not into an input folder either, even one given through a link.
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)
        let into = try Tool.run(["extract", link, "--output", folder.appendingPathComponent("new.txt").path])
        #expect(into.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.txt").path))
        let target = folder.appendingPathComponent("out/features.json").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("out").path, withIntermediateDirectories: true)
        let written = try Tool.run(["extract", article, "--format", "json", "--output", target])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) == ["features.json"])
    }
}

/// Running the `vnalign` binary.

/// The bad-input fixtures these tests read.
private enum Fixture {
    static let problems = Checkout.fixture("bad-input/corpus")
    static let encodings = Checkout.fixture("bad-input/encodings")
}
