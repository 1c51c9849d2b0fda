import Foundation
import Testing
@testable import VNCorpus

/// What a corpus can be given as: odd names, pipes in folders, files sniffed by their first byte,
/// fields of the wrong type, reads that fail.
@Suite("Corpus input")
struct CorpusInputTests {
    static let body = "Prime Minister Pham Minh Chinh received a delegation of Japanese businesses in Hanoi on Thursday, and asked them to invest more."

    /// Writes `text` to `folder/name`, the name given as bytes.
    static func write(_ text: String, named name: [UInt8], in folder: URL) throws {
        let path = RawPath(folder.path).appending(name)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        try #require(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
    }

    @Test("a file whose name is not UTF-8 and holds a newline is read in a folder, its source shown escaped")
    func rawNames() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("---\nlang: en\n---\n\(Self.body)\n", named: Array("we\nird".utf8) + [0xFF] + Array(".txt".utf8), in: folder)
        try Self.write("{\"id\": \"j\", \"lang\": \"en\", \"text\": \"\(Self.body)\"}\n", named: [0xFE] + Array(".jsonl".utf8), in: folder)
        let result = CorpusReader().read(paths: [folder.path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.articles.map(\.id) == ["j", "we\\nird\\xFF"])
        #expect(result.articles.map(\.source) == ["\(folder.path)/\\xFE.jsonl:1", "\(folder.path)/we\\nird\\xFF.txt"])
    }

    @Test("a pipe in a folder is skipped with a warning, never read (it could block)")
    func pipeInFolder() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(mkfifo(folder.appendingPathComponent("feed.jsonl").path, 0o644) == 0)
        let result = CorpusReader().read(paths: [folder.path])
        #expect(result.problems == [CorpusProblem(source: "\(folder.path)/feed.jsonl", message: "not a regular file (a named pipe); skipped", severity: .warning)])
    }

    @Test("a file named on the command line without a known extension is JSON Lines when it begins with {")
    func sniffed() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("\u{FEFF}\n {\"id\": \"a\", \"lang\": \"en\", \"text\": \"\(Self.body)\"}\n{\"id\": \"b\", \"lang\": \"en\", \"text\": \"\(Self.body)\"}\n",
                       named: Array("export".utf8), in: folder)
        try Self.write("---\nid: c\nlang: en\n---\n\(Self.body)\n", named: Array("article.md".utf8), in: folder)
        let result = CorpusReader().read(paths: [folder.appendingPathComponent("export").path, folder.appendingPathComponent("article.md").path])
        #expect(result.articles.map(\.id) == ["a", "b", "c"], "\(result.problems)")
        #expect(CorpusReader.looksLikeJSONLines(Array(" \r\n{".utf8)))
        #expect(!CorpusReader.looksLikeJSONLines(Array("---\n".utf8)))
        #expect(!CorpusReader.looksLikeJSONLines([UInt8]()))
    }

    @Test("JSON fields of the wrong type are problems with their line, not silence", arguments: [
        ("{\"id\": null, \"text\": \"x\"}", "missing \"id\""),
        ("{\"id\": [1], \"text\": \"x\"}", "\"id\" is not a string or a number"),
        ("{\"id\": \"a\", \"date\": 20250321, \"text\": \"x\"}", "article a: \"date\" is not a string"),
        ("{\"id\": \"a\", \"lang\": {\"code\": \"en\"}, \"text\": \"x\"}", "article a: \"lang\" is not a string"),
    ])
    func fieldTypes(_ line: String, _ message: String) throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("\n" + line + "\n", named: Array("feed.jsonl".utf8), in: folder)
        let result = CorpusReader().read(paths: [folder.appendingPathComponent("feed.jsonl").path])
        #expect(result.problems == [CorpusProblem(source: folder.appendingPathComponent("feed.jsonl").path, line: 2, message: message)])
    }

    @Test("a read that fails ends the lines with its error, and no partial line")
    func failedRead() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Reading a folder's descriptor fails with EISDIR.
        let descriptor = open(folder.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let lines = LineFile(descriptor: descriptor, closes: false, prefix: Array("{\"id\": \"partial".utf8))
        #expect(Array(lines).isEmpty)
        #expect(lines.failure == SystemError(code: EISDIR))
    }

    @Test("a file over --max-bytes is refused by its size, without reading it")
    func oversized() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(String(repeating: "word ", count: 400), named: Array("big.txt".utf8), in: folder)
        let result = CorpusFixtures.reader(maxBytes: 1_000).read(paths: [folder.path])
        #expect(result.problems.map(\.message) == ["article of 2000 bytes is over the limit of 1000 (--max-bytes)"])
    }
}
