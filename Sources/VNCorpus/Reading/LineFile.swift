#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file (or of standard input), read a megabyte at a time, so that a JSON Lines
/// feed of any size is read with a small buffer rather than loaded whole.
///
/// The lines come without their `\n`, exactly as `bytes.split(separator: 0x0A,
/// omittingEmptySubsequences: false)` gives them: a file ending in a newline ends with one
/// empty line. A read that fails ends the lines and leaves its error in `failure`.
///
/// ```swift
/// let file = try LineFile(path: RawPath("feed.jsonl"))
/// for line in file { ... }   // [UInt8] each
/// if let failure = file.failure { ... }
/// ```
final class LineFile: Sequence, IteratorProtocol {
    private let descriptor: Int32
    private let closes: Bool
    /// Called with the bytes of each line (its newline included) as it is read.
    let onBytes: (@Sendable (Int) -> Void)?
    /// Why reading stopped early, if it did.
    private(set) var failure: SystemError?
    private var buffer: [UInt8]
    private var start = 0
    private var atEnd = false
    private var done = false
    static let chunk = 1 << 20

    /// Opens `path`; throws the `errno` of a file that cannot be opened.
    convenience init(path: RawPath, onBytes: (@Sendable (Int) -> Void)? = nil) throws(SystemError) {
        self.init(descriptor: try FileBytes.open(path), closes: true, onBytes: onBytes)
    }

    /// The lines of a file by name, or nil when it cannot be opened.
    convenience init?(path: String, onBytes: (@Sendable (Int) -> Void)? = nil) {
        guard let descriptor = try? FileBytes.open(RawPath(path)) else { return nil }
        self.init(descriptor: descriptor, closes: true, onBytes: onBytes)
    }

    /// The lines of an open file whose first bytes, `prefix`, were already read from it; it is
    /// closed at the end only when `closes` (not standard input).
    init(descriptor: Int32, closes: Bool, prefix: [UInt8] = [], onBytes: (@Sendable (Int) -> Void)? = nil) {
        self.descriptor = descriptor
        self.closes = closes
        self.onBytes = onBytes
        buffer = prefix
    }

    deinit { if closes && !done { close(descriptor) } }

    /// The index of the first `\n` at or after `from`.
    static func newline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b in
            guard let found = memchr(b.baseAddress! + from, 0x0A, b.count - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(b.baseAddress!)
        }
    }

    func next() -> [UInt8]? {
        guard !done else { return nil }
        var searchFrom = start
        while true {
            if let newline = Self.newline(in: buffer, from: searchFrom) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                onBytes?(line.count + 1)
                return line
            }
            if atEnd {
                // The last line: whatever follows the last newline, possibly nothing.
                let line = Array(buffer[start...])
                done = true
                buffer = []
                if closes { close(descriptor) }
                onBytes?(line.count)
                return line
            }
            // Keep the unfinished line, read more.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            do {
                let more = try FileBytes.read(descriptor, upTo: Self.chunk)
                buffer.append(contentsOf: more)
                if more.count < Self.chunk { atEnd = true }
            } catch {
                // The unfinished line is not a line: reading ends here, with the error.
                failure = error
                done = true
                buffer = []
                if closes { close(descriptor) }
                return nil
            }
        }
    }
}
