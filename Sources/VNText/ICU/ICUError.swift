import CICUShim

/// A failure reported by ICU through the C shim, with ICU's own status name.
///
/// ```swift
/// do { _ = try ICU.nfc(text) } catch let error as ICUError { print(error.name) }
/// ```
struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU's status code (a `UErrorCode` value greater than zero).
    public let status: Int32
    /// What the shim was doing when ICU failed ("nfc", "Latin-ASCII").
    public let operation: String

    /// ICU's name for the status ("U_INVALID_CHAR_FOUND").
    public var name: String { String(cString: vn_status_name(status)) }

    public var description: String { "ICU \(operation) failed: \(name)" }
}

/// Calls of the C shim on UTF-16 buffers, with its pre-flight convention handled once.
enum ICUCall {
    /// Runs `body` with a destination of `capacity`, grows it once if ICU asks for more, and
    /// throws on any failure.
    static func utf16(
        _ operation: String,
        source: [UInt16],
        capacity: Int? = nil,
        _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> [UInt16] {
        var destination = [UInt16](repeating: 0, count: max(capacity ?? (source.count + source.count / 2 + 8), 1))
        for _ in 0..<2 {
            var status: Int32 = VN_OK
            let length = source.withUnsafeBufferPointer { src in
                destination.withUnsafeMutableBufferPointer { dst in
                    body(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
                }
            }
            if status == VN_BUFFER_OVERFLOW {
                destination = [UInt16](repeating: 0, count: Int(length) + 1)
                continue
            }
            if status > 0 { throw ICUError(status: status, operation: operation) }
            destination.removeSubrange(Int(length)...)
            return destination
        }
        throw ICUError(status: VN_BUFFER_OVERFLOW, operation: operation)
    }
}
