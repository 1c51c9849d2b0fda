import Testing
import VNAlignment
import VNCorpus
import VNFeatures
@testable import VNNames

/// One cluster per person on the name fixtures: every spelling of a person together, and people
/// who share only a family name or a given name apart.
@Suite("Name clusters on the fixtures")
struct NameClusteringTests {
    /// The computed cluster of each expected person's full forms (by spelling).
    static func clusterIDs(of expected: NameFixtures.Expected.Cluster) -> Set<String> {
        Set(expected.variants.compactMap { text in
            NameFixtures.report.clusters.first { $0.variants.contains { !$0.short && $0.text == text } }?.id
        })
    }

    @Test("No false merge and no false split")
    func mergesAndSplits() {
        let expected = NameFixtures.expected.clusters
        var owner: [String: Int] = [:]
        for (i, c) in expected.enumerated() { for v in c.variants { owner[v] = i } }
        var falseMerges = 0, falseSplits = 0, missing: [String] = []
        for cluster in NameFixtures.report.clusters {
            let people = Set(cluster.variants.filter { !$0.short }.compactMap { owner[$0.text] })
            falseMerges += max(0, people.count - 1)
        }
        for c in expected {
            let ids = Self.clusterIDs(of: c)
            falseSplits += max(0, ids.count - 1)
            for v in c.variants where !NameFixtures.report.clusters.contains(where: { $0.variants.contains { $0.text == v } }) { missing.append(v) }
        }
        print("names clusters: \(expected.count) people expected, \(NameFixtures.report.clusters.count) found; false merges \(falseMerges), false splits \(falseSplits), spellings not found \(missing.count)")
        #expect(falseMerges == 0)
        #expect(falseSplits == 0)
        #expect(missing.isEmpty, "not extracted: \(missing)")
    }

    @Test("Each person is named by its expected canonical form", arguments: NameFixtures.expected.clusters.map(\.canonical))
    func canonical(_ canonical: String) {
        let person = NameFixtures.expected.clusters.first { $0.canonical == canonical }!
        let ids = Self.clusterIDs(of: person)
        #expect(ids.count == 1)
        #expect(ids.first.flatMap(NameFixtures.report.cluster(id:))?.canonical == canonical)
    }

    @Test("Two spellings are one person exactly when the fixtures say so", arguments: [
        ("Nguyễn Văn Thắng", "Nguyễn Minh Vũ"),     // two Nguyễns in one pair
        ("Nguyễn Văn Thắng", "Nguyễn Chí Dũng"),
        ("Nguyễn Văn Hùng", "Nguyễn Văn Hưởng"),    // one letter apart on the key: another name
        ("Tô Lâm", "Trần Văn Lâm"),                 // Lâm the given name of both
        ("Tô Lâm", "Lâm Thị Phương Thanh"),         // Lâm the given name vs Lâm the family name
        ("Trần Văn Lâm", "Lâm Thị Phương Thanh"),
        ("Lưu Hải Tinh", "Liu Haitao"),             // one person: an error in print, kept together
    ])
    func apart(_ a: String, _ b: String) {
        let ca = NameFixtures.report.clusters.first { $0.variants.contains { $0.text == a } }
        let cb = NameFixtures.report.clusters.first { $0.variants.contains { $0.text == b } }
        #expect(ca != nil && cb != nil)
        let samePerson = NameFixtures.expected.clusters.contains { $0.variants.contains(a) && $0.variants.contains(b) }
        #expect((ca?.id == cb?.id) == samePerson)
    }

    @Test("False merges by family name and by given name, over every pair of fixture people")
    func sharedNameParts() {
        let people = NameFixtures.expected.clusters
        var familyPairs = 0, givenPairs = 0, familyMerges = 0, givenMerges = 0
        for (i, a) in people.enumerated() {
            for b in people[(i + 1)...] {
                let wa = NameSpelling.wordKeys(a.canonical), wb = NameSpelling.wordKeys(b.canonical)
                let sameFamily = wa.first == wb.first, sameGiven = wa.last == wb.last || wa.contains(wb.last!) || wb.contains(wa.last!)
                guard sameFamily || sameGiven else { continue }
                let merged = !NameClusteringTests.clusterIDs(of: a).isDisjoint(with: NameClusteringTests.clusterIDs(of: b))
                if sameFamily { familyPairs += 1; if merged { familyMerges += 1 } }
                if sameGiven { givenPairs += 1; if merged { givenMerges += 1 } }
            }
        }
        print("names shared parts: \(familyPairs) pairs share a family name (\(familyMerges) merged), \(givenPairs) share a given name (\(givenMerges) merged)")
        #expect(familyPairs >= 5 && givenPairs >= 3)
        #expect(familyMerges == 0)
        #expect(givenMerges == 0)
    }

    @Test("Second mentions are listed with their person, not merged across articles")
    func secondMentions() {
        let toLam = NameFixtures.report.clusters.first { $0.canonical == "Tô Lâm" }!
        #expect(toLam.variants.contains { $0.short && $0.text == "Lâm" })
        let tranVanLam = NameFixtures.report.clusters.first { $0.canonical == "Trần Văn Lâm" }!
        #expect(!tranVanLam.articles.contains("en-5a0e1001"))
    }
}

/// The bundled corpus (`Fixtures/corpus`, 134 articles): no two Vietnamese names in one cluster.
@Suite("Name clusters on the bundled corpus")
struct BundledCorpusNameTests {
    static let report: NameReport = {
        let corpus = CorpusReader().read(paths: [NameFixtures.root.appendingPathComponent("corpus").path])
        let features = corpus.articles.map(FeatureExtractor.extract)
        return NameConsistency.check(features, pairs: Aligner().align(features).pairs.map { (en: $0.score.en, vi: $0.score.vi) }, lookalikes: LookalikeScanner.scan(features))
    }()

    @Test("A cluster holds at most one marked (Vietnamese) name: never two Nguyễns, never two Lâms")
    func oneVietnameseNamePerCluster() {
        var merged: [String] = []
        for cluster in Self.report.clusters {
            let keys = Set(cluster.variants.filter { !$0.short && NameSpelling.hasMarks($0.text) }.map { NameSpelling.compactKey($0.text) })
            if keys.count > 1 { merged.append(cluster.variants.map(\.text).joined(separator: " / ")) }
        }
        let s = Self.report.summary
        print("names bundled corpus: \(s.people) people, \(s.variants) spellings, \(s.flags) flag(s) \(s.flagsByKind); clusters with two Vietnamese names: \(merged.count)")
        #expect(merged.isEmpty, "\(merged)")
    }

    @Test("Spellings of one person across languages meet", arguments: [
        ("Tô Lâm", "To Lam"), ("Tập Cận Bình", "Xi Jinping"), ("Kishida Fumio", "Fumio Kishida"), ("Hun Manet", "Thipadei Hun Manet"),
    ])
    func meet(_ a: String, _ b: String) {
        let ca = Self.report.clusters.first { $0.variants.contains { $0.text == a } }
        #expect(ca != nil)
        #expect(ca?.variants.contains { $0.text == b } == true)
    }
}
