import Foundation
import Testing
import VNTestSupport
@testable import vnalign

/// The cases of issue 17, each as its command was run: hostile places to write, hostile options,
/// hostile articles and file names. Each runs the built tool.
@Suite("Hostile input")
struct HostileInputTests {
    static let seeds = Tool.root.appendingPathComponent("Fixtures/corpus/dev/seeds").path
    static let dev = Tool.root.appendingPathComponent("Fixtures/corpus/dev").path
    static let article = seeds + "/000_72651f1abaa3eaa7.txt"

    /// The files under `folder`, with their contents (folders end in `/`).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walk = FileManager.default.enumerator(atPath: folder.path)!
        while let entry = walk.nextObject() as? String {
            let path = folder.appendingPathComponent(entry).path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            found[entry + (isFolder.boolValue ? "/" : "")] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return found
    }

    // MARK: Writing output

    @Test("--output naming a folder is refused, and the folder and everything in it are left alone")
    func outputFolder() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("d/sub"), withIntermediateDirectories: true)
        try Data("data\n".utf8).write(to: folder.appendingPathComponent("d/keep.txt"))
        let before = try Self.snapshot(folder)
        let r = try Tool.run(["report", Self.seeds, "--output", "d", "-q"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr == "vnalign: error: d: is a folder; --output takes the name of a file (for example d/report.txt); nothing was written\n")
        #expect(try Self.snapshot(folder) == before)
        #expect(before["d/keep.txt"] == Data("data\n".utf8))
    }

    @Test("--output naming a device, a link to an input or a hard link to one is refused, nothing touched")
    func outputNotAFile() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("article.txt")
        try FileManager.default.copyItem(atPath: Self.article, toPath: input.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("soft.txt").path, withDestinationPath: "article.txt")
        try FileManager.default.linkItem(atPath: input.path, toPath: folder.appendingPathComponent("hard.txt").path)
        let before = try Data(contentsOf: input)
        let device = try Tool.run(["extract", input.path, "--output", "/dev/null", "-q"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/null: is a character device, not a regular file; refusing to replace it"), "\(device.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        for link in ["soft.txt", "hard.txt"] {
            let r = try Tool.run(["extract", "article.txt", "--output", link, "-q"], in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.contains("\(link): refusing to write over an input (it is article.txt)"), "\(r.stderr)")
        }
        #expect(try Data(contentsOf: input) == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("soft.txt").path) == "article.txt")
    }

    @Test("--output through a link to a file that is no input replaces that file and keeps the link")
    func outputThroughLink() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("real.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
        let r = try Tool.run(["extract", Self.article, "--output", "link.txt", "-q"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path) == "real.txt")
        #expect(try String(contentsOf: folder.appendingPathComponent("real.txt"), encoding: .utf8).hasPrefix("000_72651f1abaa3eaa7 [en]"))
    }

    @Test("two runs writing one file at once: both succeed, and the file is the whole output of one of them (3 tries)")
    func concurrentRuns() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Tool.run(["report", Self.dev, "-q"])
        let json = try Tool.run(["report", Self.dev, "--format", "json", "-q"])
        #expect(text.status == 0 && json.status == 0)
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("same.txt"))
            let first = try Tool.start(["report", Self.dev, "--output", "same.txt", "-q"], in: folder)
            let second = try Tool.start(["report", Self.dev, "--format", "json", "--output", "same.txt", "-q"], in: folder)
            let a = first.finish(), b = second.finish()
            #expect(a.status == 0, "\(a.stderr)")
            #expect(b.status == 0, "\(b.stderr)")
            let written = try String(contentsOf: folder.appendingPathComponent("same.txt"), encoding: .utf8)
            #expect(written == text.stdout || written == json.stdout)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["same.txt"], "a temporary file was left")
        }
    }

    @Test("report > /dev/full: the failed write on standard output is exit 1, with the reason")
    func standardOutputFull() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try Tool.run(["report", Self.seeds, "-q"], stdout: full)
        #expect(r.status == 1)
        #expect(r.stderr == "vnalign: error: standard output: cannot be written: no space left on device\n")
    }

    @Test("a reader that goes away (| head) ends the run quietly, exit 0")
    func standardOutputClosed() throws {
        let pipe = Pipe()
        let started = try Tool.start(["report", Self.dev, "-q"], stdout: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        try pipe.fileHandleForReading.close()
        let r = started.finish()
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test("--help > /dev/full is exit 1 too")
    func helpFull() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try Tool.run(["--help"], stdout: full)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no space left on device"))
    }

    @Test("--output /dev/full and --output nodir/x.txt say what is wrong", arguments: [
        ("/dev/full", "vnalign: error: /dev/full: is a character device, not a regular file; refusing to replace it (to write to it, redirect standard output: > /dev/full); nothing was written\n"),
        ("nodir/x.txt", "vnalign: error: nodir/x.txt: cannot be written: folder nodir does not exist\n"),
    ])
    func outputErrors(_ output: String, _ message: String) throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Tool.run(["report", Self.seeds, "--output", output, "-q"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a folder that cannot be written to: permission denied")
    func outputPermission() throws {
        // Root writes anywhere but in sysfs; others are refused a folder without write permission.
        let folder = try Tool.temporaryFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        let locked = getuid() == 0 ? "/sys" : folder.path
        try #require(FileManager.default.fileExists(atPath: locked))
        let r = try Tool.run(["report", Self.seeds, "--output", locked + "/report.txt", "-q"])
        #expect(r.status == 1)
        #expect(r.stderr == "vnalign: error: \(locked)/report.txt: cannot be written: permission denied (folder \(locked))\n")
    }

    static let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
        && (try? Tool.shell("unshare -m true").status) == 0

    @Test("--output on a full disk: no space left on device, and no file, whole or partial, is left",
          .enabled(if: HostileInputTests.canMount, "needs root and unshare to mount a small tmpfs"))
    func outputFull() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 4 KB file system, mounted in a namespace of its own: the report (about 20 KB) does not fit.
        let r = try Tool.shell("""
            unshare -m sh -c 'mount -t tmpfs -o size=4k tmpfs "$0" && "$VNALIGN" report "$1" -q --output "$0/report.txt"; \
            status=$?; ls -A "$0" >&2; exit $status' '\(folder.path)' '\(Self.dev)'
            """)
        #expect(r.status == 1)
        #expect(r.stderr == "vnalign: error: \(folder.path)/report.txt: cannot be written: no space left on device\n")
    }

    // MARK: Options

    @Test("non-finite numbers are refused with the range", arguments: ["nan", "inf", "-inf", "1e999"])
    func nonFinite(_ value: String) throws {
        let r = try Tool.run(["align", Self.seeds, "--threshold", value])
        #expect(r.status == 2)
        let shown = value == "1e999" ? "inf" : value
        #expect(r.stderr.hasPrefix("Error: --threshold must be \(AlignmentFlags.thresholdRange.upper == nil ? "" : "a number ")\(AlignmentFlags.thresholdRange.text) (got \(shown))\n"),
                "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("negative numbers are read as values, and refused with the range", arguments: [
        (["--threshold", "-5"], "--threshold", AlignmentFlags.thresholdRange.upper == nil ? "\(AlignmentFlags.thresholdRange.text)" : "a number \(AlignmentFlags.thresholdRange.text)", "-5"),
        (["--threshold=-5"], "--threshold", AlignmentFlags.thresholdRange.upper == nil ? "\(AlignmentFlags.thresholdRange.text)" : "a number \(AlignmentFlags.thresholdRange.text)", "-5"),
        (["--window-days", "-1"], "--window-days", "a number \(AlignmentFlags.windowDaysRange.text)", "-1"),
        (["--max-bytes", "-10"], "--max-bytes", CorpusOptions.maxBytesRange.text, "-10"),
        (["--min-words", "-1"], "--min-words", "a number \(CorpusOptions.minWordsRange.text)", "-1"),
    ])
    func negative(_ options: [String], _ name: String, _ range: String, _ value: String) throws {
        let r = try Tool.run(["align", Self.seeds] + options)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Error: \(name) must be \(range) (got \(value))\n"), "\(r.stderr)")
        #expect(!r.stderr.contains("Missing value"))
    }

    @Test("the ranges declared beside the options are what is checked")
    func ranges() throws {
        #expect(AlignmentFlags.thresholdRange.contains(AlignmentFlags.thresholdRange.lower))
        #expect(!AlignmentFlags.thresholdRange.contains(.nan))
        #expect(!AlignmentFlags.thresholdRange.contains(-.ulpOfOne))
        #expect(AlignmentFlags.windowDaysRange.text == "from 0 to 36500")
        #expect(BenchCommand.unitRange.text == "from 0 to 1")
        #expect(throws: (any Error).self) { try BenchCommand.unitRange.check(1.01, option: "--min-f1") }
        #expect(throws: Never.self) { try BenchCommand.unitRange.check(1, option: "--min-f1") }
        let synth = try Tool.run(["synth", "--pairs", "-3", "--out", "/nonexistent"])
        #expect(synth.status == 2)
        #expect(synth.stderr.hasPrefix("Error: --pairs must be a number \(SynthCommand.countRange.text) (got -3)"), "\(synth.stderr)")
    }

    // MARK: Articles

    /// A brief (13 words) and a headline with its lead (12 words), as JSON Lines.
    static let briefs = """
        {"id": "brief-en", "lang": "en", "date": "2025-03-21", "text": "Prime Minister Pham Minh Chinh met Japanese business leaders in Hanoi on Friday."}
        {"id": "brief-vi", "lang": "vi", "date": "2025-03-21", "text": "Thủ tướng Phạm Minh Chính tiếp doanh nghiệp Nhật Bản hôm nay."}

        """

    @Test("short articles (a brief, a headline with its lead) are kept, with a note in the report")
    func shortArticles() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.briefs.utf8).write(to: folder.appendingPathComponent("briefs.jsonl"))
        let r = try Tool.run(["report", "briefs.jsonl"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("- briefs.jsonl:1: note: article brief-en is short (13 words); kept"), "\(r.stdout)")
        #expect(r.stdout.contains("- briefs.jsonl:2: note: article brief-vi is short (12 words); kept"))
        #expect(r.stderr.contains("vnalign: note: 2 short article(s) (under 20 words) kept: briefs.jsonl:1, briefs.jsonl:2"), "\(r.stderr)")
        let extract = try Tool.run(["extract", "briefs.jsonl", "--format", "json", "-q"], in: folder)
        #expect(extract.stdout.contains("\"id\" : \"brief-en\"") && extract.stdout.contains("\"id\" : \"brief-vi\""))
        let limited = try Tool.run(["report", "briefs.jsonl", "--min-words", "13"], in: folder)
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("briefs.jsonl:2: article brief-vi has 12 words, fewer than 13 (--min-words)"), "\(limited.stderr)")
        #expect(!limited.stderr.contains("brief-en"))
    }

    @Test("an empty article is still a problem")
    func emptyArticle() throws {
        let r = try Tool.run(["extract", "-"], stdin: Data("{\"id\": \"e\", \"lang\": \"en\", \"text\": \" \\n \"}\n".utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("vnalign: <stdin>:1: article e is empty (0 words)"), "\(r.stderr)")
    }

    @Test("an impossible date in front matter or JSON Lines is a problem naming file and line")
    func impossibleDates() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "Prime Minister Pham Minh Chinh received a delegation of Japanese businesses in Hanoi on Thursday."
        try Data("---\nid: a\nlang: en\ndate: 2025-02-30\n---\n\(body)\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("{\"id\": \"b\", \"lang\": \"en\", \"text\": \"\(body)\"}\n{\"id\": \"c\", \"lang\": \"en\", \"date\": \"2024-02-30\", \"text\": \"\(body)\"}\n".utf8)
            .write(to: folder.appendingPathComponent("feed.jsonl"))
        let r = try Tool.run(["extract", "a.txt", "feed.jsonl"], in: folder)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("vnalign: a.txt:4: article a: date \"2025-02-30\" does not exist (February 2025 has 28 days)\n"), "\(r.stderr)")
        #expect(r.stderr.contains("vnalign: feed.jsonl:2: article c: date \"2024-02-30\" does not exist (February 2024 has 29 days)\n"), "\(r.stderr)")
        #expect(r.stderr.contains("2 problem(s) in the corpus"))
    }

    // MARK: Standard input

    @Test("cat article.txt | vnalign extract -: one article from standard input")
    func standardInputArticle() throws {
        let r = try Tool.run(["extract", "-", "-q"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.article)))
        #expect(r.status == 0, "\(r.stderr)")
        let fromFile = try Tool.run(["extract", Self.article, "-q"])
        #expect(r.stdout == fromFile.stdout.replacingOccurrences(of: "000_72651f1abaa3eaa7 [en]", with: "stdin [en]"))
        #expect(r.stdout.hasPrefix("stdin [en]"))
    }

    @Test("- reads JSON Lines (sniffed from the first byte) in every command that takes paths", arguments: [
        ["extract", "-", "--format", "json"],
        ["align", "-", "--format", "tsv", "--all"],
        ["report", "-", "--format", "json"],
        ["names", "-", "--format", "json"],
        ["bench", "-", "--gold", "Fixtures/gold.tsv", "--no-baseline", "--format", "json"],
    ])
    func standardInputFeed(_ command: [String]) throws {
        let r = try Tool.run(command, stdin: Data(Self.briefs.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.isEmpty)
        if command[0] == "bench" {
            #expect(r.stdout.contains("\"articles\" : 2"), "\(r.stdout)")
        } else {
            #expect(r.stdout.contains("brief-en") && r.stdout.contains("brief-vi"), "\(r.stdout)")
        }
        #expect(r.stderr.contains("<stdin>:1, <stdin>:2"), "\(r.stderr)")
    }

    // MARK: File names

    @Test("a file name with a newline and an invalid UTF-8 byte is read, and shown escaped")
    func oddFileName() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            cp '\(Self.article)' "$(printf 'we\\nird\\377.txt')" && printf '' > "$(printf 'em\\npty\\376.txt')" &&
            "$VNALIGN" extract -q "$(printf 'we\\nird\\377.txt')" --output "$(printf 'out\\375.txt')" && echo written &&
            head -n 1 "$(printf 'out\\375.txt')" && "$VNALIGN" extract "$(printf 'em\\npty\\376.txt')"
            """
        let r = try Tool.shell(script, in: folder)
        #expect(r.stdout == "written\nwe\\nird\\xFF [en]\n", "\(r.stdout)")
        #expect(r.status == 1)
        #expect(r.stderr.contains("vnalign: em\\npty\\xFE.txt: article em\\npty\\xFE is empty (0 words)\n"), "\(r.stderr)")
        // Given as --output=NAME too: the parser hands on the value alone, still with its raw bytes.
        let attached = try Tool.shell("""
            "$VNALIGN" extract -q '\(Self.article)' "--output=$(printf 'eq\\351.txt')" && test -f "$(printf 'eq\\351.txt')" && echo found
            """, in: folder)
        #expect(attached.stdout == "found\n", "\(attached.stderr)")
        // Found in a folder walk too.
        let walk = try Tool.run(["extract", ".", "-q", "--skip-bad"], in: folder)
        #expect(walk.status == 0, "\(walk.stderr)")
        #expect(walk.stdout.contains("we\\nird\\xFF [en]"), "\(walk.stdout)")
    }
}
