/// Scalars read straight from valid UTF-8 bytes, for the loops that walk text byte by byte
/// (the normaliser, language counts) without decoding it into a `String`.
///
/// ```swift
/// let bytes: [UInt8] = Array("Hà".utf8)
/// bytes.withUnsafeBufferPointer { buffer in
///     var i = 0
///     UTF8Scalars.decode(buffer, &i)   // 0x48 ("H"), i == 1
///     UTF8Scalars.decode(buffer, &i)   // 0xE0 ("à"), i == 3
/// }
/// ```
public enum UTF8Scalars {
    /// Decodes the scalar at `i` of valid UTF-8 and moves `i` past it.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { i += 1; return b0 }
        if b0 < 0xE0 {
            defer { i += 2 }
            return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        }
        if b0 < 0xF0 {
            defer { i += 3 }
            return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        defer { i += 4 }
        return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
    }
}
