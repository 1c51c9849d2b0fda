import Foundation

/// The lines of a file, read a megabyte at a time, so that a JSON Lines feed of any size is read
/// with a small buffer rather than loaded whole.
///
/// The lines come without their `\n`, exactly as `bytes.split(separator: 0x0A,
/// omittingEmptySubsequences: false)` gives them: a file ending in a newline ends with one
/// empty line.
///
/// ```swift
/// guard let file = LineFile(path: "feed.jsonl") else { ... }
/// for line in file { ... }   // [UInt8] each
/// ```
struct LineFile: Sequence {
    let handle: FileHandle
    /// Called with the bytes of each line (its newline included) as it is read.
    var onBytes: (@Sendable (Int) -> Void)?

    init?(path: String, onBytes: (@Sendable (Int) -> Void)? = nil) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.onBytes = onBytes
    }

    func makeIterator() -> Iterator { Iterator(handle: handle, onBytes: onBytes) }

    struct Iterator: IteratorProtocol {
        let handle: FileHandle
        let onBytes: (@Sendable (Int) -> Void)?
        var buffer: [UInt8] = []
        var start = 0
        var atEnd = false
        var done = false
        static let chunk = 1 << 20

        /// The index of the first `\n` at or after `from`.
        static func newline(in buffer: [UInt8], from: Int) -> Int? {
            guard from < buffer.count else { return nil }
            return buffer.withUnsafeBufferPointer { b in
                guard let found = memchr(b.baseAddress! + from, 0x0A, b.count - from) else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(b.baseAddress!)
            }
        }

        init(handle: FileHandle, onBytes: (@Sendable (Int) -> Void)?) {
            self.handle = handle
            self.onBytes = onBytes
        }

        mutating func next() -> [UInt8]? {
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
                    try? handle.close()
                    onBytes?(line.count)
                    return line
                }
                // Keep the unfinished line, read more.
                if start > 0 {
                    buffer.removeSubrange(0..<start)
                    start = 0
                }
                searchFrom = buffer.count
                let data = (try? handle.read(upToCount: Self.chunk)) ?? nil
                if let data, !data.isEmpty {
                    buffer.append(contentsOf: data)
                } else {
                    atEnd = true
                }
            }
        }
    }
}
