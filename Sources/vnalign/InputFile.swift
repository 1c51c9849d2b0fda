import Foundation
import VNText

/// A bad input: the message names the file and the place. Exits with status 1.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

/// Reading the command's input files.
enum InputFile {
    /// Reads a file (or standard input for "-") that must be UTF-8, failing with the file name
    /// and byte offset of the first invalid byte.
    static func readUTF8(_ path: String) throws -> String {
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
        let bytes = [UInt8](data)
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let hex = bytes[offset..<min(offset + 4, bytes.count)].map { String(format: "%02X", $0) }.joined(separator: " ")
            throw InputError(description: "\(name): invalid UTF-8 at byte offset \(offset) (line \(line)): bytes \(hex)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
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
