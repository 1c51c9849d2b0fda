import Foundation
import Testing
import VNAlignment
@testable import VNArchive
import VNCorpus
import VNPipeline

@Suite("Stored evidence")
struct EvidenceCodingTests {
    @Test("Evidence read back from its bytes is the evidence written, field by field")
    func roundTrip() throws {
        for e in ArchiveFixtures.evidence {
            let back = try EvidenceCoding.decode(EvidenceCoding.encode(e), id: e.id, language: e.language, publication: e.publication)
            #expect(ArchiveFixtures.fields(back) == ArchiveFixtures.fields(e), "\(e.id)")
        }
    }

    @Test("One evidence always gives the same bytes")
    func deterministic() {
        for e in ArchiveFixtures.evidence.prefix(40) {
            let copy = ArticleEvidence(id: e.id, language: e.language, publication: e.publication, keys: e.keys, roleHolders: e.roleHolders,
                                       personNames: e.personNames, personKeys: e.personKeys, bodyNumbers: e.bodyNumbers, eventDay: e.eventDay,
                                       years: e.years, roleRanks: e.roleRanks, principal: e.principal, principalKeys: e.principalKeys,
                                       counterpart: e.counterpart, counterpartKeys: e.counterpartKeys, prominence: e.prominence,
                                       leadPlaces: e.leadPlaces, placeNames: e.placeNames, eventDays: e.eventDays, quantities: e.quantities,
                                       stages: e.stages, tense: e.tense, emphasis: e.emphasis)
            #expect(EvidenceCoding.encode(copy) == EvidenceCoding.encode(e))
        }
    }

    @Test("The fixtures aligned from stored evidence give the alignment of the evidence just extracted")
    func alignsAlike() throws {
        let evidence = ArchiveFixtures.evidence
        let back = try evidence.map { try EvidenceCoding.decode(EvidenceCoding.encode($0), id: $0.id, language: $0.language, publication: $0.publication) }
        let a = Aligner().align(evidence: evidence), b = Aligner().align(evidence: back)
        #expect(a.pairs == b.pairs)
        #expect(a.related == b.related)
        #expect(a.unpaired == b.unpaired)
        #expect(!a.pairs.isEmpty)
    }

    @Test("Bytes cut short, or with a wrong version, are refused as damaged, never read as other evidence")
    func damaged() throws {
        let e = try #require(ArchiveFixtures.evidence.first { $0.keys.count > 5 })
        let bytes = EvidenceCoding.encode(e)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 25)) {
            #expect(throws: EvidenceCoding.Damaged.self) {
                try EvidenceCoding.decode(Array(bytes.prefix(cut)), id: e.id, language: e.language, publication: e.publication)
            }
        }
        var wrong = bytes
        wrong[0] = 99
        #expect(throws: EvidenceCoding.Damaged.self) { try EvidenceCoding.decode(wrong, id: e.id, language: e.language, publication: e.publication) }
        #expect(throws: EvidenceCoding.Damaged.self) { try EvidenceCoding.decode(bytes + [0], id: e.id, language: e.language, publication: e.publication) }
    }
}

@Suite("Stored explanations")
struct ExplanationCodingTests {
    @Test("Every explanation of the fixtures' alignment reads back as the score written, in fewer bytes than its JSON")
    func roundTrip() throws {
        let result = Aligner().align(evidence: ArchiveFixtures.evidence)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var stored = 0, json = 0
        for pair in result.pairs + result.related {
            let text = try ExplanationCoding.encode(pair.score)
            #expect(try ExplanationCoding.decode(text) == pair.score)
            #expect(ExplanationCoding.json(text) == String(decoding: try encoder.encode(pair.score), as: UTF8.self))
            stored += text.utf8.count
            json += try encoder.encode(pair.score).count
        }
        #expect(stored * 10 < json * 7)
        #expect(ExplanationCoding.pieces.count <= 31)
    }

    @Test("Text with every control character escaped by JSON, and quotes and pieces inside strings, reads back exactly")
    func hostileStrings() throws {
        let json = #"{"conflicts":[{"penalty":1,"reason":"\u0001 \",\"reason\":\"","type":"date"}],"en":"\u0001\u001f\",\"kind\":\"person\",\"type\":\"person\",\"weight\":{\"display\":\"\t\n","eventScore":0,"evidence":1,"probability":0.5,"score":0,"shared":[{"display":"},{\"display\":\"","kind":"person","type":"x\u0002","weight":1}],"vi":"vi-1"}"#
        let score = try JSONDecoder().decode(PairScore.self, from: Data(json.utf8))
        #expect(score.en.unicodeScalars.first == "\u{01}")
        #expect(try ExplanationCoding.decode(ExplanationCoding.encode(score)) == score)
    }
}
