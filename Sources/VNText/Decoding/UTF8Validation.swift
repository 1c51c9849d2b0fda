/// Strict UTF-8 validation that says where the first bad byte is.
///
/// ```swift
/// let bytes: [UInt8] = [0x56, 0x69, 0xC3, 0x28]
/// UTF8Validation.firstInvalidOffset(in: bytes)   // 2
/// ```
public enum UTF8Validation {
    /// The byte offset of the first byte that does not start or continue a valid UTF-8 sequence,
    /// or nil when all of `bytes` is valid UTF-8 (no overlong forms, no surrogates, nothing past
    /// U+10FFFF, no truncated sequence at the end).
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            guard let (need, lower, upper) = sequence(lead: b0), i + need < n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lower && b1 <= upper else { return i }
            for k in stride(from: 2, through: need, by: 1) {
                let b = bytes[i + k]
                guard b >= 0x80 && b <= 0xBF else { return i }
            }
            i += need + 1
        }
        return nil
    }

    /// What a non-ASCII lead byte starts: how many continuation bytes follow and the range the
    /// first of them must lie in (ruling out overlong forms, surrogates and what lies past
    /// U+10FFFF), or nil for a byte that starts no sequence. Later continuation bytes lie in
    /// 0x80...0xBF.
    @inline(__always)
    static func sequence(lead b: UInt8) -> (need: Int, lower: UInt8, upper: UInt8)? {
        switch b {
        case 0xC2...0xDF: (1, 0x80, 0xBF)
        case 0xE0: (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (2, 0x80, 0xBF)
        case 0xED: (2, 0x80, 0x9F)
        case 0xF0: (3, 0x90, 0xBF)
        case 0xF1...0xF3: (3, 0x80, 0xBF)
        case 0xF4: (3, 0x80, 0x8F)
        default: nil
        }
    }

    /// The byte offset of the first invalid byte in an array, or nil when it is valid UTF-8.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }
}
