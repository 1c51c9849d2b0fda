import Testing
@testable import VNText

/// `NormalizingStream` and the normaliser's fast path: text normalised in blocks, or with words
/// remembered from before, comes out exactly as the whole text normalised word by word.
@Suite("Normalising in blocks")
struct NormalizingStreamTests {
    /// Random Vietnamese-ish text of `words` tokens with every kind of defect (`VietText`).
    static func text(_ seed: UInt64, words: Int, junk: Bool = true) -> String {
        var rng = SeededRandom(seed)
        return VietText.build((0..<words).map { _ in rng.next() }, VietText.Options(junk: junk))
    }

    /// `text` through a stream, cut after white space at random places about every `size` bytes.
    static func streamed(_ text: String, style: ToneStyle, seed: UInt64, size: Int) -> (bytes: [UInt8], report: NormalizationReport, blocks: Int) {
        var stream = NormalizingStream(style: style)
        var out: [UInt8] = []
        var rng = SeededRandom(seed)
        var blocks = 0
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let want = min(buffer.count, start + 1 + Int(rng.next() % UInt64(size)))
                var end = want
                if want < buffer.count {
                    let cut = TextBlocks.safeEnd(of: UnsafeBufferPointer(rebasing: buffer[start..<want]))
                    if cut > 0 {
                        end = start + cut
                    } else {
                        // No white space yet: the block runs on to the end of the word.
                        while end < buffer.count && !TextBlocks.isASCIISpace(buffer[end]) { end += 1 }
                        if end < buffer.count { end += 1 }
                    }
                }
                stream.normalize(UnsafeBufferPointer(rebasing: buffer[start..<end])) { out.append(contentsOf: $0) }
                blocks += 1
                start = end
            }
        }
        return (out, stream.report, blocks)
    }

    @Test("blocks cut after white space give the whole text's output and report", arguments: ToneStyle.allCases)
    func blocksEqualWhole(_ style: ToneStyle) {
        var cut = 0
        for seed in 0..<200 as Range<UInt64> {
            // Confusable words (Cyrillic and Greek letters) are among the foreign words once in a while.
            let text = Self.text(seed, words: 60) + (seed % 7 == 0 ? " V\u{0456}\u{1EC7}t \u{03BF}k " : "")
            let (whole, report) = Normalizer(style: style).normalizeReporting(text)
            let (bytes, streamReport, blocks) = Self.streamed(text, style: style, seed: seed, size: 40)
            if blocks > 1 { cut += 1 }
            #expect(bytes == Array(whole.utf8), "seed \(seed): \(shown(text))")
            #expect(streamReport == report, "seed \(seed)")
            #expect(streamReport.summaryLines == report.summaryLines, "seed \(seed)")
        }
        #expect(cut > 150)
    }

    @Test("the confusable word's offset counts from the start of the normalised text, across blocks")
    func confusableOffset() throws {
        let text = "Hoà bình ở Hà Nội.\nThủ tướng V\u{0456}\u{1EC7}t Nam"
        let (whole, report) = Normalizer(style: .old).normalizeReporting(text)
        let (bytes, streamReport, blocks) = Self.streamed(text, style: .old, seed: 3, size: 6)
        #expect(blocks > 3)
        #expect(bytes == Array(whole.utf8))
        let finding = try #require(streamReport.confusables.first)
        #expect(finding.utf8Offset == report.confusables.first?.utf8Offset)
        #expect(Array(whole.utf8)[finding.utf8Offset...].starts(with: Array("V\u{0456}".utf8)))
    }

    @Test("a block with nothing to change is passed through as it is")
    func untouchedBlock() {
        var stream = NormalizingStream(style: .old)
        let block = Array("Việt Nam và Lào ".utf8)
        var calls: [[UInt8]] = []
        block.withUnsafeBufferPointer { buffer in stream.normalize(buffer) { calls.append(Array($0)) } }
        #expect(calls == [block])
        #expect(stream.outputCount == block.count)
        #expect(stream.report.isEmpty)
    }

    @Test("remembered words never change the result: text normalised as a whole equals its words normalised one by one",
          arguments: ToneStyle.allCases)
    func memoIsInvisible(_ style: ToneStyle) {
        let normalizer = Normalizer(style: style)
        for seed in 0..<100 as Range<UInt64> {
            // Plain separators, so that every token is a word of its own; repeated 5 times so that
            // most words are seen again after being remembered.
            var rng = SeededRandom(seed)
            let tokens = (0..<40).map { _ in VietText.word(rng.next(), VietText.Options(junk: false)) }
            let text = Array(repeating: tokens.joined(), count: 5).joined()
            let oneByOne = Array(repeating: tokens.map { normalizer.normalize($0) }.joined(), count: 5).joined()
            expectScalars(normalizer.normalize(text), oneByOne, "seed \(seed)")
        }
    }

    @Test("WordMemo keys tell apart words that share a prefix, a length or a slot")
    func memoKeys() {
        var memo = WordMemo()
        let words = ["của", "cửa", "của.", "hòa", "hoà", "thuở", "thủy", "khuỷu", "ngoài", "ngoáy", "người ta là của", "aaaaaaaaaaaaaaaaa"]
        for word in words.prefix(3) { Array(word.utf8).withUnsafeBufferPointer { memo.insert($0) } }
        for (k, word) in words.enumerated() {
            let found = Array(word.utf8).withUnsafeBufferPointer { memo.contains($0) }
            #expect(found == (k < 3), "\(word)")
        }
    }
}
