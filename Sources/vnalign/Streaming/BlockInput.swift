import Foundation
import VNCorpus
import VNText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file (or standard input for "-") read in blocks of about a mebibyte that end after
/// ASCII white space (`TextBlocks.safeEnd(of:)`), and read again from the start as often as
/// needed: `normalize` scans each input once, then normalises it block by block, so that its
/// memory stays that of a block whatever the size of the input.
///
/// Standard input that is not a regular file (a pipe, a terminal) is first copied to an unlinked
/// temporary file, which is read like any other; where no temporary file can be made it is read
/// into memory.
///
/// ```swift
/// let input = try BlockInput(path: "article.txt")
/// try input.forEachBlock { block, splitsWord in scan.add(block, splitsWord: splitsWord) }
/// try input.rewind()
/// ```
final class BlockInput {
    /// The name for messages ("<stdin>" for "-").
    let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let start: off_t
    /// Standard input kept in memory when it could not be copied to a temporary file.
    private var memory: [UInt8]?
    static let blockSize = 1 << 20
    private var buffer: UnsafeMutablePointer<UInt8>

    init(path: String) throws {
        let raw = RawArguments.path(path)
        name = path == "-" ? "<stdin>" : raw.description
        buffer = .allocate(capacity: Self.blockSize)
        if path == "-" {
            var info = stat()
            if fstat(STDIN_FILENO, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
                fd = STDIN_FILENO
                ownsDescriptor = false
                start = lseek(STDIN_FILENO, 0, SEEK_CUR)
            } else if let spool = Self.spoolStandardInput(buffer: buffer) {
                fd = spool
                ownsDescriptor = true
                start = 0
            } else {
                fd = -1
                ownsDescriptor = false
                start = 0
                do {
                    memory = try FileBytes.read(STDIN_FILENO, limit: .max) ?? []
                } catch {
                    buffer.deallocate()
                    throw InputError(description: "\(name): cannot be read: \(error.reason)")
                }
            }
            return
        }
        do {
            fd = try FileBytes.open(raw)
        } catch {
            buffer.deallocate()
            throw InputError(description: "\(name): cannot be read: \(error.reason)")
        }
        ownsDescriptor = true
        start = 0
    }

    deinit {
        if ownsDescriptor { close(fd) }
        buffer.deallocate()
    }

    /// Copies standard input to an unlinked temporary file; nil when none can be made.
    private static func spoolStandardInput(buffer: UnsafeMutablePointer<UInt8>) -> Int32? {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/vnalign-stdin-XXXXXX".utf8CString)
        let spool = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard spool >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        while true {
            let count = read(STDIN_FILENO, buffer, blockSize)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var written = 0
            while written < count {
                let w = write(spool, buffer + written, count - written)
                if w < 0 && errno == EINTR { continue }
                guard w > 0 else { close(spool); return nil }
                written += w
            }
        }
        guard lseek(spool, 0, SEEK_SET) == 0 else { close(spool); return nil }
        return spool
    }

    /// Goes back to the start of the input.
    func rewind() throws {
        guard memory == nil else { return }
        guard lseek(fd, start, SEEK_SET) == start else {
            throw InputError(description: "\(name): cannot be read again: \(SystemError.last.reason)")
        }
    }

    /// Calls `body` with each block of the input from where it stands: every block but the last
    /// ends after ASCII white space, unless it had to be cut inside a word longer than a block
    /// (`splitsWord`).
    func forEachBlock(_ body: (UnsafeBufferPointer<UInt8>, _ splitsWord: Bool) throws -> Void) throws {
        if let memory {
            try memory.withUnsafeBufferPointer { try body($0, false) }
            return
        }
        var filled = 0
        while true {
            let count = read(fd, buffer + filled, Self.blockSize - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(description: "\(name): cannot be read: \(SystemError.last.reason)")
            }
            if count == 0 {
                if filled > 0 { try body(UnsafeBufferPointer(start: buffer, count: filled), false) }
                return
            }
            filled += count
            guard filled == Self.blockSize else { continue }
            let cut = TextBlocks.safeEnd(of: UnsafeBufferPointer(start: buffer, count: filled))
            if cut == 0 {
                try body(UnsafeBufferPointer(start: buffer, count: filled), true)
                filled = 0
                continue
            }
            try body(UnsafeBufferPointer(start: buffer, count: cut), false)
            filled -= cut
            if filled > 0 { memmove(buffer, buffer + cut, filled) }
        }
    }

    /// The rest of the input from where it stands, in memory.
    func readAll() throws -> [UInt8] {
        if let memory { return memory }
        var bytes: [UInt8] = []
        try forEachBlock { block, _ in bytes.append(contentsOf: block) }
        return bytes
    }
}
