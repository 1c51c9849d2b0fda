/// The normaliser for text that arrives in blocks (a file read piece by piece): each block is
/// normalised as `Normalizer.normalizeReporting` would normalise it inside the whole text, and the
/// report adds up over the blocks (offsets of confusable words count from the start of the
/// normalised text). Memory is that of one block, whatever the size of the text.
///
/// Every block must be valid UTF-8 and, but for the last, end with ASCII white space
/// (`TextBlocks.safeEnd(of:)`): the normaliser works word by word, so a block boundary there
/// changes nothing.
///
/// ```swift
/// var stream = NormalizingStream(style: .old)
/// var out: [UInt8] = []
/// for block in ["Hoà bình, ", "thuỷ lợi"] {
///     Array(block.utf8).withUnsafeBufferPointer { stream.normalize($0) { out.append(contentsOf: $0) } }
/// }
/// String(decoding: out, as: UTF8.self)   // "Hòa bình, thủy lợi"
/// stream.report.toneMarksMoved           // 2
/// ```
public struct NormalizingStream {
    var engine: NormalizationEngine
    /// Bytes of normalised text written so far.
    public private(set) var outputCount = 0

    /// A stream writing tone marks in `style`; `reporting: false` skips the search for confusable
    /// words (the counts are kept either way).
    public init(style: ToneStyle = .old, reporting: Bool = true) {
        engine = NormalizationEngine(style: style, reporting: reporting)
    }

    /// Normalises the next block and passes the normalised bytes to `write` (the block itself
    /// when nothing in it changes).
    public mutating func normalize(_ block: UnsafeBufferPointer<UInt8>, write: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if engine.run(bytes: block, offsetBase: outputCount) {
            outputCount += engine.output.count
            try engine.output.withUnsafeBufferPointer { try write($0) }
        } else {
            outputCount += block.count
            try write(block)
        }
    }

    /// What was changed and found so far.
    public var report: NormalizationReport { engine.report }
}
