import VNFeatures

/// What the roles stated with two names say about whether they are one person.
///
/// Roles are compared by family (`roles.tsv`'s family column, `Gazetteer.roleFamily`), since one
/// English title can stand for several role ids (`President` is `state-president`, `president`,
/// `chinese-president` or `chairman`). Generic
/// roles (rank 5: `official`, `delegate`, `comrade`) say nothing.
///
/// ```swift
/// RoleEvidence.shares(["general-secretary"], ["secretary-general"])     // true: one family
/// RoleEvidence.conflicts(["prime-minister"], ["foreign-minister"])      // true
/// RoleEvidence.conflicts(["prime-minister"], ["official"])              // false: generic
/// ```
public enum RoleEvidence {
    static func rank(_ id: String) -> Int { Gazetteer.shared.entry(id: id)?.rank ?? 5 }

    /// The families of the roles ranked at most `maxRank`.
    static func families(_ roles: some Sequence<String>, maxRank: Int) -> Set<String> {
        Set(roles.filter { rank($0) <= maxRank }.map(Gazetteer.shared.roleFamily))
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
