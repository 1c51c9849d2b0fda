/// Turns the bytes of an article file into text, saying what it repaired.
///
/// UTF-8 (with or without a byte-order mark) is read as it is. Anything else is an error that
/// names the byte offset and line of the first invalid byte.
///
/// ```swift
/// let decoded = try TextDecoding.decode(Array("Việt Nam".utf8))
/// decoded.text      // "Việt Nam"
/// decoded.repairs   // []
/// ```
public enum TextDecoding {
    /// Decodes `bytes`.
    public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
        var repairs: [String] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            repairs.append("byte-order mark removed")
        }
        let array = Array(body)
        if let offset = UTF8Validation.firstInvalidOffset(in: array) {
            let line = array[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let shown = array[offset..<min(offset + 4, array.count)].map { hex($0) }.joined(separator: " ")
            throw TextDecodingError(message: "invalid UTF-8 at byte offset \(offset + bytes.count - array.count) (bytes \(shown))", line: line)
        }
        return DecodedText(text: String(decoding: array, as: UTF8.self), repairs: repairs)
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}

/// Decoded text and the repairs made on the way.
public struct DecodedText: Sendable, Equatable {
    public let text: String
    /// One line a repair ("mojibake repaired on 3 lines (UTF-8 read as Windows-1252)").
    public let repairs: [String]
    public init(text: String, repairs: [String]) {
        self.text = text
        self.repairs = repairs
    }
}

/// Bytes that could not be decoded, with the line of the first bad byte.
public struct TextDecodingError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int?
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
