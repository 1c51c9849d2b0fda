/// What kind of numbered body or event a ``BodyFeature`` is. Encodes (JSON, keys, messages) as
/// its raw value, the strings the output always used.
///
/// ```swift
/// BodyKind.partyCongress.rawValue            // "party-congress"
/// "\(BodyKind.assemblySession)"               // "assembly-session"
/// BodyKind(rawValue: "plenum") == .plenum      // true
/// ```
public enum BodyKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case partyCongress = "party-congress"
    case centralCommittee = "central-committee"
    case plenum
    case nationalAssembly = "national-assembly"
    case assemblySession = "assembly-session"
    case summit
    case games

    /// The raw value: `party-congress`, `central-committee`, ...
    public var description: String { rawValue }

    /// Ordered as their raw values, as the strings were.
    public static func < (a: BodyKind, b: BodyKind) -> Bool { a.rawValue < b.rawValue }
}
