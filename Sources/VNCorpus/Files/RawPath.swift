/// A path as the file system stores it: bytes, which need not be UTF-8 and may hold any byte but
/// NUL (a newline, a byte 0xFF). Files are opened by these bytes, so that any name the file
/// system allows is read; messages show the name escaped (`description`).
///
/// ```swift
/// let path = RawPath(bytes: Array("news/caf".utf8) + [0xE9] + Array(".txt".utf8))
/// path.description          // news/caf\xE9.txt
/// RawPath("a\nb.txt").description   // a\nb.txt (the two characters \ and n)
/// path.pathExtension        // "txt"
/// ```
public struct RawPath: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The bytes of the path, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The UTF-8 bytes of `string`.
    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    /// `-`: standard input, by the command-line convention.
    public static let standardInput = RawPath("-")

    /// Whether this is `-`, standard input.
    public var isStandardInput: Bool { bytes == [0x2D] }

    /// The name shown in messages: valid UTF-8 as it is, except that backslashes are doubled,
    /// control and invisible format characters (newlines, tabs, bidirectional overrides) are
    /// written `\n`, `\t`, `\u{202E}`, and bytes that are not UTF-8 `\xFF`. Two different paths
    /// never show the same.
    public var description: String {
        FileNameEscaping.escape(bytes)
    }

    /// The last component (after the last `/`), as bytes.
    public var lastComponent: [UInt8] {
        var end = bytes.count
        while end > 1 && bytes[end - 1] == 0x2F { end -= 1 }
        let slash = bytes[..<end].lastIndex(of: 0x2F)
        return Array(bytes[(slash.map { $0 + 1 } ?? 0)..<end])
    }

    /// The folder part (everything before the last component); `.` for a bare name.
    public var parent: RawPath {
        var end = bytes.count
        while end > 1 && bytes[end - 1] == 0x2F { end -= 1 }
        guard let slash = bytes[..<end].lastIndex(of: 0x2F) else { return RawPath(".") }
        if slash == 0 { return RawPath("/") }
        return RawPath(bytes: Array(bytes[..<slash]))
    }

    /// The extension of the last component, lower-cased ASCII (`"jsonl"`), or "" when it has none.
    public var pathExtension: String {
        let name = lastComponent
        guard let dot = name.lastIndex(of: 0x2E), dot > 0, dot < name.count - 1 else { return "" }
        return String(decoding: name[(dot + 1)...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The last component without its extension, escaped as in messages (`a\nb` for a name
    /// with a newline), for ids made from file names: an id never holds a newline or a tab.
    public var stem: String {
        let name = lastComponent
        let end = name.lastIndex(of: 0x2E).flatMap { $0 > 0 ? $0 : nil } ?? name.count
        return FileNameEscaping.escape(name[..<end])
    }

    /// `self/name`.
    public func appending(_ name: [UInt8]) -> RawPath {
        if bytes.last == 0x2F { return RawPath(bytes: bytes + name) }
        return RawPath(bytes: bytes + [0x2F] + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    public static func < (a: RawPath, b: RawPath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}

/// How file names are shown in messages (`RawPath.description`).
public enum FileNameEscaping {
    /// `bytes` as text: UTF-8 kept, `\` doubled, control and format characters and line
    /// separators as `\n`, `\r`, `\t` or `\u{...}`, bytes that are not UTF-8 as `\xHH`.
    ///
    /// ```swift
    /// FileNameEscaping.escape([0x61, 0x0A, 0xFF])   // a\n\xFF
    /// ```
    public static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var out = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var pending = Array(bytes)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                pending = pending.dropFirst(encoded.count)
                out += shown(scalar)
            case .error(let length):
                for byte in pending.prefix(length) { out += "\\x" + hex(byte) }
                pending = pending.dropFirst(length)
            case .emptyInput:
                return out
            }
        }
    }

    static func shown(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
            return String(Character(scalar))
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
