import Foundation
import Testing
@testable import VNNames

/// Lookalikes of Đ that the reader replaced are found again in the source.
@Suite("Lookalikes of Đ in the sources")
struct LookalikeScannerTests {
    @Test("Words holding a lookalike, with the spelling the normaliser gives them", arguments: [
        ("Bộ trưởng \u{D0}ặng Quốc Khánh.", "\u{D0}ặng", "Đặng", "Ð U+00D0"),
        ("ông \u{189}inh Tiến Dũng,", "\u{189}inh", "Đinh", "Ɖ U+0189"),
        ("tại \u{F0}ường Láng", "\u{F0}ường", "đường", "ð U+00F0"),
    ])
    func findings(_ text: String, _ raw: String, _ normalized: String, _ letter: String) {
        let found = LookalikeScanner.findings(in: text)
        #expect(found == [LookalikeScanner.Finding(raw: raw, normalized: normalized, letters: [letter])])
    }

    @Test("Text without lookalikes has none")
    func none() {
        #expect(LookalikeScanner.findings(in: "Tổng Bí thư Tô Lâm tiếp Đoàn đại biểu Lào").isEmpty)
    }

    @Test("The fixture source that had one is read again; its article is named")
    func scan() {
        let found = LookalikeScanner.scan(NameFixtures.features)
        #expect(found.keys.sorted() == ["vi-5a0e5002"])
        #expect(found["vi-5a0e5002"]?.map(\.raw) == ["\u{D0}ặng"])
    }

    @Test("A JSON Lines source is read by its line")
    func jsonLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-names-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl")
        try Data("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"Bộ trưởng \u{D0}ặng Quốc Khánh\"}\n".utf8).write(to: feed)
        #expect(LookalikeScanner.rawText(source: feed.path + ":2") == "Bộ trưởng \u{D0}ặng Quốc Khánh")
        #expect(LookalikeScanner.rawText(source: feed.path + ":9") == nil)
    }
}
