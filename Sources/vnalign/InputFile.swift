import Foundation
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
        let name = path == "-" ? "<stdin>" : path
        let bytes = try readBytes(path)
        do {
            return try TextDecoding.decode(bytes, from: encoding)
        } catch let error as TextDecodingError {
            throw InputError(description: "\(name): \(error.message)\(error.line.map { " (line \($0))" } ?? "")")
        }
    }

    /// The bytes of a file, or of standard input for "-".
    static func readBytes(_ path: String) throws -> [UInt8] {
        try [UInt8](readData(path))
    }

    /// The contents of a file, or of standard input for "-", failing with the file name.
    static func readData(_ path: String) throws -> Data {
        let name = path == "-" ? "<stdin>" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(description: "\(name): no such file")
            }
            guard !isDirectory.boolValue else { throw InputError(description: "\(name): is a directory") }
            guard let read = FileManager.default.contents(atPath: path) else {
                throw InputError(description: "\(name): cannot be read (permission denied?)")
            }
            data = read
        }
        return data
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
