import Foundation
import Testing
import VNCorpus
@testable import VNFeatures

/// The two articles the project started from (Fixtures/corpus/dev/seeds) must give at least the
/// evidence the issue names.
@Suite("The seed examples")
struct SeedExampleTests {
    static let seeds = FixtureCorpus.read("corpus/dev/seeds")

    static func features(_ id: String) -> ArticleFeatures {
        FeatureExtractor.extract(seeds.articles.first { $0.id == id }!)
    }

    @Test("Both seeds are read, with their languages detected")
    func languages() {
        #expect(Self.seeds.articles.map(\.id) == ["000_72651f1abaa3eaa7", "003_70e34aad1cbf4902"])
        #expect(Self.seeds.articles.map(\.language) == [.english, .vietnamese])
    }

    @Test("English seed: Tô Lâm, Thongsalith Mangnomek and Lê Hoài Trung; not the byline")
    func englishPeople() {
        let names = Set(Self.features("000_72651f1abaa3eaa7").people.map(\.name))
        #expect(names.isSuperset(of: ["Tô Lâm", "Thongsalith Mangnomek", "Lê Hoài Trung"]))
        #expect(!names.contains { $0.contains("Đinh Minh Hằng") })
    }

    @Test("English seed: second mentions resolve to the full names")
    func secondMentions() {
        let people = Self.features("000_72651f1abaa3eaa7").people
        let lam = people.first { $0.name == "Tô Lâm" }!
        #expect(lam.mentions.contains { $0.text == "Lâm" })
        let visitor = people.first { $0.name == "Thongsalith Mangnomek" }!
        #expect(visitor.mentions.contains { $0.text == "Mangnomek" })
        #expect(lam.role == "general-secretary")
    }

    @Test("English seed: the LPRP's 11th and 12th congresses")
    func englishBodies() {
        let bodies = Set(Self.features("000_72651f1abaa3eaa7").bodies.map(\.identity))
        #expect(bodies.isSuperset(of: ["party-congress:lprp:11", "party-congress:lprp:12"]))
    }

    @Test("Vietnamese seed: Nguyễn Phú Trọng, Thongsalith Mangnomek, Thongloun Sisoulith, Lê Minh Hưng")
    func vietnamesePeople() {
        let names = Set(Self.features("003_70e34aad1cbf4902").people.map(\.name))
        #expect(names.isSuperset(of: ["Nguyễn Phú Trọng", "Thongsalith Mangnomek", "Thongloun Sisoulith", "Lê Minh Hưng"]))
    }

    @Test("Vietnamese seed: congress 11 of the LPRP and 13 of the CPV")
    func vietnameseBodies() {
        let bodies = Set(Self.features("003_70e34aad1cbf4902").bodies.map(\.identity))
        #expect(bodies.isSuperset(of: ["party-congress:lprp:11", "party-congress:cpv:13"]))
    }

    @Test("Vietnamese seed: the years 2022 and 2021-2025")
    func vietnameseYears() {
        let dates = Set(Self.features("003_70e34aad1cbf4902").dates.map(\.value))
        #expect(dates.isSuperset(of: ["2022", "2021/2025"]))
    }

    @Test("The page debris of the English seed is kept out of the text")
    func debris() {
        let article = Self.seeds.articles.first { $0.id == "000_72651f1abaa3eaa7" }!
        #expect(!article.text.contains("2 minutes ago"))
        #expect(!article.text.contains("![]()"))
        #expect(article.text.contains("HÀ NỘI"))
    }
}

/// Reads parts of the bundled Fixtures/ corpus.
enum FixtureCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func read(_ relative: String) -> CorpusReader.Result {
        CorpusReader().read(paths: [root.appendingPathComponent(relative).path])
    }
}
