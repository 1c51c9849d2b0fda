#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says about a path: its kind, size and identity (`stat`/`lstat`).
///
/// ```swift
/// let status = try FileStatus(of: RawPath("news"), followingLinks: true)
/// status.kind == .folder
/// ```
public struct FileStatus: Sendable, Equatable {
    /// The kinds of file a path can name.
    public enum Kind: String, Sendable {
        case regularFile = "regular file"
        case folder
        case symbolicLink = "symbolic link"
        case characterDevice = "character device"
        case blockDevice = "block device"
        case pipe = "named pipe"
        case socket
        case unknown = "special file"
    }

    public let kind: Kind
    /// Bytes of a regular file.
    public let size: Int
    /// The device and inode: two paths with the same are one file (a hard or symbolic link).
    public let device: UInt64
    public let inode: UInt64
    /// The permission bits.
    public let permissions: UInt32

    /// `stat` (`followingLinks`) or `lstat` of `path`; throws the `errno` of the failure.
    public init(of path: RawPath, followingLinks: Bool) throws(SystemError) {
        var info = stat()
        let status = path.withCString { followingLinks ? stat($0, &info) : lstat($0, &info) }
        guard status == 0 else { throw SystemError.last }
        self.init(info)
    }

    /// `fstat` of an open file.
    public init(descriptor: Int32) throws(SystemError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemError.last }
        self.init(info)
    }

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .symbolicLink
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFIFO: kind = .pipe
        case S_IFSOCK: kind = .socket
        default: kind = .unknown
        }
        size = Int(info.st_size)
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        permissions = UInt32(info.st_mode & 0o7777)
    }

    /// Whether `other` is the same file (same device and inode).
    public func isSameFile(as other: FileStatus) -> Bool {
        device == other.device && inode == other.inode
    }
}

extension RawPath {
    /// The absolute path with every link resolved (`realpath`), or nil when some part of it does not exist.
    public var resolved: RawPath? {
        withCString { pointer -> RawPath? in
            guard let real = realpath(pointer, nil) else { return nil }
            defer { free(real) }
            return RawPath(bytes: Array(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real))))
        }
    }

    /// Where a symbolic link points (`readlink`), or nil when this is not a link.
    public var linkDestination: RawPath? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = withCString { pointer in
            buffer.withUnsafeMutableBufferPointer { b in
                b.withMemoryRebound(to: CChar.self) { readlink(pointer, $0.baseAddress!, $0.count) }
            }
        }
        guard count >= 0 else { return nil }
        return RawPath(bytes: Array(buffer[..<count]))
    }

    /// The names in a folder (without `.` and `..`), sorted by their bytes; throws the `errno`
    /// of a folder that cannot be opened or read.
    public func folderEntries() throws(SystemError) -> [[UInt8]] {
        guard let folder = withCString({ opendir($0) }) else { throw SystemError.last }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw SystemError.last }
                break
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { start in
                    Array(UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
