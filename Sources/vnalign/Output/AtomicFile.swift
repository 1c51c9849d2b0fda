import Foundation
import VNCorpus

/// A file written whole or not at all: the bytes go to a temporary file of a name no other run
/// can take (same folder, `O_EXCL`), which is synced and then renamed over the target. Runs
/// writing one target at once each land their whole file (the last rename wins) or fail; none
/// removes another's. An interrupted run (SIGINT, SIGTERM, SIGHUP) removes its temporary file.
///
/// ```swift
/// try AtomicFile.write(Array("report\n".utf8), to: RawPath("out/report.txt"), permissions: nil)
/// ```
enum AtomicFile {
    /// Why a write failed, in words that name what to fix.
    struct Failure: Error {
        let reason: String
    }

    /// Writes `bytes` to `target`; the new file gets `permissions` (those of the file it
    /// replaces), or the default (0666 less the umask) when nil.
    static func write(_ bytes: [UInt8], to target: RawPath, permissions: UInt32?) throws(Failure) {
        let folder = target.parent
        let temporary = try create(in: folder, for: target)
        PendingTemporary.set(temporary.path)
        defer { PendingTemporary.clear() }
        let descriptor = temporary.descriptor
        func fail(_ error: SystemError) -> Failure {
            close(descriptor)
            _ = temporary.path.withCString { unlink($0) }
            return Failure(reason: Self.words(for: error, folder: folder))
        }
        if let permissions, fchmod(descriptor, mode_t(permissions)) != 0 { throw fail(.last) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(.last)
            }
            offset += written
        }
        // Disk full and I/O errors can show only here (delayed allocation, network file systems).
        if fsync(descriptor) != 0 && errno != EINVAL { throw fail(.last) }
        if close(descriptor) != 0 {
            let error = SystemError.last
            _ = temporary.path.withCString { unlink($0) }
            throw Failure(reason: Self.words(for: error, folder: folder))
        }
        let renamed = temporary.path.withCString { from in target.withCString { to in rename(from, to) } }
        if renamed != 0 {
            let error = SystemError.last
            _ = temporary.path.withCString { unlink($0) }
            throw Failure(reason: Self.words(for: error, folder: folder))
        }
    }

    /// A new temporary file beside `target`: `.NAME.vnalign-PID-RANDOM.tmp`, made with `O_EXCL`.
    static func create(in folder: RawPath, for target: RawPath) throws(Failure) -> (path: RawPath, descriptor: Int32) {
        // Keep the name under the 255-byte limit of most file systems.
        let name = Array(target.lastComponent.prefix(180))
        for _ in 0..<16 {
            let unique = "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
            let path = folder.appending([0x2E] + name + Array(".vnalign-\(unique).tmp".utf8))
            let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
            if descriptor >= 0 { return (path, descriptor) }
            let error = SystemError.last
            if error.code == EEXIST || error.code == EINTR { continue }
            throw Failure(reason: words(for: error, folder: folder))
        }
        throw Failure(reason: "no unused temporary name in folder \(folder)")
    }

    /// What went wrong, naming the folder where that is the cause.
    static func words(for error: SystemError, folder: RawPath) -> String {
        switch error.code {
        case ENOENT: return "folder \(folder) does not exist"
        case ENOTDIR: return "\(folder) is not a folder"
        case EACCES, EPERM: return "permission denied (folder \(folder))"
        default: return error.reason
        }
    }
}

/// The temporary file being written, removed by the signal handlers if the run is interrupted.
///
/// ```swift
/// PendingTemporary.set(path); defer { PendingTemporary.clear() }
/// ```
enum PendingTemporary {
    /// The path as a C string, for `unlink` in a signal handler (which must not allocate).
    nonisolated(unsafe) static var cString: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var handlersInstalled = false

    static func set(_ path: RawPath) {
        if !handlersInstalled {
            handlersInstalled = true
            for signal in [SIGINT, SIGTERM, SIGHUP] {
                let previous = Foundation.signal(signal) { received in
                    if let path = PendingTemporary.cString { unlink(path) }
                    Foundation.signal(received, SIG_DFL)
                    raise(received)
                }
                // A signal the run was started ignoring (`nohup`) stays ignored.
                if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                    Foundation.signal(signal, SIG_IGN)
                }
            }
        }
        cString = path.withCString { strdup($0) }
    }

    static func clear() {
        let old = cString
        cString = nil
        free(old)
    }
}
