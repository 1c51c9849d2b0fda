#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, told in the words of `errno` ("no space left on device", "permission
/// denied"), not a library's generic text; `ENOENT`, `ENOTDIR` and `EISDIR` say "folder".
///
/// ```swift
/// let error = SystemError(code: ENOSPC)
/// error.reason   // "no space left on device"
/// ```
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The error of the last failed call (`errno`).
    public static var last: SystemError { SystemError(code: errno) }

    /// What went wrong, in lower case: the C library's text for the code, with its first letter
    /// lowered ("No space left on device" becomes "no space left on device").
    public var reason: String {
        // The project's words for these: folders, not directories.
        switch code {
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "not a folder"
        case EISDIR: return "is a folder"
        default: break
        }
        guard let text = strerror(code) else { return "error \(code)" }
        let words = String(cString: text)
        guard let first = words.first else { return "error \(code)" }
        // "I/O error" and other words that begin with a capitalised abbreviation stay as they are.
        if words.count > 1, words[words.index(after: words.startIndex)].isUppercase { return words }
        return first.lowercased() + words.dropFirst()
    }

    public var description: String { reason }
}
