import Foundation
import PropertyBased
import Testing
@testable import VNText

/// `DecodingScan`: the one byte scan that lets valid UTF-8 skip the careful decoding. Its promise
/// is checked against the careful decoding itself: whenever the scan says the careful steps are
/// not needed, they must leave the bytes exactly as they are.
@Suite("Decoding scan")
struct DecodingScanTests {
    /// The careful decoding alone (the path `TextDecoding.decode` takes when the scan asks for it).
    static func careful(_ bytes: [UInt8], from encoding: SourceEncoding) -> DecodedText? {
        guard let read = try? TextDecoding.decodeBytes(bytes, from: encoding) else { return nil }
        guard read.encoding == .utf8 else { return read }
        let repaired = TextDecoding.repair(read.text, from: encoding)
        return DecodedText(text: repaired.text, repairs: read.repairs + repaired.repairs, encoding: repaired.encoding)
    }

    /// Expects the scan's promise on `bytes` (without a byte-order mark).
    static func expectPromise(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scan = DecodingScan.of(bytes)
        for encoding in [SourceEncoding.auto, .utf8] where !scan.needsCarefulDecoding(from: encoding) {
            let result = careful(bytes, from: encoding)
            #expect(result != nil, "\(label): the scan passed bytes the careful decoding refuses (\(encoding))", sourceLocation: sourceLocation)
            guard let result else { continue }
            #expect(result.repairs.isEmpty, "\(label) (\(encoding)): the scan passed a text the careful decoding repairs: \(result.repairs)",
                    sourceLocation: sourceLocation)
            #expect(Array(result.text.utf8) == bytes, "\(label) (\(encoding)): the careful decoding changed the text", sourceLocation: sourceLocation)
        }
    }

    static func fixtureFiles() throws -> [URL] {
        let root = BadInput.root.deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["bad-input/encodings", "bad-input/corpus", "fuzz-seeds", "corpus/dev/en", "corpus/dev/vi", "corpus/test/en", "corpus/test/vi", "samples"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                let file = url.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue { files.append(file) }
            }
        }
        return files
    }

    @Test("on every fixture file, a text the scan passes is one the careful decoding leaves alone")
    func fixturesKeepThePromise() throws {
        let files = try Self.fixtureFiles()
        #expect(files.count > 150)
        for file in files {
            var bytes = [UInt8](try Data(contentsOf: file))
            if bytes.starts(with: TextDecoding.byteOrderMark) { bytes.removeFirst(3) }
            Self.expectPromise(bytes, file.lastPathComponent)
        }
    }

    @Test("every damaged encoding fixture is sent to the careful decoding", arguments: [
        "cp1258.txt", "vni.txt", "tcvn3.txt", "viscii.txt", "viqr.txt", "vni-shown-as-cp1252.txt", "tcvn3-shown-as-cp1252.txt",
        "mojibake.txt", "mojibake-twice.txt", "mojibake-latin1.txt", "mojibake-mixed.txt", "unknown-gb2312.txt",
    ])
    func damagedFixtures(_ name: String) throws {
        let scan = DecodingScan.of(try BadInput.bytes("encodings/" + name))
        #expect(scan.needsCarefulDecoding(from: .auto), "\(name): \(scan.findings(from: .auto))")
        #expect(!scan.findings(from: .auto).isEmpty)
    }

    @Test("the clean source fixture and the corpus articles pass without the careful decoding")
    func cleanFixtures() throws {
        #expect(!DecodingScan.of(try BadInput.bytes("encodings/source.txt")).needsCarefulDecoding(from: .auto))
        let vietnamese = try Self.fixtureFiles().filter { $0.path.contains("/corpus/") && $0.path.contains("/vi/") }
        #expect(vietnamese.count > 50)
        let passed = try vietnamese.filter { !DecodingScan.of([UInt8](try Data(contentsOf: $0))).needsCarefulDecoding(from: .auto) }
        #expect(passed.count == vietnamese.count, "sent to the careful decoding: \(Set(vietnamese).subtracting(passed).map(\.lastPathComponent))")
    }

    @Test("what the scan flags, and what it lets through", arguments: [
        ("Viá»‡t Nam", true, "evident mojibake"),
        ("donâ€™t stop", true, "evident mojibake, English"),
        ("PHÚ QUỐC VÃ THỞ", false, "a capital with a tone before a space is weak mojibake evidence only"),
        ("Hà\u{A0}Nội là\u{A0}thủ đô của Việt Nam", false, "à before a no-break space"),
        ("Vie^.t Nam, Ha` No^.i, DDu+o+`ng", true, "VIQR marks"),
        (String(repeating: "Vie^.t Nam la` mo^.t nu+o+'c, ", count: 6) + "ca\u{E9}phe\u{E9} ", true, "VIQR with two letters outside ASCII"),
        ("Ngaøy 20/3, Thuû töôùng", true, "VNI shown as Windows-1252"),
        ("Hà Nội — “thủ đô” của nước Cộng hòa Xã hội chủ nghĩa Việt Nam", false, "Vietnamese with typographic punctuation"),
        ("Hà Nội — Việt Nam’s “capital”", true, "English with a few Vietnamese words: may be legacy text"),
        ("caf\u{E9} \u{201C}historic\u{201D} day", true, "more Windows-1252 letters than others: may be legacy text"),
        ("a\u{1}b\u{1}c\u{3}d\u{4}e\u{7}f\u{8}g\u{7}h\u{8}", true, "control bytes"),
        ("Việt Nam\u{1}\u{2}\u{3}", false, "a few control bytes (tabs, STX, and two more are not binary)"),
        ("Việt Nam \u{0}", true, "a NUL byte"),
    ])
    func flags(_ text: String, _ flagged: Bool, _ why: String) {
        let scan = DecodingScan.of(Array(text.utf8))
        #expect(scan.needsCarefulDecoding(from: .auto) == flagged, "\(why): \(scan.findings(from: .auto))")
        Self.expectPromise(Array(text.utf8), why)
    }

    @Test("bytes that are not UTF-8 are found, at the offset UTF8Validation finds")
    func invalid() {
        let bytes = Array("dòng một\nVi".utf8) + [0xEA, 0xF2, 0x74]
        let scan = DecodingScan.of(bytes)
        #expect(scan.firstInvalidOffset == 14)
        #expect(scan.firstInvalidOffset == UTF8Validation.firstInvalidOffset(in: bytes))
        #expect(scan.needsCarefulDecoding(from: .utf8))
    }

    @Test("a forced legacy encoding always takes the careful decoding")
    func forced() {
        let scan = DecodingScan.of(Array("Việt Nam".utf8))
        #expect(!scan.needsCarefulDecoding(from: .auto))
        for encoding in [SourceEncoding.vni, .tcvn3, .cp1258, .viscii, .viqr, .cp1252] { #expect(scan.needsCarefulDecoding(from: encoding)) }
    }

    /// Text with everything the careful steps look for, at random: Vietnamese words, mojibake
    /// words (evident and weak), VIQR marks, Windows-1252 symbols, C1 and other control characters,
    /// no-break spaces, and bytes that are not UTF-8.
    static let pieces: [[UInt8]] = [
        "Việt", "Nam", "là", "người", "của", "hoà", "thuỷ", "Hà\u{A0}", "PHÚ", "VÃ", "Viá»‡t", "donâ€™t", "Ã—", "â€”",
        "Vie^.t", "Ha`", "DDu+o+`ng", "e(", "dd", "add", "café", "“quoted”", "Minister’s", "Ðà", "\u{85}", "\u{9D}",
        "\u{1}", "\t", "œuvre", "€5", "™", "ƒ", "naïve", "Ngaøy", "Thuû", "ViÖt", "(", "^", "~", "+",
    ].map { Array($0.utf8) } + [[0xE9], [0x92], [0xC3], [0xE1, 0xBA]]
    static let gaps: [[UInt8]] = [[0x20], [0x20], [0x20], [0x0A], [0x0D, 0x0A], [0x09], [], [0x0B], [0x0C]]

    static func randomText(_ seed: UInt64, words: Int) -> [UInt8] {
        var rng = SeededRandom(seed)
        var bytes: [UInt8] = []
        for _ in 0..<words {
            bytes += pieces[Int(rng.next() % UInt64(pieces.count))]
            bytes += gaps[Int(rng.next() % UInt64(gaps.count))]
        }
        return bytes
    }

    @Test("on 3,000 random texts mixing every kind of damage, the scan keeps its promise")
    func randomTextsKeepThePromise() {
        var passed = 0
        for seed in 0..<3000 as Range<UInt64> {
            let bytes = Self.randomText(seed, words: 1 + Int(seed % 12))
            if !DecodingScan.of(bytes).needsCarefulDecoding(from: .auto) { passed += 1 }
            Self.expectPromise(bytes, "seed \(seed): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        // The texts are not all flagged: the promise was tested on many passed ones.
        #expect(passed > 300)
    }

    @Test("scanning in blocks cut after white space gives the scan of the whole text")
    func blocks() {
        for seed in 0..<300 as Range<UInt64> {
            let bytes = Self.randomText(seed, words: 40)
            let whole = DecodingScan.of(bytes)
            var rng = SeededRandom(seed)
            var pieces = DecodingScan()
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let want = min(buffer.count, start + 1 + Int(rng.next() % 24))
                    let cut = want == buffer.count ? want - start : TextBlocks.safeEnd(of: UnsafeBufferPointer(rebasing: buffer[start..<want]))
                    let end = cut == 0 ? buffer.count : start + cut
                    pieces.add(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    start = end
                }
            }
            #expect(pieces.byteCount == whole.byteCount)
            #expect(pieces.firstInvalidOffset == whole.firstInvalidOffset)
            if whole.firstInvalidOffset == nil {
                #expect(pieces.mojibakeWords == whole.mojibakeWords && pieces.viqrMarks == whole.viqrMarks
                        && pieces.inWindows1252 == whole.inWindows1252 && pieces.outsideWindows1252 == whole.outsideWindows1252
                        && pieces.nonASCIILetters == whole.nonASCIILetters && pieces.controls.controls == whole.controls.controls,
                        "seed \(seed)")
            }
            #expect(pieces.needsCarefulDecoding(from: .auto) == whole.needsCarefulDecoding(from: .auto), "seed \(seed)")
        }
    }

    @Test("the VIQR mark count on bytes is the one VIQRDecoder counts on text")
    func viqrMarks() {
        for seed in 0..<500 as Range<UInt64> {
            let bytes = Self.randomText(seed, words: 30)
            guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { continue }
            #expect(DecodingScan.of(bytes).viqrMarks == VIQRDecoder.unambiguousMarks(in: String(decoding: bytes, as: UTF8.self)), "seed \(seed)")
        }
    }
}

/// SplitMix64: a small seeded generator, so that every run tests the same texts.
struct SeededRandom {
    var state: UInt64
    init(_ seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
