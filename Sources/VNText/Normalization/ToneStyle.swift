/// Where the tone mark goes in the open syllables `oa`, `oe`, `uy`; every other syllable is
/// written the same in both styles.
///
/// ```swift
/// Normalizer(style: .old).normalize("hoà thuỷ")   // "hòa thủy"
/// Normalizer(style: .new).normalize("hòa thủy")   // "hoà thuỷ"
/// ```
public enum ToneStyle: String, CaseIterable, Sendable {
    /// The traditional placement most news sites use: `hòa`, `thủy`, `khỏe`.
    case old
    /// The placement of the 1980s reform: `hoà`, `thuỷ`, `khoẻ`.
    case new
}
