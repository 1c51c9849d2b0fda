import Foundation
import VNCorpus
import VNText

/// A bad input: the message names the file and the place. Exits with status 1.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

/// Reading the command's input files.
enum InputFile {
    /// Reads a file (or standard input for "-") in `encoding` (`.auto`: UTF-8, else the legacy
    /// Vietnamese encoding detected), repairing mojibake and VIQR; fails with the file name, byte
    /// offset and line of the first byte that cannot be decoded.
    static func read(_ path: String, from encoding: SourceEncoding) throws -> DecodedText {
        let name = path == "-" ? "<stdin>" : RawArguments.path(path).description
        let bytes = try readBytes(path)
        do {
            return try TextDecoding.decode(bytes, from: encoding)
        } catch let error as TextDecodingError {
            throw InputError(description: "\(name): \(error.message)\(error.line.map { " (line \($0))" } ?? "")")
        }
    }

    /// The bytes of a file, or of standard input for "-", failing with the file name and what
    /// went wrong (`errno`). Any name the file system allows is opened (`RawArguments`).
    static func readBytes(_ path: String) throws -> [UInt8] {
        let raw = RawArguments.path(path)
        let name = path == "-" ? "<stdin>" : raw.description
        do {
            let descriptor = path == "-" ? STDIN_FILENO : try FileBytes.open(raw)
            defer { if path != "-" { close(descriptor) } }
            // No limit: `Int.max` bytes cannot be over it, so the read always gives the bytes.
            guard let bytes = try FileBytes.read(descriptor, limit: .max) else { return [] }
            return bytes
        } catch {
            throw InputError(description: "\(name): cannot be read: \(error.reason)")
        }
    }
}

/// Messages on standard error.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("vnalign: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("vnalign: error: \(message)\n".utf8))
    }
}
