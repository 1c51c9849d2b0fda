import Foundation
import Testing
@testable import VNCorpus
import VNText

/// Articles in legacy encodings, VIQR and mojibake are read, converted and their repairs kept.
@Suite("Corpus encodings")
struct CorpusEncodingTests {
    static let result = CorpusReader().read(paths: [CorpusFixtures.encodings])

    @Test("every encoding fixture becomes the same article text as the UTF-8 source", arguments: [
        ("cp1258", "read as Windows-1258, not UTF-8"),
        ("vni", "read as VNI-Windows, not UTF-8"),
        ("tcvn3", "read as TCVN3 (ABC), not UTF-8"),
        ("viscii", "read as VISCII, not UTF-8"),
        ("viqr", "read as VIQR"),
        ("vni-shown", "legacy text shown as Windows-1252 read again as VNI-Windows"),
        ("tcvn3-shown", "legacy text shown as Windows-1252 read again as TCVN3 (ABC)"),
        ("mojibake", "mojibake repaired: "),
        ("mojibake-twice", "mojibake repaired: "),
        ("mojibake-latin1", "mojibake repaired: "),
        ("mojibake-mixed", "mojibake repaired: "),
    ])
    func article(_ name: String, _ repair: String) throws {
        let source = try #require(Self.result.articles.first { $0.id == "vi-bad-source" })
        let article = try #require(Self.result.articles.first { $0.id == "vi-bad-\(name)" })
        #expect(article.text.unicodeScalars.elementsEqual(source.text.unicodeScalars))
        #expect(article.title.map { Array($0.unicodeScalars) } == source.title.map { Array($0.unicodeScalars) })
        #expect(article.language == .vietnamese)
        #expect(article.repairs.first?.hasPrefix(repair) == true, "\(article.repairs)")
    }

    @Test("the undecodable file is the only problem: file, byte offset and line")
    func unknownEncoding() {
        let path = (CorpusFixtures.encodings as NSString).appendingPathComponent("unknown-gb2312.txt")
        #expect(Self.result.problems.count == 1)
        let problem = Self.result.problems.first
        #expect(problem?.source == path)
        #expect(problem?.line == 4)
        #expect(problem?.message.hasPrefix("invalid UTF-8 at byte offset 28 (bytes C4 CF D7 DC); not UTF-8, and no legacy Vietnamese encoding") == true)
    }

    @Test("--from forces an encoding for every file")
    func forced() throws {
        var options = CorpusReader.Options()
        options.sourceEncoding = .tcvn3
        let path = (CorpusFixtures.encodings as NSString).appendingPathComponent("tcvn3.txt")
        let result = CorpusReader(options: options).read(paths: [path])
        let article = try #require(result.articles.first)
        #expect(article.repairs.first?.hasPrefix("read as TCVN3 (ABC) (--from tcvn3)") == true, "\(article.repairs)")
        #expect(article.text.contains("Thủ tướng Phạm Minh Chính"))
    }
}
