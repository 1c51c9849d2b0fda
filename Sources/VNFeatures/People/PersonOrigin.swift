/// Where a person's name comes from, as its spelling tells: it decides which keys the name gets
/// (pinyin readings for Hán-Việt names, phonetic keys for foreign ones) and whether the person is
/// a Vietnamese official whose role can conflict. Encoded as `vietnamese`, `hanviet`, `foreign`.
///
/// ```swift
/// person.origin            // .hanviet for "Tập Cận Bình"
/// person.origin.rawValue   // "hanviet"
/// ```
public enum PersonOrigin: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A Vietnamese name (`Tô Lâm`).
    case vietnamese
    /// A Chinese name in its Hán-Việt reading (`Tập Cận Bình`), read in pinyin too.
    case hanviet
    /// Any other name, hyphenated phonetic spellings (`Pu-tin`) included.
    case foreign

    public var description: String { rawValue }
}
