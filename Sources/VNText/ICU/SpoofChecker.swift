import CICUShim

/// ICU's confusable detector (UTS #39), opened once and shared.
///
/// ```swift
/// let checker = try SpoofChecker()
/// checker.isSuspicious("Vi\u{0435}t")   // true: a Cyrillic е inside a Latin word
/// ```
final class SpoofChecker: @unchecked Sendable {
    // ICU documents a configured USpoofChecker as safe for concurrent checks.
    private let handle: OpaquePointer

    /// Opens a checker that flags text mixing scripts (restriction level "highly restrictive").
    public init() throws {
        var status: Int32 = VN_OK
        guard let opened = vn_spoof_open(&status), status <= 0 else {
            throw ICUError(status: status > 0 ? status : VN_ILLEGAL_ARGUMENT, operation: "uspoof_open")
        }
        handle = opened
    }

    deinit { vn_spoof_close(handle) }

    /// Whether `text` mixes scripts in a way that could fool a reader.
    public func isSuspicious(_ text: String) -> Bool {
        let units = Array(text.utf16)
        var status: Int32 = VN_OK
        let result = units.withUnsafeBufferPointer {
            vn_spoof_is_suspicious(handle, $0.baseAddress, Int32($0.count), &status)
        }
        return status <= 0 && result == 1
    }

    /// The confusable skeleton of `text`: two strings a reader could mistake for each other share it.
    public func skeleton(_ text: String) throws -> String {
        let units = Array(text.utf16)
        let result = try ICUCall.utf16("skeleton", source: units, capacity: units.count * 3 + 8) {
            vn_spoof_skeleton(handle, $0, $1, $2, $3, $4)
        }
        return String(decoding: result, as: UTF16.self)
    }
}
