import Foundation
import Testing
import VNAlignment
import VNCorpus
import VNPipeline
import VNSynthesis
@testable import VNArchive

/// Deciding batch by batch against the archive, compared with one align over the same articles.
@Suite("Incremental pairing")
struct IncrementalPairingTests {
    /// The archive's decisions as the aligner's lists.
    static func lists(_ r: Aligner.Result) -> (pairs: Set<String>, related: Set<String>, unpaired: Set<String>) {
        (ArchiveFixtures.pairs(r), Set(r.related.map { "\($0.score.en)|\($0.score.vi)" }), Set(r.unpaired.map(\.id)))
    }

    @Test("The fixtures added in three batches (each with undated articles, so each re-pairs the archive) give one align's pairs, related pairs and unpaired articles")
    func fixturesInThreeBatches() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        let files = ArchiveFixtures.files
        for b in 0..<3 {
            let report = try archive.add(ArchiveFixtures.batch(paths: files.indices.filter { $0 % 3 == b }.map { files[$0] }))
            #expect(report.window == ["everything"])
        }
        let stored = Self.lists(try archive.result())
        let one = Self.lists(Aligner().align(evidence: ArchiveFixtures.evidence))
        #expect(stored.pairs == one.pairs)
        #expect(stored.related == one.related)
        #expect(stored.unpaired == one.unpaired)
        #expect(one.pairs.count > 100)
    }

    @Test("The fixtures added in three batches by date: every pair that differs from one align's has an undated article, and --everything then gives one align's pairs")
    func fixturesByDate() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        let evidence = ArchiveFixtures.evidence
        let byID = Dictionary(uniqueKeysWithValues: evidence.map { ($0.id, $0) })
        // Undated first, then by publication day.
        let files = try ArchiveFixtures.files.map { path -> (Int, String) in
            let batch = try ArchiveFixtures.batch(paths: [path])
            return (batch.entries.first?.evidence.publication?.dayNumber ?? Int.min, path)
        }.sorted { $0 < $1 }.map(\.1)
        let third = (files.count + 2) / 3
        for b in 0..<3 { _ = try archive.add(ArchiveFixtures.batch(paths: Array(files[(b * third)..<min(files.count, (b + 1) * third)]))) }
        let stored = ArchiveFixtures.pairs(try archive.result())
        let one = ArchiveFixtures.pairs(Aligner().align(evidence: evidence))
        let differing = stored.symmetricDifference(one)
        for pair in differing {
            let ids = pair.split(separator: "|").map(String.init)
            #expect(ids.contains { byID[$0]?.publication == nil }, "\(pair) differs and both its articles are dated")
        }
        #expect(stored.intersection(one).count >= one.count - differing.count)
        let everything = try archive.add(ArchiveBatch(LoadedCorpus(articles: [], features: [], notes: []), inputs: []), everything: true)
        #expect(everything.decidedArticles == evidence.count)
        #expect(ArchiveFixtures.pairs(try archive.result()) == one)
    }

    @Test("A synthetic corpus added day by day: the days the last batch re-paired have one align's pairs, and --everything gives one align's pairs over all days")
    func syntheticDayByDay() throws {
        var lines: [(day: String, line: String)] = []
        let synthesizer = CorpusSynthesizer(options: .init(pairs: 240, seed: 5, eventsPerDay: 30))
        _ = synthesizer.generate { lines.append(($0.date.description, $0.jsonLine)) }
        let days = Dictionary(grouping: lines, by: \.day)
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        var last: BatchReport?
        // The few scattered days (hard negatives years away) first, as a backlog, then the
        // corpus's days in order: the last batch is its last day, with the final statistics.
        for day in days.keys.sorted(by: { (days[$0]!.count >= 10 ? 1 : 0, $0) < (days[$1]!.count >= 10 ? 1 : 0, $1) }) {
            let report = try archive.add(ArchiveFixtures.batch(jsonLines: days[day]!.map(\.line).joined(separator: "\n"), source: "\(day).jsonl"))
            #expect(report.newArticles == days[day]!.count)
            #expect(report.window != ["everything"])
            last = report
        }
        let all = ArchiveFixtures.batch(jsonLines: lines.map(\.line).joined(separator: "\n"))
        let one = ArchiveFixtures.pairs(Aligner().align(evidence: all.entries.map { (e: ArchiveBatch.Entry) in e.evidence }))
        let stored = ArchiveFixtures.pairs(try archive.result())
        // The last batch decided its window with the statistics of every article: there, the
        // archive's pairs are one align's. Older days keep the statistics of their batches.
        let window = try #require(last).window.map { range -> ClosedRange<Int> in
            let ends = range.components(separatedBy: "...").compactMap { CalendarDate(iso: $0)?.dayNumber }
            return ends[0]...ends[1]
        }
        let published = Dictionary(uniqueKeysWithValues: all.entries.map { ($0.id, $0.evidence.publication?.dayNumber) })
        func inWindow(_ pair: String) -> Bool {
            pair.split(separator: "|").contains { id in published[String(id)]!.map { d in window.contains { $0.contains(d) } } ?? true }
        }
        #expect(stored.filter(inWindow) == one.filter(inWindow), "only in the archive: \(stored.subtracting(one).sorted()); only in one align: \(one.subtracting(stored).sorted())")
        #expect(one.filter(inWindow).count >= 20)
        // Outside it, the pairs that differ are few.
        #expect(stored.symmetricDifference(one).count * 50 <= one.count)
        _ = try archive.add(ArchiveBatch(LoadedCorpus(articles: [], features: [], notes: []), inputs: []), everything: true)
        #expect(ArchiveFixtures.pairs(try archive.result()) == one)
        #expect(one.count >= 200)
        #expect(days.count >= 8)
    }
}
