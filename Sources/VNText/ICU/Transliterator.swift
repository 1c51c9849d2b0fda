import CICUShim

/// An ICU transliterator (`Latin-ASCII`), opened once and used from one thread at a time.
///
/// Transliterators are slow next to `unorm2`; vnalign uses them to build tables at start-up,
/// not in a hot path.
///
/// ```swift
/// let latinASCII = try Transliterator("Latin-ASCII")
/// try latinASCII.transliterate("Ærøskøbing")   // "AEroskobing"
/// ```
final class Transliterator {
    private let handle: OpaquePointer

    /// Opens the transliterator with ICU identifier `identifier`.
    public init(_ identifier: String) throws {
        var status: Int32 = VN_OK
        guard let opened = vn_transliterator_open(identifier, &status), status <= 0 else {
            throw ICUError(status: status > 0 ? status : VN_ILLEGAL_ARGUMENT, operation: identifier)
        }
        handle = opened
    }

    deinit { vn_transliterator_close(handle) }

    /// Transliterates UTF-16 code units.
    public func transliterate(_ text: [UInt16]) throws -> [UInt16] {
        var capacity = text.count * 4 + 16
        for _ in 0..<2 {
            var buffer = text + [UInt16](repeating: 0, count: capacity - text.count)
            var status: Int32 = VN_OK
            let length = buffer.withUnsafeMutableBufferPointer {
                vn_transliterate(handle, $0.baseAddress, Int32(text.count), Int32(capacity), &status)
            }
            if status == VN_BUFFER_OVERFLOW { capacity = Int(length) + 16; continue }
            if status > 0 { throw ICUError(status: status, operation: "transliterate") }
            return Array(buffer[..<Int(length)])
        }
        throw ICUError(status: VN_BUFFER_OVERFLOW, operation: "transliterate")
    }

    /// Transliterates a string.
    public func transliterate(_ text: String) throws -> String {
        String(decoding: try transliterate(Array(text.utf16)), as: UTF16.self)
    }
}
