#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files by their raw paths with plain system calls, so that any name is opened and
/// every failure is told by its `errno`.
///
/// ```swift
/// let descriptor = try FileBytes.open(RawPath("article.txt"))
/// defer { close(descriptor) }
/// let bytes = try FileBytes.read(descriptor, limit: 2_000_000)   // nil: over the limit
/// ```
public enum FileBytes {
    /// Opens `path` for reading (`O_RDONLY`, closed on exec).
    public static func open(_ path: RawPath) throws(SystemError) -> Int32 {
        while true {
            let descriptor = path.withCString { systemOpen($0, O_RDONLY | O_CLOEXEC) }
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw SystemError.last }
        }
    }

    /// Reads what is left of `descriptor` after `prefix` (bytes already read from it), or nil
    /// when there are more than `limit` bytes in all (it stops reading one byte past the limit).
    public static func read(_ descriptor: Int32, limit: Int, prefix: [UInt8] = []) throws(SystemError) -> [UInt8]? {
        var bytes = prefix
        guard bytes.count <= limit else { return nil }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // One byte past the limit tells a file over it (without overflow for `Int.max`).
            let room = limit - bytes.count
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, room < $0.count ? room + 1 : $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError.last
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// Reads up to `count` bytes (fewer only at the end of the file), straight into the array.
    public static func read(_ descriptor: Int32, upTo count: Int) throws(SystemError) -> [UInt8] {
        var failure: SystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let got = systemRead(descriptor, buffer.baseAddress! + initialized, count - initialized)
                if got > 0 {
                    initialized += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    failure = .last
                    break
                }
            }
        }
        if let failure { throw failure }
        return bytes
    }
}

/// The C library's `open` and `read`, under names that `FileBytes`' own functions do not hide.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 { open(path, flags) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(descriptor, buffer, count) }
