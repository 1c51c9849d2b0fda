import Foundation
import Testing
import VNTestSupport
import VNCorpus
import VNPipeline

private let checkout = Checkout.root

/// Replays every input the fuzzer ever crashed on (`Fixtures/fuzz-seeds/crashers/`) and every seed
/// through the fuzz harness's own entry point, `FuzzInput.run` (the whole pipeline: reading,
/// decoding, normalising in both styles, debris, language, features, evidence, alignment).
/// Passing means no crash.
@Suite("Fuzz crashers")
struct FuzzReplayTests {
    static func inputs(in folder: String) -> [String] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().map { folder + "/" + $0 }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    static let seeds = checkout.appendingPathComponent("Fixtures/fuzz-seeds").path
    static let crashers = seeds + "/crashers"

    @Test("the seeds go through the pipeline without crashing")
    func seeds() throws {
        let files = Self.inputs(in: Self.seeds).filter { !$0.hasPrefix(Self.crashers + "/") }
        #expect(files.count >= 30)
        for file in files {
            FuzzInput.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
    }

    /// Every crasher, in a child process: a crash fails this test instead of killing the test run.
    /// See which file and where with `bash Tests/Fuzz/run.sh Fixtures/fuzz-seeds/crashers/*`.
    @Test("every crasher goes through the pipeline without crashing")
    func crashers() async {
        await #expect(processExitsWith: .success,
                      "a crasher still crashes; see where with: bash Tests/Fuzz/run.sh Fixtures/fuzz-seeds/crashers/*") {
            for file in FuzzReplayTests.inputs(in: FuzzReplayTests.crashers) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzInput.run([UInt8](data))
                FuzzInput.runJSONLines([UInt8](data))
            }
        }
    }

    @Test("the JSON Lines seeds go through the JSON Lines target without crashing")
    func jsonLinesSeeds() throws {
        let files = Self.inputs(in: Self.seeds + "/jsonl")
        #expect(files.count >= 3)
        for file in files {
            FuzzInput.runJSONLines([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
    }
}

/// `article(fromBytes:source:)` is the pipeline that reads files, on bytes in memory.
@Suite("The pipeline on bytes")
struct PipelineBytesTests {
    static func everything() -> CorpusPipeline {
        var options = CorpusPipeline.Options()
        options.keep = [.features, .evidence]
        return CorpusPipeline(options: options)
    }

    @Test("an article's bytes give what reading its file gives: id, language, features, evidence")
    func sameAsFile() throws {
        let folder = checkout.appendingPathComponent("Fixtures/corpus/dev/vi")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first)
        let file = folder.appendingPathComponent(name).path
        let fromFile = try Self.everything().load([CorpusInput(file)])
        let fromBytes = Self.everything().article(fromBytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), source: file)
        #expect(fromBytes.articles.map(\.id) == fromFile.articles.map(\.id))
        #expect(fromBytes.articles.map(\.language) == fromFile.articles.map(\.language))
        #expect(fromBytes.articles.map(\.text) == fromFile.articles.map(\.text))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(fromBytes.features) == encoder.encode(fromFile.features))
        #expect(fromBytes.evidence.count == 1 && fromFile.evidence.count == 1)
        #expect(fromBytes.evidence.first?.id == fromFile.evidence.first?.id)
    }

    @Test("bytes that begin with { are JSON Lines: one article a line, problems with their line")
    func jsonLines() {
        let feed = """
        {"id": "a", "lang": "en", "text": "Prime Minister Pham Minh Chinh met the delegation in Hanoi on Monday."}
        not json
        {"id": "b", "lang": "vi", "text": "Thủ tướng Phạm Minh Chính tiếp đoàn tại Hà Nội hôm thứ Hai."}
        """
        let loaded = Self.everything().article(fromBytes: Array(feed.utf8), source: "feed")
        #expect(loaded.articles.map(\.id) == ["a", "b"])
        #expect(loaded.evidence.map(\.id) == ["a", "b"])
        #expect(loaded.problems.filter { $0.severity == .error }.map { "\($0.source):\($0.line ?? 0)" } == ["feed:2"])
        #expect(loaded.notes.contains { $0.hasPrefix("skipped: feed:2") })
    }

    @Test("an article without front matter takes its id from the source's stem")
    func stem() {
        let loaded = Self.everything().article(fromBytes: Array("Thủ tướng Phạm Minh Chính tiếp đoàn tại Hà Nội.".utf8), source: "folder/b-12.txt")
        #expect(loaded.articles.map(\.id) == ["b-12"])
        #expect(loaded.articles.first?.language == .vietnamese)
    }
}
