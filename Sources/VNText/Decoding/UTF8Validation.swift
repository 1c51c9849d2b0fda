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
            var need = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
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

    /// The byte offset of the first invalid byte in an array, or nil when it is valid UTF-8.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }
}
