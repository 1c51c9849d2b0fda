import Foundation
import VNCorpus

/// Standard output, written with `write(2)` and every result checked: a full disk or a failed
/// device is an error (exit 1), a reader that went away (`EPIPE`, as with `| head`) ends the run
/// quietly. `SIGPIPE` is ignored (see `VNAlign.main`) so that a closed pipe is an error to read,
/// not a silent death.
///
/// ```swift
/// try StandardOutput.write("en-1\tvi-1\tsame-event\t0.93\n")
/// ```
enum StandardOutput {
    /// The reader of standard output is gone; the run ends quietly.
    struct Closed: Error {}

    /// Writes all of `text` to standard output.
    static func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written >= 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                // Standard output was left non-blocking by another program: wait until it drains.
                var poller = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                _ = poll(&poller, 1, -1)
            case EPIPE: throw Closed()
            default: throw InputError(description: "standard output: cannot be written: \(SystemError.last.reason)")
            }
        }
    }
}
