import Foundation
import GRDB
import Testing
import VNAlignment
import VNCorpus
@testable import VNArchive

@Suite("Adding batches")
struct ArchiveAddingTests {
    static let visit = #"{"id":"en-visit","lang":"en","date":"2025-03-04","title":"Prime Minister Phạm Minh Chính receives Lao counterpart Sonexay Siphandone","text":"HÀ NỘI — Prime Minister Phạm Minh Chính received Lao Prime Minister Sonexay Siphandone in Hà Nội on March 4, 2025. The two leaders agreed to raise two-way trade to 5 billion USD."}"#
    static let visitVI = #"{"id":"vi-visit","lang":"vi","date":"2025-03-04","title":"Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone","text":"HÀ NỘI — Ngày 4/3/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Thủ tướng Lào Sonexay Siphandone. Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại hai chiều lên 5 tỷ USD."}"#

    /// Every row of the decision and unpaired tables, with the batch that made it.
    static func decisions(_ archive: Archive) throws -> [String] {
        try archive.database.read { db in
            try String.fetchAll(db, sql: """
                SELECT e.id || '|' || v.id || '|' || d.verdict || '|' || d.probability || '|' || d.batch FROM decision d
                JOIN article e ON e.number = d.en JOIN article v ON v.number = d.vi
                UNION ALL SELECT a.id || '|unpaired|' || coalesce(u.best, '') || '|' || u.reason || '|' || u.batch FROM unpaired u JOIN article a ON a.number = u.article
                ORDER BY 1
                """)
        }
    }

