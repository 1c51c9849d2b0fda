/// Where a text read piece by piece may be cut: after ASCII white space. A block that ends there
/// splits neither a code point nor a word, so the decoding scan (`DecodingScan`) and the
/// normaliser (`NormalizingStream`), which both work word by word, give the same result on the
/// blocks as on the whole text.
///
/// ```swift
/// let bytes = Array("Hà Nội, Việt".utf8)
/// bytes.withUnsafeBufferPointer { TextBlocks.safeEnd(of: $0) }   // 12: after "Hà Nội, "
/// ```
public enum TextBlocks {
    /// The length of the longest prefix of `bytes` that ends with ASCII white space, 0 when there
    /// is none.
    public static func safeEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var k = bytes.count
        while k > 0 && !isASCIISpace(bytes[k - 1]) { k -= 1 }
        return k
    }

    /// Space, tab, line feed, carriage return, form feed, vertical tab: the separators of the
    /// normaliser's words and the mojibake repair's.
    @inline(__always)
    public static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B
    }
}
