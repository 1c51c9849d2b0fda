/// The six Vietnamese tones, as written with marks on the vowel.
///
/// ```swift
/// Tone.acute.combiningMark   // U+0301, as in `á`
/// ```
public enum Tone: UInt8, CaseIterable, Sendable {
    /// ngang: no mark.
    case level = 0
    /// huyền: `à`.
    case grave
    /// sắc: `á`.
    case acute
    /// hỏi: `ả`.
    case hookAbove
    /// ngã: `ã`.
    case tilde
    /// nặng: `ạ`.
    case dotBelow

    /// The combining mark that writes the tone, or nil for `level`.
    public var combiningMark: UInt32? {
        switch self {
        case .level: nil
        case .grave: 0x0300
        case .acute: 0x0301
        case .hookAbove: 0x0309
        case .tilde: 0x0303
        case .dotBelow: 0x0323
        }
    }
}