    @Test("A batch stores each article's evidence, not its text, and its pairs with their explanation and the scoring model's version")
    func stores() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        let report = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visit + "\n" + Self.visitVI))
        #expect(report.batch == 1)
        #expect(report.newArticles == 2)
        #expect(report.newPairs.map { "\($0.en)|\($0.vi)" } == ["en-visit|vi-visit"])
        #expect(report.model == ModelVersion(.bundled).id)
        let shown = try archive.article(id: "en-visit")
        #expect(shown.text == nil)
        #expect(shown.evidence.keys.keys.contains { $0.hasPrefix("p:") })
        #expect(shown.decisions.first?.score.shared.isEmpty == false)
        #expect(shown.decisions.first?.model == ModelVersion(.bundled).id)
        #expect(try archive.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article WHERE text IS NOT NULL") } == 0)
    }

    @Test("Re-adding an article with the same id and content is a no-op: nothing is written")
    func sameContent() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visit + "\n" + Self.visitVI))
        let before = try Self.decisions(archive)
        let report = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visitVI + "\n" + Self.visit, source: "again.jsonl"))
        #expect(!report.changed)
        #expect(report.unchangedArticles == 2)
        #expect(try archive.stats().batches == 1)
        #expect(try Self.decisions(archive) == before)
    }

    @Test("Re-adding an id with other content replaces its evidence and re-pairs what it touches, and says so")
    func otherContent() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visit + "\n" + Self.visitVI))
        // The Vietnamese id now holds a report of another event.
        let other = #"{"id":"vi-visit","lang":"vi","date":"2025-03-04","title":"Bão số 3 đổ bộ Quảng Ninh","text":"QUẢNG NINH — Bão số 3 đổ bộ vào tỉnh Quảng Ninh chiều 4/3/2025 làm 12 người chết và 40 người bị thương."}"#
        let report = try archive.add(ArchiveFixtures.batch(jsonLines: other))
        #expect(report.replacedArticles == ["vi-visit"])
        #expect(report.replacedPairs.map { "\($0.en)|\($0.vi)" } == ["en-visit|vi-visit"])
        #expect(report.replacedPairs.first?.why.contains("vi-visit was replaced by new content") == true)
        #expect(try archive.pairs().isEmpty)
        #expect(try archive.article(id: "vi-visit").title == "Bão số 3 đổ bộ Quảng Ninh")
        #expect(try archive.article(id: "en-visit").unpaired != nil)
    }

    @Test("The statistics in the archive are those of its articles, after additions and replacements")
    func statistics() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        let files = ArchiveFixtures.files
        _ = try archive.add(ArchiveFixtures.batch(paths: Array(files.prefix(150))))
        _ = try archive.add(ArchiveFixtures.batch(paths: Array(files[100..<250])))
        let replacement = #"{"id":"\#(ArchiveFixtures.evidence[0].id)","lang":"vi","date":"2025-03-04","text":"Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội ngày 4/3/2025."}"#
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: replacement))
        let stored = try archive.database.read { db in
            try Row.fetchAll(db, sql: "SELECT number, id, lang, published, evidence FROM article").map { row -> ArticleEvidence in
                let blob: Data = row["evidence"]
                return try EvidenceCoding.decode([UInt8](blob), id: row["id"], language: Language(rawValue: row["lang"] as String)!,
                                                 publication: (row["published"] as Int?).map(CalendarDate.init(dayNumber:)))
            }
        }
        let expected = CorpusStatistics(stored)
        let counted = try archive.database.read { db in
            var s = CorpusStatistics()
            for row in try Row.fetchAll(db, sql: "SELECT key, english, vietnamese FROM feature") {
                s.frequencies[row["key"]] = CorpusStatistics.Frequency(english: row["english"], vietnamese: row["vietnamese"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT lang, articles FROM language") {
                if (row["lang"] as String) == "en" { s.englishArticles = row["articles"] } else { s.vietnameseArticles = row["articles"] }
            }
            return s
        }
        #expect(stored.count == 250)
        #expect(counted == expected)
    }

    @Test("Decisions of articles outside the window of a batch never change, not even the batch that made them")
    func outsideWindow() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visit + "\n" + Self.visitVI))
        let before = try Self.decisions(archive)
        // A month later, the same leaders again: many shared keys, but outside the window.
        let later = Self.visit.replacingOccurrences(of: "en-visit", with: "en-later").replacingOccurrences(of: "2025-03-04", with: "2025-04-20")
            .replacingOccurrences(of: "March 4", with: "April 20")
        let report = try archive.add(ArchiveFixtures.batch(jsonLines: later))
        #expect(report.decidedArticles == 1)
        #expect(try Self.decisions(archive).filter { !$0.hasPrefix("en-later") } == before)
    }

    @Test("The settings are fixed by the first batch: another threshold later is refused, nothing written")
    func settingsFixed() throws {
        let folder = ScratchFolder()
        let archive = try Archive(path: folder.path("a.sqlite"), access: .write)
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visit), settings: ArchiveSettings(threshold: 0.5))
        #expect { try archive.add(ArchiveFixtures.batch(jsonLines: Self.visitVI), settings: ArchiveSettings(threshold: 0.7)) } throws: { error in
            (error as? ArchiveError)?.kind == .settings && "\(error)".contains("--threshold 0.5")
        }
        #expect(try archive.stats().vietnameseArticles == 0)
        let report = try archive.add(ArchiveFixtures.batch(jsonLines: Self.visitVI), settings: ArchiveSettings(threshold: 0.5))
        #expect(report.newArticles == 1)
        #expect(try archive.stats().settings.threshold == 0.5)
    }

    @Test("A second writer waits for the first, and fails with a clear message when the wait is over; readers go on meanwhile")
    func secondWriter() throws {
        let folder = ScratchFolder()
        let path = folder.path("a.sqlite")
        _ = try Archive(path: path, access: .write).add(ArchiveFixtures.batch(jsonLines: Self.visit))
        // Another connection holds the write lock, as an add in progress does.
        var configuration = Configuration()
        configuration.journalMode = .wal
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO setting (name, value) VALUES ('held', 'yes')")
            let reader = try Archive(path: path, access: .read)
            #expect(try reader.pairs().isEmpty)
            #expect(try reader.stats().englishArticles == 1)
            let writer = try Archive(path: path, access: .write, busyTimeout: 0.3)
            let started = Date()
            #expect { try writer.add(ArchiveFixtures.batch(jsonLines: Self.visitVI)) } throws: { error in
                (error as? ArchiveError)?.kind == .busy && "\(error)".contains("another vnalign archive add is writing")
            }
            #expect(Date().timeIntervalSince(started) >= 0.25)
            try db.execute(sql: "ROLLBACK")
        }
        let report = try Archive(path: path, access: .write, busyTimeout: 0.3).add(ArchiveFixtures.batch(jsonLines: Self.visitVI))
        #expect(report.newPairs.count == 1)
    }
}
