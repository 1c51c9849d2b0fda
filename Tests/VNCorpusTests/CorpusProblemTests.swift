import Foundation
import Testing
@testable import VNCorpus
import VNText

/// Every corpus problem in `Fixtures/bad-input/corpus/` is reported with its file (and line), and
/// nothing is dropped silently.
@Suite("Corpus problems")
struct CorpusProblemTests {
    static let result = CorpusFixtures.reader().read(paths: [CorpusFixtures.problems])

    static func path(_ name: String) -> String { (CorpusFixtures.problems as NSString).appendingPathComponent(name) }

    @Test("each bad file gives its message", arguments: [
        ("binary.txt", nil, "binary file (contains NUL bytes)"),
        ("control-bytes.txt", 7, "binary data (15 control bytes, the first at byte offset 295)"),
        ("empty.txt", nil, "article empty is empty (0 words)"),
        ("duplicate-a.txt", nil, "duplicate id \"vi-bad-duplicate\" (also in \(CorpusProblemTests.path("duplicate-b.txt")))"),
        ("unknown-language-tag.txt", nil, "article fr-bad-tag: unknown language tag \"fr\" (expected en or vi)"),
        ("undetectable-language.txt", nil, "article xx-bad-undetectable: language unknown (neither English nor Vietnamese could be detected; tag it with lang)"),
        ("oversized.txt", nil, "article of 3254 bytes is over the limit of 2500 (--max-bytes)"),
        ("unclosed-front-matter.txt", 1, "front matter is not closed by a `---` line"),
        ("impossible-date.txt", 5, "article en-bad-date: date \"2025-02-30\" does not exist (February 2025 has 28 days)"),
    ] as [(String, Int?, String)])
    func fileProblems(_ file: String, _ line: Int?, _ message: String) {
        let expected = CorpusProblem(source: Self.path(file), line: line, message: message)
        #expect(Self.result.problems.contains(expected), "\(expected) not in:\n\(Self.result.problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("malformed JSON Lines are reported with file and line number", arguments: [
        (2, "not valid JSON"),
        (3, "not a JSON object"),
        (4, "missing \"id\""),
        (5, "missing \"text\" (article en-bad-jsonl-no-text)"),
        (11, "article en-bad-jsonl-date: date \"2024-13-01\" does not exist (there is no month 13)"),
    ])
    func jsonLines(_ line: Int, _ message: String) {
        let expected = CorpusProblem(source: Self.path("feed.jsonl"), line: line, message: message)
        #expect(Self.result.problems.contains(expected), "\(expected) not in:\n\(Self.result.problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("a JSON line in no known encoding: the clear error with its line")
    func jsonLineUnknownEncoding() {
        let problem = Self.result.problems.first { $0.source == Self.path("feed.jsonl") && $0.line == 6 }
        #expect(problem?.message.hasPrefix("invalid UTF-8 at byte offset 34 (bytes C4 CF D7 DC)") == true, "\(problem?.description ?? "none")")
        #expect(problem?.message.hasSuffix("(offset within the line)") == true)
    }

    @Test("a JSON line in VNI and one with mojibake are read and their repairs reported")
    func jsonLineRepairs() throws {
        let vni = try #require(Self.result.articles.first { $0.id == "vi-bad-jsonl-vni" })
        #expect(vni.repairs.first?.hasPrefix("read as VNI-Windows, not UTF-8") == true, "\(vni.repairs)")
        #expect(vni.text.contains("Thủ tướng Phạm Minh Chính"))
        let mojibake = try #require(Self.result.articles.first { $0.id == "vi-bad-jsonl-mojibake" })
        #expect(mojibake.repairs.first?.hasPrefix("mojibake repaired: ") == true, "\(mojibake.repairs)")
        #expect(mojibake.text.contains("Thủ tướng Phạm Minh Chính"))
    }

    @Test("a file that is not an article is a warning, not silence")
    func notAnArticle() {
        let expected = CorpusProblem(source: Self.path("data.csv"), message: "not an article file (.txt or .jsonl); skipped", severity: .warning)
        #expect(Self.result.problems.contains(expected))
    }

    @Test("short articles are kept, each with a note naming file and line", arguments: [
        ("near-empty.txt", nil, "article vi-bad-near-empty is short (4 words); kept"),
        ("feed.jsonl", 10, "article vi-bad-jsonl-short is short (2 words); kept"),
    ] as [(String, Int?, String)])
    func shortArticles(_ file: String, _ line: Int?, _ message: String) {
        let expected = CorpusProblem(source: Self.path(file), line: line, message: message, severity: .note)
        #expect(Self.result.problems.contains(expected), "\(expected) not in:\n\(Self.result.problems.map(\.description).joined(separator: "\n"))")
        #expect(expected.description.hasSuffix(": note: \(message)"))
    }

    @Test("with a word limit (--min-words), articles under it are refused, saying how many words they have")
    func wordLimit() {
        var options = CorpusReader.Options()
        options.maxArticleBytes = 2500
        options.minWords = 5
        let result = CorpusReader(options: options).read(paths: [CorpusFixtures.problems])
        let expected = CorpusProblem(source: Self.path("near-empty.txt"), message: "article vi-bad-near-empty has 4 words, fewer than 5 (--min-words)")
        #expect(result.errors.contains(expected), "\(result.errors.map(\.description).joined(separator: "\n"))")
        #expect(!result.articles.contains { $0.id == "vi-bad-near-empty" })
    }

    @Test("the good articles are kept: one of the duplicates, the good JSON lines and the short ones")
    func goodArticles() {
        #expect(Self.result.articles.map(\.id) == ["en-bad-jsonl-good", "vi-bad-duplicate", "vi-bad-jsonl-mojibake", "vi-bad-jsonl-short",
                                                   "vi-bad-jsonl-vni", "vi-bad-near-empty"])
        #expect(Self.result.articles.first { $0.id == "vi-bad-duplicate" }?.source == Self.path("duplicate-a.txt"))
    }

    @Test("every problem is accounted for")
    func complete() {
        #expect(Self.result.errors.count == 15, "\(Self.result.errors.map(\.description).joined(separator: "\n"))")
        #expect(Self.result.problems.filter { $0.severity == .warning }.count == 1)
        #expect(Self.result.problems.filter { $0.severity == .note }.count == 2)
    }
}
