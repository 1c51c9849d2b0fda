import Testing
import VNFeatures
import VNText

/// Role families are a column of `roles.tsv`: one definition of which roles one title can stand for.
@Suite("Role families")
struct RoleFamilyTests {
    static let roles = Gazetteer.shared.entries.filter { $0.category == .role }

    @Test("every role has a family, and every family is named by one of its roles")
    func everyRole() {
        #expect(Self.roles.count > 50)
        let ids = Set(Self.roles.map(\.id))
        for role in Self.roles {
            let family = try? #require(role.family)
            #expect(family.map(ids.contains) == true, "\(role.id): family \(role.family ?? "none") is no role id")
            // A family's name is its own family.
            #expect(family.map(Gazetteer.shared.roleFamily) == family)
        }
    }

    @Test("English titles that stand for several roles gather them in one family", arguments: [
        ("state-president", "president"), ("chinese-president", "president"), ("chairman", "president"),
        ("secretary-general", "general-secretary"), ("chancellor", "prime-minister"), ("secretary-of-state", "foreign-minister"),
        ("minister", "minister"), ("unknown-role", "unknown-role"),
    ])
    func families(role: String, family: String) {
        #expect(Gazetteer.shared.roleFamily(role) == family)
    }

    @Test("a role row without its family column is refused with its line")
    func missingColumn() {
        let empty = TSVTable(text: "", source: "empty.tsv")
        let roles = TSVTable(text: "# header\nminister\t2\tMinister\tBộ trưởng\n", source: "roles.tsv")
        #expect {
            _ = try Gazetteer(organizations: empty, places: empty, roles: roles)
        } throws: { "\($0)".contains("expected 5 columns") && "\($0)".contains("2") }
    }
}
