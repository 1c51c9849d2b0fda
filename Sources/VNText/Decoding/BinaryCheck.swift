/// Refuses binary data: NUL bytes, or control bytes making up more than 1% of the input (at least
/// 8). Tabs, line breaks, form feeds, the DOS end-of-file mark and the six control positions VISCII
/// uses for letters do not count.
///
/// ```swift
/// try BinaryCheck.check(Array("Hà Nội".utf8))            // fine
/// try BinaryCheck.check([0x50, 0x4B, 0x03, 0x04, 0x00])  // throws "binary data ..."
/// ```
public enum BinaryCheck {
    /// Throws a `TextDecodingError` naming the first offending byte when `bytes` look binary;
    /// `offsetBase` is added to offsets in the message (bytes dropped before, such as a BOM).
    public static func check(_ bytes: [UInt8], offsetBase: Int = 0) throws {
        var controls = 0
        var first = -1
        var nul = -1
        for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x7F {
            if b == 0 && nul < 0 { nul = i }
            if isTextControl(b) { continue }
            controls += 1
            if first < 0 { first = i }
        }
        if nul >= 0 {
            throw error(bytes, at: nul, offsetBase: offsetBase, message: "binary data (a NUL byte at byte offset \(nul + offsetBase))")
        }
        if controls >= 8 && controls * 100 > bytes.count {
            throw error(bytes, at: first, offsetBase: offsetBase,
                        message: "binary data (\(controls) control bytes, the first at byte offset \(first + offsetBase))")
        }
    }

    @inline(__always)
    static func isTextControl(_ b: UInt8) -> Bool {
        switch b {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x02, 0x05, 0x06, 0x14, 0x19, 0x1E: return true
        default: return false
        }
    }

    static func error(_ bytes: [UInt8], at offset: Int, offsetBase: Int, message: String) -> TextDecodingError {
        let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return TextDecodingError(message: message, line: line, offset: offset + offsetBase)
    }
}
