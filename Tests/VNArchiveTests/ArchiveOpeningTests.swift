import Foundation
import GRDB
import Testing
@testable import VNArchive

@Suite("Opening an archive")
struct ArchiveOpeningTests {
    @Test("A new archive is an SQLite database in WAL mode with vnalign's application id and the current schema version")
    func created() throws {
        let folder = ScratchFolder()
        let path = folder.path("new.sqlite")
        _ = try Archive(path: path, access: .write)
        let db = try DatabaseQueue(path: path)
        let (id, version, mode) = try db.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(id == ArchiveSchema.applicationID)
        #expect(version == ArchiveSchema.version)
        #expect(mode == "wal")
    }

    @Test("Reading an archive that does not exist fails clearly and creates nothing")
    func missing() {
        let folder = ScratchFolder()
        let path = folder.path("none.sqlite")
        #expect { try Archive(path: path, access: .read) } throws: { ($0 as? ArchiveError)?.kind == .missing }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("A file that is not an SQLite database is refused, for reading and writing, and left byte for byte")
    func notADatabase() throws {
        let folder = ScratchFolder()
        let path = folder.path("notes.sqlite")
        let bytes = Data("id\tlang\nen-1\ten\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        for access in [Archive.Access.write, .read] {
            #expect { try Archive(path: path, access: access) } throws: { error in
                let e = error as? ArchiveError
                return e?.kind == .notADatabase && e!.description.contains(path) && e!.description.contains("not an SQLite database")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("Another program's SQLite database is refused and left as it was")
    func notAnArchive() throws {
        let folder = ScratchFolder()
        let path = folder.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Lan')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect { try Archive(path: path, access: .write) } throws: { ($0 as? ArchiveError)?.kind == .notAnArchive }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") } == ["contacts"])
    }

    @Test("An archive written by a newer vnalign (a migration this one does not know) is refused for reading and writing, unchanged")
    func newerSchema() throws {
        let folder = ScratchFolder()
        let path = folder.path("newer.sqlite")
        let archive = try Archive(path: path, access: .write)
        _ = try archive.add(ArchiveFixtures.batch(jsonLines: #"{"id":"en-1","lang":"en","date":"2025-03-01","text":"Prime Minister Phạm Minh Chính met the Lao Prime Minister in Hà Nội on March 1, 2025."}"#))
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [Archive.Access.write, .read] {
            #expect { try Archive(path: path, access: access) } throws: { error in
                let e = error as? ArchiveError
                return e?.kind == .newerSchema && e!.message.contains("v9-future") && e!.message.contains("newer vnalign")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("An archive at each earlier schema version is migrated to the current one when opened for writing, its articles kept")
    func migrations() throws {
        let folder = ScratchFolder()
        for (n, identifier) in ArchiveSchema.migrator.migrations.enumerated() {
            let path = folder.path("at-\(identifier).sqlite")
            let db = try DatabaseQueue(path: path)
            try ArchiveSchema.migrator.migrate(db, upTo: identifier)
            #expect(try db.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == n + 1)
            try db.close()
            let archive = try Archive(path: path, access: .write)
            let report = try archive.add(ArchiveFixtures.batch(jsonLines: #"{"id":"vi-1","lang":"vi","date":"2025-03-01","text":"Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào tại Hà Nội ngày 1/3/2025."}"#))
            #expect(report.newArticles == 1)
            #expect(try archive.stats().schemaVersion == ArchiveSchema.version)
            #expect(try archive.database.read { try ArchiveSchema.migrator.appliedIdentifiers($0) } == Set(ArchiveSchema.migrator.migrations))
        }
    }

    @Test("A damaged archive gets a clear error from add and check, and add writes nothing")
    func damaged() throws {
        let folder = ScratchFolder()
        let path = folder.path("damaged.sqlite")
        let archive = try Archive(path: path, access: .write)
        _ = try archive.add(ArchiveFixtures.batch(paths: Array(ArchiveFixtures.files.prefix(60))))
        // Into the main file: the WAL is checkpointed and removed when the connection closes.
        _ = try archive.database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try archive.database.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        // Garbage over the pages after the first two (the header and the schema stay readable).
        for i in stride(from: 2 * pageSize + 100, to: bytes.count, by: 3) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        // The damage is found when the archive is opened (its schema cannot be read) or, at the
        // latest, by the check that comes before any write of an add.
        do {
            let opened = try Archive(path: path, access: .write)
            #expect(try !opened.integrityProblems().isEmpty)
            let more = try ArchiveFixtures.batch(paths: Array(ArchiveFixtures.files.suffix(5)))
            #expect { try opened.add(more) } throws: { error in
                let e = error as? ArchiveError
                return e?.kind == .damaged && e!.description.contains(path) && e!.message.contains("damaged")
            }
            try opened.database.close()
        } catch let error as ArchiveError {
            #expect(error.kind == .damaged)
            #expect(error.description.contains(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
}
