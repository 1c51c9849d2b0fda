/// Why an archive could not be opened, read or written, in words that name the file; the
/// archive is left as it was whenever one is thrown.
///
/// ```swift
/// do { _ = try Archive(path: "news.sqlite", access: .read) } catch { print(error) }
/// // news.sqlite: no such archive (vnalign archive add news.sqlite PATH... creates one)
/// ```
public struct ArchiveError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, for callers that act on it (`error.kind == .busy`: try again later).
    public enum Kind: String, Sendable {
        /// No file to read.
        case missing
        /// A file that is not an SQLite database.
        case notADatabase
        /// An SQLite database that is not a vnalign archive.
        case notAnArchive
        /// An archive written by a newer vnalign.
        case newerSchema
        /// An archive written by an earlier vnalign, opened for reading (`archive check` upgrades it).
        case olderSchema
        /// `PRAGMA integrity_check` or a read found damage.
        case damaged
        /// Another `add` kept the archive locked past the busy timeout.
        case busy
        /// A batch that asks for other pairing settings than the archive's.
        case settings
        /// An id that no article of the archive has.
        case unknownArticle
        /// Any other SQLite failure (a full disk, a folder that cannot be written).
        case storage
    }

    public let kind: Kind
    public let path: String
    public let message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
