import Foundation
import Testing
import VNTestSupport
@testable import VNCorpus

/// File names as the file system stores them: bytes, opened as they are, shown escaped.
@Suite("File names")
struct FileNameTests {
    @Test("names are shown escaped: backslashes doubled, controls and format characters named, bytes that are not UTF-8 in hex",
          arguments: [
              (Array("news/a.txt".utf8), "news/a.txt"),
              (Array("Thời sự/bài 1.txt".utf8), "Thời sự/bài 1.txt"),
              (Array("we\nird".utf8) + [0xFF] + Array(".txt".utf8), "we\\nird\\xFF.txt"),
              (Array("tab\there\r".utf8), "tab\\there\\r"),
              (Array("back\\slash".utf8), "back\\\\slash"),
              (Array("evil\u{202E}txt.exe".utf8), "evil\\u{202E}txt.exe"),
              (Array("bell\u{07}".utf8), "bell\\u{7}"),
              ([0xC3], "\\xC3"),
              ([0xE1, 0xBB], "\\xE1\\xBB"),
              ([0xED, 0xA0, 0x80], "\\xED\\xA0\\x80"),
          ] as [([UInt8], String)])
    func escaping(_ bytes: [UInt8], _ shown: String) {
        #expect(RawPath(bytes: bytes).description == shown)
    }

    @Test("two different names never show the same (5,000 random names of hostile bytes)")
    func injective() {
        var generator = SeededRandom(seed: 17)
        let alphabet: [UInt8] = [0x5C, 0x78, 0x6E, 0x0A, 0x46, 0xFF, 0xC3, 0xA9, 0x75, 0x7B, 0x7D, 0x32]
        var seen: [String: [UInt8]] = [:]
        for _ in 0..<5_000 {
            let name = (0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let shown = RawPath(bytes: name).description
            if let earlier = seen[shown] { #expect(earlier == name, "\(earlier) and \(name) both show as \(shown)") }
            seen[shown] = name
        }
        #expect(seen.count > 1_000)
    }

    @Test("components, extension and stem of a raw path")
    func components() {
        let path = RawPath(bytes: Array("feeds/Tin\n".utf8) + [0xFE] + Array(".JSONL".utf8))
        #expect(path.lastComponent == Array("Tin\n".utf8) + [0xFE] + Array(".JSONL".utf8))
        #expect(path.parent == RawPath("feeds"))
        #expect(path.pathExtension == "jsonl")
        #expect(path.stem == "Tin\\n\\xFE")
        #expect(RawPath("a.txt").parent == RawPath("."))
        #expect(RawPath("/a.txt").parent == RawPath("/"))
        #expect(RawPath(".hidden").pathExtension == "")
        #expect(RawPath("dir/").appending(Array("x".utf8)) == RawPath("dir/x"))
        #expect(RawPath.standardInput.isStandardInput && !RawPath("./-").isStandardInput)
    }

    @Test("errno in words, with folders for directories")
    func systemErrors() {
        #expect(SystemError(code: ENOSPC).reason == "no space left on device")
        #expect(SystemError(code: EACCES).reason == "permission denied")
        #expect(SystemError(code: ENOENT).reason == "no such file or folder")
        #expect(SystemError(code: EISDIR).reason == "is a folder")
        #expect(SystemError(code: EIO).reason == "input/output error")
    }
}
