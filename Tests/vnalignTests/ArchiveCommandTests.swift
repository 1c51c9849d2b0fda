import Foundation
import Testing
import VNArchive
import VNTestSupport

/// `vnalign archive` as a user runs it.
@Suite("vnalign archive")
struct ArchiveCommandTests {
    static let fixtures = Tool.root.appendingPathComponent("Fixtures/corpus").path
    static let dev = Tool.root.appendingPathComponent("Fixtures/corpus/dev").path
    static let test = Tool.root.appendingPathComponent("Fixtures/corpus/test").path

    /// A scratch folder, removed at the end.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-archive-cli-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    @Test("Every archive command's --help explains it with examples")
    func help() throws {
        for command in [["archive"], ["archive", "add"], ["archive", "pairs"], ["archive", "report"], ["archive", "show"], ["archive", "stats"], ["archive", "check"]] {
            let run = try Tool.run(command + ["--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Examples:"), "\(command)")
            #expect(run.stdout.contains("vnalign archive"), "\(command)")
        }
    }

    @Test("add, then pairs in every format: the pairs of one align over the same articles")
    func pairsFormats() throws {
        let folder = Folder()
        let db = folder.path("desk.sqlite")
        let add = try Tool.run(["archive", "add", db, Self.test, "--quiet"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("batch 1:"))
        #expect(add.stdout.contains("New pairs"))
        let align = try Tool.run(["align", Self.test, "--format", "tsv", "--quiet"])
        let expected = align.stdout.split(separator: "\n").filter { $0.contains("\tsame-event\t") }.map { $0.split(separator: "\t").prefix(2).joined(separator: "\t") }.sorted()
        let tsv = try Tool.run(["archive", "pairs", db, "--format", "tsv"])
        let lines = tsv.stdout.split(separator: "\n")
        #expect(lines.first == "en_id\tvi_id\tverdict\tprobability\ten_date\tvi_date\tbatch\tmodel")
        #expect(lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2).joined(separator: "\t") }.sorted() == expected)
        #expect(!expected.isEmpty)
        let csv = try Tool.run(["archive", "pairs", db, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == lines.count)
        let json = try Tool.run(["archive", "pairs", db, "--format", "json", "--related"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((decoded?.count ?? 0) > expected.count)
        #expect(decoded?.first?["score"] as? [String: Any] != nil)
        let text = try Tool.run(["archive", "pairs", db])
        #expect(text.stdout.split(separator: "\n").count == expected.count)
    }

    @Test("pairs and report over a period take the pairs with an article published in it; a bad day is a usage error")
    func period() throws {
        let folder = Folder()
        let db = folder.path("desk.sqlite")
        #expect(try Tool.run(["archive", "add", db, Self.test, "--quiet"]).status == 0)
        let all = try Tool.run(["archive", "pairs", db, "--format", "tsv"]).stdout.split(separator: "\n").dropFirst()
        let since = try Tool.run(["archive", "pairs", db, "--format", "tsv", "--since", "2025-01-01"]).stdout.split(separator: "\n").dropFirst()
        #expect(since.count < all.count)
        for line in since {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(f[4] >= "2025-01-01" || f[5] >= "2025-01-01", "\(line)")
        }
        let report = try Tool.run(["archive", "report", db, "--since", "2025-01-01", "--format", "json"])
        let summary = (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Any]
        #expect(summary?["pairs"] as? Int == since.count)
        let bad = try Tool.run(["archive", "pairs", db, "--since", "2025-02-30"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--since 2025-02-30"))
    }

    @Test("report in every format, show and stats")
    func reportShowStats() throws {
        let folder = Folder()
        let db = folder.path("desk.sqlite")
        #expect(try Tool.run(["archive", "add", db, Self.test, "--quiet"]).status == 0)
        #expect(try Tool.run(["archive", "report", db]).stdout.contains("Paired coverage"))
        #expect(try Tool.run(["archive", "report", db, "--format", "markdown"]).stdout.hasPrefix("# Paired coverage"))
        #expect(try Tool.run(["archive", "report", db, "--format", "csv"]).stdout.hasPrefix("en_id,vi_id,verdict"))
        #expect(try Tool.run(["archive", "report", db, "--format", "html"]).stdout.contains("<html"))
        let pair = try #require(try Tool.run(["archive", "pairs", db, "--format", "tsv"]).stdout.split(separator: "\n").dropFirst().first)
        let id = String(pair.split(separator: "\t")[0])
        let show = try Tool.run(["archive", "show", db, id])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Evidence ("))
        #expect(show.stdout.contains("same-event"))
        let json = try JSONSerialization.jsonObject(with: Data(try Tool.run(["archive", "show", db, id, "--format", "json"]).stdout.utf8)) as? [String: Any]
        #expect(json?["id"] as? String == id)
        let unknown = try Tool.run(["archive", "show", db, "no-such-id"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no article has the id \"no-such-id\""))
        let stats = try JSONSerialization.jsonObject(with: Data(try Tool.run(["archive", "stats", db, "--format", "json"]).stdout.utf8)) as? [String: Any]
        #expect(stats?["schemaVersion"] as? Int == ArchiveSchema.version)
        #expect((stats?["bytesPerArticle"] as? Int ?? 0) > 0)
        #expect(try Tool.run(["archive", "check", db]).stdout.contains("ok"))
    }

    @Test("Bad articles stop the batch before anything is written; --skip-bad adds the good ones")
    func badArticles() throws {
        let folder = Folder()
        let db = folder.path("desk.sqlite")
        let bad = Tool.root.appendingPathComponent("Fixtures/bad-input/corpus").path
        let stopped = try Tool.run(["archive", "add", db, bad, Self.test, "--quiet"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let skipped = try Tool.run(["archive", "add", db, bad, Self.test, "--skip-bad", "--quiet"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(try Archive(path: db, access: .read).stats().englishArticles > 0)
    }

    @Test("A file that is not an SQLite database is refused by every command, named, and left as it was")
    func notADatabase() throws {
        let folder = Folder()
        let db = folder.path("notes.txt")
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: db))
        for command in [["add", db, Self.test], ["pairs", db], ["report", db], ["show", db, "x"], ["stats", db], ["check", db]] {
            let run = try Tool.run(["archive"] + command + ["--quiet"].filter { _ in command[0] == "add" })
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("\(db): not an SQLite database"), "\(command): \(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == Data("not a database\n".utf8))
    }

    @Test("Two adds at once: the second waits for the first, and both batches are in the archive")
    func concurrentAdds() throws {
        let folder = Folder()
        let db = folder.path("desk.sqlite")
        let first = try Tool.start(["archive", "add", db, Self.dev, "--quiet", "--brief"])
        let second = try Tool.start(["archive", "add", db, Self.test, "--quiet", "--brief"])
        let (a, b) = (first.finish(), second.finish())
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let stats = try Archive(path: db, access: .read).stats()
        #expect(stats.batches == 2)
        #expect(stats.englishArticles + stats.vietnameseArticles == 396)
        #expect(try Archive(path: db, access: .read).integrityProblems().isEmpty)
    }

    /// What a check after a kill compares: every decision and the counts.
    static func state(_ db: String) throws -> String {
        let archive = try Archive(path: db, access: .read)
        let s = try archive.stats()
        let decisions = try archive.pairs(related: true).map { "\($0.score.en)|\($0.score.vi)|\($0.verdict.rawValue)|\($0.score.probability)|\($0.batch)" }
        return "\(s.batches) \(s.englishArticles) \(s.vietnameseArticles) \(s.pairs) \(s.related) \(s.unpaired) \(s.featureKeys)\n" + decisions.joined(separator: "\n")
    }

    @Test("An add killed with SIGKILL at random points leaves the archive sound and as it was before the batch or after it (50 kills)")
    func killed() throws {
        let folder = Folder()
        let base = folder.path("base.sqlite")
        let files = (try FileManager.default.contentsOfDirectory(atPath: Self.test + "/vi")).sorted().map { Self.test + "/vi/" + $0 }
        #expect(try Tool.run(["archive", "add", base, Self.test + "/en", "--quiet", "--brief"]).status == 0)
        let batch = Array(files.prefix(40))
        let before = try Self.state(base)
        let db = folder.path("run.sqlite")
        func fresh() throws {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            try FileManager.default.copyItem(atPath: base, toPath: db)
        }
        try fresh()
        let started = Date()
        #expect(try Tool.run(["archive", "add", db] + batch + ["--quiet", "--brief"]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let after = try Self.state(db)
        #expect(after != before)
        var generator = SystemRandomNumberGenerator()
        var outcomes = ["before": 0, "after": 0]
        for attempt in 0..<50 {
            try fresh()
            // A third of the kills anywhere in the run, the others in its last part, where the
            // batch is paired and written, and just past it (the run's length varies).
            let delay = attempt % 3 == 0 ? Double.random(in: 0...duration, using: &generator)
                : Double.random(in: (duration * 0.6)...(duration * 1.1), using: &generator)
            let run = try Tool.start(["archive", "add", db] + batch + ["--quiet", "--brief"])
            Thread.sleep(forTimeInterval: delay)
            kill(run.process.processIdentifier, SIGKILL)
            _ = run.finish()
            let archive = try Archive(path: db, access: .read)
            #expect(try archive.integrityProblems().isEmpty, "kill \(attempt) after \(delay) s")
            let state = try Self.state(db)
            #expect(state == before || state == after, "kill \(attempt) after \(delay) s: the archive is neither as before the batch nor as after it")
            outcomes[state == before ? "before" : "after", default: 0] += 1
        }
        print("archive kill test: \(outcomes["before"]!) kills left the archive as before the batch, \(outcomes["after"]!) as after (an add takes \(String(format: "%.2f", duration)) s)")
    }
}
