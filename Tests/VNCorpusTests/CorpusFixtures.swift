import Foundation
@testable import VNCorpus

/// Paths to the fixtures, found from this file's place in the checkout.
enum CorpusFixtures {
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let badInput = checkout.appendingPathComponent("Fixtures/bad-input")
    static let problems = badInput.appendingPathComponent("corpus").path
    static let encodings = badInput.appendingPathComponent("encodings").path
    static let crashers = checkout.appendingPathComponent("Fixtures/fuzz-seeds/crashers").path

    /// A reader with the fixtures' small size limit (the oversized article is 3254 bytes).
    static func reader(maxBytes: Int = 2500) -> CorpusReader {
        var options = CorpusReader.Options()
        options.maxArticleBytes = maxBytes
        return CorpusReader(options: options)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
