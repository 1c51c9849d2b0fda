import VNFeatures

/// What the roles stated with two names say about whether they are one person.
///
/// Roles are compared by family, since one English title can stand for several role ids
/// (`President` is `state-president`, `president`, `chinese-president` or `chairman`). Generic
/// roles (rank 5: `official`, `delegate`, `comrade`) say nothing.
///
/// ```swift
/// RoleEvidence.shares(["general-secretary"], ["secretary-general"])     // true: one family
/// RoleEvidence.conflicts(["prime-minister"], ["foreign-minister"])      // true
/// RoleEvidence.conflicts(["prime-minister"], ["official"])              // false: generic
/// ```
public enum RoleEvidence {
    /// Role ids that the same written title can stand for, gathered under one family name.
    static let families: [String: String] = [
        "state-president": "president", "president": "president", "chinese-president": "president", "chairman": "president",
        "general-secretary": "general-secretary", "secretary-general": "general-secretary",
        "prime-minister": "prime-minister", "chancellor": "prime-minister",
        "foreign-minister": "foreign-minister", "secretary-of-state": "foreign-minister",
        "vice-president": "vice-president", "vice-chairman": "vice-president",
        "deputy-pm": "deputy-pm", "permanent-deputy-pm": "deputy-pm",
        "deputy-minister": "deputy-minister", "permanent-deputy-minister": "deputy-minister",
    ]

    static func rank(_ id: String) -> Int { Gazetteer.shared.entry(id: id)?.rank ?? 5 }

    /// The families of the roles ranked at most `maxRank`.
    static func families(_ roles: some Sequence<String>, maxRank: Int) -> Set<String> {
        Set(roles.filter { rank($0) <= maxRank }.map { families[$0] ?? $0 })
    }

    /// Whether the two sets share a specific role (rank 1-4).
    public static func shares(_ a: some Sequence<String>, _ b: some Sequence<String>) -> Bool {
        !families(a, maxRank: 4).isDisjoint(with: families(b, maxRank: 4))
    }

    /// Whether both sets state senior roles (rank 1-3) and none of them agree: evidence of two people.
    public static func conflicts(_ a: some Sequence<String>, _ b: some Sequence<String>) -> Bool {
        let x = families(a, maxRank: 3), y = families(b, maxRank: 3)
        return !x.isEmpty && !y.isEmpty && x.isDisjoint(with: y)
    }
}
