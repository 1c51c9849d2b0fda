import Foundation
import GRDB
import VNAlignment

/// A vnalign archive: an SQLite database (through GRDB, in WAL mode) of articles' evidence, the
/// corpus statistics the rarities come from, and the pairing decisions with their explanations.
/// `add` pairs a batch of new articles against the archive in one transaction; readers
/// (`pairs`, `report`, `show`, `stats`) run while an `add` writes.
///
/// ```swift
/// let archive = try Archive(path: "desk.sqlite", access: .write)
/// let report = try archive.add(ArchiveBatch(loaded))
/// for pair in try Archive(path: "desk.sqlite", access: .read).pairs() { print(pair.score.en, pair.score.vi) }
/// ```
public final class Archive {
    /// What the archive is opened for.
    public enum Access: Sendable {
        /// Created when missing; migrated from an earlier schema.
        case write
        /// Must exist; nothing is written.
        case read
    }

    public let path: String
    let database: DatabaseQueue

    /// Opens the archive at `path`. A file that is not an SQLite database, an SQLite database of
    /// another program, an archive of a newer vnalign and a damaged archive are refused (see
    /// `ArchiveError`) and left as they are. `busyTimeout` is how long a writer waits for another
    /// writer (another `add`) to finish.
    public init(path: String, access: Access, busyTimeout: TimeInterval = 60) throws(ArchiveError) {
        self.path = path
        let exists = try Self.checkFile(path, access: access)
        // An existing file is first looked at read-only: opening it for writing in WAL mode would
        // change the header of another program's database.
        if exists, access == .write {
            var look = Configuration()
            look.readonly = true
            look.busyMode = .timeout(busyTimeout)
            do {
                let queue = try DatabaseQueue(path: path, configuration: look)
                try Self.checkSchema(queue, path: path, for: .look)
                try queue.close()
            } catch {
                throw Self.failure(error, path: path, doing: "open")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "vnalign archive"
        configuration.readonly = access == .read
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            if access == .write {
                // WAL, so that readers run while an add writes: set once, when the archive is
                // made (an archive is always in WAL mode, so opening one writes nothing). Each
                // commit is synced, so that a batch reported added stays added.
                try database.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                            throw ArchiveError(.storage, path: path, "cannot be put in WAL mode (is the folder on a network file system?)")
                        }
                    }
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
        } catch {
            throw Self.failure(error, path: path, doing: "open")
        }
        do {
            try Self.checkSchema(database, path: path, for: access == .write ? .write : .read)
        } catch {
            throw Self.failure(error, path: path, doing: "open")
        }
    }

    /// The file's first bytes: an SQLite database's header, or nothing (a new archive). Whether
    /// the file exists with bytes in it.
    static func checkFile(_ path: String, access: Access) throws(ArchiveError) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if access == .read { throw ArchiveError(.missing, path: path, "no such archive (vnalign archive add \(path) PATH... creates one)") }
            return false
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ArchiveError(.notADatabase, path: path, "not a regular file, so not an archive")
        }
        guard status.st_size > 0 else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError(.storage, path: path, "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw ArchiveError(.notADatabase, path: path, "not an SQLite database (it does not begin with the SQLite header), so not a vnalign archive; it was left as it was")
        }
        return true
    }

    /// What a schema check is for: a first look before opening for writing (an empty database
    /// or an older schema will do), reading (the current schema only), or writing (migrated).
    enum Purpose { case look, read, write }

    /// The schema: ours (application id), not newer than this vnalign's, migrated when older and
    /// opened for writing.
    static func checkSchema(_ database: DatabaseQueue, path: String, for purpose: Purpose) throws {
        let (applicationID, tables, superseded, applied) = try database.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0,
             try ArchiveSchema.migrator.hasBeenSuperseded(db),
             try ArchiveSchema.migrator.appliedIdentifiers(db))
        }
        if applicationID != ArchiveSchema.applicationID {
            guard tables == 0 else {
                throw ArchiveError(.notAnArchive, path: path, "an SQLite database, but not a vnalign archive (its application id is \(applicationID)); it was left as it was")
            }
            guard purpose != .read else {
                throw ArchiveError(.missing, path: path, "an empty database, not yet an archive (vnalign archive add \(path) PATH... makes it one)")
            }
        }
        if superseded {
            let known = ArchiveSchema.migrator.migrations
            let unknown = applied.subtracting(known).sorted()
            throw ArchiveError(.newerSchema, path: path, "written by a newer vnalign (schema \(unknown.joined(separator: ", "))); this vnalign knows schema \(known.last ?? "none")); it was left as it was: use the newer vnalign")
        }
        guard applied.count < ArchiveSchema.migrator.migrations.count else { return }
        switch purpose {
        case .look: return
        case .write: try ArchiveSchema.migrator.migrate(database)
        case .read:
            throw ArchiveError(.olderSchema, path: path, "written by an earlier vnalign (schema \(applied.sorted().last ?? "none")); vnalign archive check \(path) upgrades it")
        }
    }

    /// An SQLite failure in the archive's words.
    static func failure(_ error: any Error, path: String, doing: String) -> ArchiveError {
        if let error = error as? ArchiveError { return error }
        if let error = error as? EvidenceCoding.Damaged {
            return ArchiveError(.damaged, path: path, "\(error); nothing was written. Restore it from a copy")
        }
        guard let sqlite = error as? DatabaseError else {
            return ArchiveError(.storage, path: path, "cannot \(doing) the archive: \(error)")
        }
        let detail = sqlite.message ?? "\(sqlite.resultCode)"
        switch sqlite.resultCode {
        case .SQLITE_NOTADB:
            return ArchiveError(.notADatabase, path: path, "not an SQLite database (\(detail)), so not a vnalign archive; it was left as it was")
        case .SQLITE_CORRUPT:
            return ArchiveError(.damaged, path: path, "the archive is damaged (\(detail)); nothing was written. Restore it from a copy; vnalign archive check \(path) lists the damage")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return ArchiveError(.busy, path: path, "another vnalign archive add is writing to it and did not finish in time (\(detail)); nothing was written. Try again when it is done (or give --wait more seconds)")
        case .SQLITE_CANTOPEN:
            return ArchiveError(.storage, path: path, "cannot be opened (\(detail)): check the folder exists and can be written")
        case .SQLITE_READONLY:
            return ArchiveError(.storage, path: path, "cannot be written (\(detail))")
        case .SQLITE_FULL:
            return ArchiveError(.storage, path: path, "the disk is full (\(detail)); nothing was written")
        default:
            return ArchiveError(.storage, path: path, "cannot \(doing) the archive: \(detail)")
        }
    }

    /// Runs `body` in a read, with SQLite failures in the archive's words.
    func reading<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw Self.failure(error, path: path, doing: "read")
        }
    }

    /// `PRAGMA integrity_check`: the problems SQLite finds, none for a sound archive.
    ///
    /// ```swift
    /// try archive.integrityProblems()   // []
    /// ```
    public func integrityProblems() throws(ArchiveError) -> [String] {
        let lines = try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return lines == ["ok"] ? [] : lines
    }
}
