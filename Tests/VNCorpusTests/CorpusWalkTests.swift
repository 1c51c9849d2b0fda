import Foundation
import Testing
import VNTestSupport
@testable import VNCorpus

/// Folders: link loops, broken links, unreadable files and folders, the order of inputs.
@Suite("Corpus walk")
struct CorpusWalkTests {
    /// A folder with one good article copied from the fixtures.
    static func folderWithArticle() throws -> URL {
        let folder = try CorpusFixtures.temporaryFolder()
        let source = CorpusFixtures.encodings + "/source.txt"
        try FileManager.default.copyItem(atPath: source, toPath: folder.appendingPathComponent("a.txt").path)
        return folder
    }

    @Test("a link back to a containing folder is a directory loop (an error), read once")
    func symlinkLoop() throws {
        let folder = try Self.folderWithArticle()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        let result = CorpusReader().read(paths: [folder.path])
        #expect(result.articles.map(\.id) == ["vi-bad-source"])
        let real = folder.resolvingSymlinksInPath().path
        #expect(result.errors.map(\.description).sorted() == [
            "\(folder.path)/self: directory loop: a link back to \(real), which contains it",
            "\(folder.path)/sub/up: directory loop: a link back to \(real), which contains it",
        ])
    }

    @Test("a folder given twice is read once, with a warning")
    func repeatedFolder() throws {
        let folder = try Self.folderWithArticle()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CorpusReader().read(paths: [folder.path, folder.path])
        #expect(result.articles.count == 1)
        #expect(result.errors.isEmpty)
        #expect(result.problems.map(\.message) == ["folder already read (a link loop or a repeated path); skipped"])
    }

    @Test("a broken or self-referencing link is reported")
    func brokenLink() throws {
        let folder = try Self.folderWithArticle()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "missing.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("knot.txt").path, withDestinationPath: "knot.txt")
        let result = CorpusReader().read(paths: [folder.path])
        #expect(result.errors.map(\.description).sorted() == [
            "\(folder.path)/gone.txt: broken or looping symbolic link (to missing.txt)",
            "\(folder.path)/knot.txt: broken or looping symbolic link (to knot.txt)",
        ])
    }

    @Test("a path that does not exist is reported")
    func missingPath() {
        let result = CorpusReader().read(paths: ["/nonexistent/vnalign/corpus"])
        #expect(result.errors.map(\.description) == ["/nonexistent/vnalign/corpus: no such file or folder"])
    }

    @Test("unreadable files and folders are reported", .enabled(if: getuid() != 0, "root reads everything"))
    func unreadable() throws {
        let folder = try Self.folderWithArticle()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("locked").path)
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.appendingPathComponent("a.txt").path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locked"), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.appendingPathComponent("locked").path)
        let result = CorpusReader().read(paths: [folder.path])
        #expect(result.errors.map(\.description) == [
            "\(folder.path)/a.txt: cannot be read: permission denied",
            "\(folder.path)/locked: folder cannot be read: permission denied",
        ])
    }

    @Test("shuffled input order gives the same articles and problems")
    func inputOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusFixtures.encodings).sorted()
            .map { CorpusFixtures.encodings + "/" + $0 } + [CorpusFixtures.problems]
        var generator = SeededRandom(seed: 8)
        let shuffled = files.shuffled(using: &generator)
        #expect(shuffled != files)
        let a = CorpusFixtures.reader().read(paths: files)
        let b = CorpusFixtures.reader().read(paths: shuffled)
        #expect(a.articles.map(\.id) == b.articles.map(\.id))
        #expect(a.articles.map(\.text) == b.articles.map(\.text))
        #expect(a.articles.map(\.repairs) == b.articles.map(\.repairs))
        #expect(a.articles.map(\.source) == b.articles.map(\.source))
        #expect(a.problems == b.problems)
    }
}

