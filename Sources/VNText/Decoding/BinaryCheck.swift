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
        var tally = Tally()
        bytes.withUnsafeBufferPointer { buffer in
            for (i, b) in buffer.enumerated() where b < 0x20 || b == 0x7F { tally.add(b, at: i) }
        }
        if tally.firstNUL >= 0 {
            let nul = tally.firstNUL
            throw error(bytes, at: nul, offsetBase: offsetBase, message: "binary data (a NUL byte at byte offset \(nul + offsetBase))")
        }
        if tally.isBinary(byteCount: bytes.count) {
            throw error(bytes, at: tally.firstControl, offsetBase: offsetBase,
                        message: "binary data (\(tally.controls) control bytes, the first at byte offset \(tally.firstControl + offsetBase))")
        }
    }

    /// The control bytes seen so far, for `check` and for scans that read a file block by block
    /// (`DecodingScan`): feed it every byte below 0x20 and 0x7F with its offset.
    ///
    /// ```swift
    /// var tally = BinaryCheck.Tally()
    /// tally.add(0x00, at: 12)
    /// tally.isBinary(byteCount: 100)   // true: a NUL byte
    /// ```
    public struct Tally: Sendable {
        /// Control bytes that text does not use.
        public private(set) var controls = 0
        /// The offset of the first of them, -1 when there is none.
        public private(set) var firstControl = -1
        /// The offset of the first NUL byte, -1 when there is none.
        public private(set) var firstNUL = -1

        public init() {}

        /// Counts a byte below 0x20 or 0x7F at `offset`.
        @inline(__always)
        public mutating func add(_ b: UInt8, at offset: Int) {
            if b == 0 && firstNUL < 0 { firstNUL = offset }
            if isTextControl(b) { return }
            controls += 1
            if firstControl < 0 { firstControl = offset }
        }

        /// Whether `byteCount` bytes with these controls are binary data: a NUL byte, or control
        /// bytes making up more than 1% of them (at least 8).
        public func isBinary(byteCount: Int) -> Bool {
            firstNUL >= 0 || (controls >= 8 && controls * 100 > byteCount)
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
