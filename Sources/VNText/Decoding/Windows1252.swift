/// Windows-1252 (the Western code page) both ways, as tables: what a browser or an old Windows
/// tool shows for a byte, and the byte behind a character it showed.
///
/// The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) read as the C1 control
/// of the same value, as Latin-1 does, so every byte has a character and every character of
/// Latin-1 has its byte back: text mangled through either code page can be re-encoded.
///
/// ```swift
/// Windows1252.scalar(for: 0x92)   // 0x2019 ’
/// Windows1252.byte(for: 0x2019)   // 0x92
/// Windows1252.byte(for: 0x1EC7)   // nil: ệ is not in the code page
/// ```
public enum Windows1252 {
    /// The characters of bytes 0x80-0x9F (0 where Windows-1252 has none).
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character a byte shows as.
    @inline(__always)
    public static func scalar(for byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0 {
            let s = high[Int(byte - 0x80)]
            return s == 0 ? UInt32(byte) : s
        }
        return UInt32(byte)
    }

    /// The byte behind a character, or nil when the code page has no byte for it. C1 controls
    /// U+0080-U+009F map to their own value (text read as Latin-1).
    @inline(__always)
    public static func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        switch scalar {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
