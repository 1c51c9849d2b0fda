/// The encodings an article file can be read from: UTF-8 and the legacy Vietnamese encodings
/// still found in archives. `auto` detects one.
///
/// ```swift
/// SourceEncoding(rawValue: "vni")        // .vni
/// SourceEncoding.tcvn3.displayName       // "TCVN3 (ABC)"
/// let decoded = try TextDecoding.decode(bytes, from: .cp1258)
/// ```
public enum SourceEncoding: String, CaseIterable, Sendable, Codable {
    /// Detect: UTF-8 when the bytes are valid UTF-8 (then repair mojibake, VIQR and legacy text
    /// shown as Windows-1252), else the legacy encoding whose reading yields the most valid
    /// Vietnamese syllables.
    case auto
    /// UTF-8 (a byte-order mark is dropped).
    case utf8
    /// Windows-1258 (converted by ICU, then composed to NFC).
    case cp1258
    /// VNI-Windows: a letter followed by a mark byte.
    case vni
    /// TCVN3 / ABC (TCVN 5712:1993 VN3), single bytes.
    case tcvn3
    /// VIQR (RFC 1456): ASCII with mnemonics, `Vie^.t Nam`.
    case viqr
    /// VISCII 1.1 (RFC 1456), single bytes.
    case viscii
    /// Windows-1252, the Western European code page (English text saved by old Windows tools);
    /// detected for text whose letters are ASCII (`WesternTextDetector`), or forced.
    case cp1252

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .auto: "automatic detection"
        case .utf8: "UTF-8"
        case .cp1258: "Windows-1258"
        case .vni: "VNI-Windows"
        case .tcvn3: "TCVN3 (ABC)"
        case .viqr: "VIQR"
        case .viscii: "VISCII"
        case .cp1252: "Windows-1252"
        }
    }

    /// The single-byte encodings tried, in order of preference, when bytes are not UTF-8.
    public static let byteCandidates: [SourceEncoding] = [.cp1258, .vni, .tcvn3, .viscii]
}
