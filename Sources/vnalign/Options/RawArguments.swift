import Foundation
import VNCorpus

/// The command line as the process received it, so that a file name that is not UTF-8 (a byte
/// 0xFF, as some file systems allow) still names its file.
///
/// Swift's `CommandLine.arguments` replaces such bytes with U+FFFD and the name is lost; here an
/// argument that is not UTF-8 reaches the parser escaped (`caf\xE9.txt`, as messages show it),
/// and `path(_:)` turns that text back into the bytes given.
///
/// ```swift
/// var command = try VNAlign.parseAsRoot(RawArguments.strings)
/// let file = RawArguments.path("caf\\xE9.txt")   // the bytes 63 61 66 E9 2E 74 78 74
/// ```
enum RawArguments {
    /// The arguments after the program's name: UTF-8 ones as they are, others escaped.
    static var strings: [String] { decoded.strings }

    /// The path an argument names: the bytes it was given as, when it was not UTF-8, else its UTF-8.
    static func path(_ argument: String) -> RawPath {
        decoded.raw[argument].map(RawPath.init(bytes:)) ?? RawPath(argument)
    }

    private static let decoded: (strings: [String], raw: [String: [UInt8]]) = {
        var strings: [String] = []
        var raw: [String: [UInt8]] = [:]
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if let text = String(validating: bytes, as: UTF8.self) {
                strings.append(text)
            } else {
                let escaped = FileNameEscaping.escape(bytes)
                raw[escaped] = bytes
                strings.append(escaped)
                // `--output=caf\xE9.txt`: the parser hands on the value alone.
                if bytes.starts(with: [0x2D, 0x2D]), let equals = bytes.firstIndex(of: 0x3D) {
                    let value = Array(bytes[(equals + 1)...])
                    raw[FileNameEscaping.escape(value)] = value
                }
            }
        }
        return (strings, raw)
    }()
}
