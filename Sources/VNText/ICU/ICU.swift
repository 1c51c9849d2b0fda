import CICUShim

/// Swift entry points to the ICU services vnalign uses, over UTF-16 code units.
///
/// This is the only Swift type that calls the C shim `CICUShim`; everything else in the toolkit
/// goes through it.
///
/// ```swift
/// let composed = try ICU.nfc(Array("Vie\u{0323}\u{0302}t".utf16))   // "Việt"
/// ICU.combiningClass(0x0301)                                        // 230
/// ```
enum ICU {
    /// NFC of UTF-16 text.
    public static func nfc(_ text: [UInt16]) throws -> [UInt16] {
        try ICUCall.utf16("nfc", source: text) { vn_normalize_nfc($0, $1, $2, $3, $4) }
    }

    /// NFD of UTF-16 text.
    public static func nfd(_ text: [UInt16]) throws -> [UInt16] {
        try ICUCall.utf16("nfd", source: text, capacity: text.count * 3 + 8) { vn_normalize_nfd($0, $1, $2, $3, $4) }
    }

    /// Full lower-case mapping in the root locale (`HÀ NỘI` -> `hà nội`).
    public static func lowercased(_ text: [UInt16]) throws -> [UInt16] {
        try ICUCall.utf16("lowercase", source: text) { vn_to_lower($0, $1, $2, $3, $4) }
    }

    /// Full upper-case mapping in the root locale (`hà nội` -> `HÀ NỘI`).
    public static func uppercased(_ text: [UInt16]) throws -> [UInt16] {
        try ICUCall.utf16("uppercase", source: text) { vn_to_upper($0, $1, $2, $3, $4) }
    }

    /// Whether a code point passes NFC's quick check with a plain "yes".
    public static func isNFCQuickCheckYes(_ codePoint: UInt32) -> Bool {
        vn_nfc_quick_check(codePoint) == VN_QUICK_CHECK_YES
    }

    /// The canonical combining class of a code point.
    public static func combiningClass(_ codePoint: UInt32) -> UInt8 {
        vn_combining_class(codePoint)
    }

    /// Whether a code point is a letter (any of the five letter categories).
    public static func isLetter(_ codePoint: UInt32) -> Bool {
        let type = vn_char_type(codePoint)
        return type >= VN_CHAR_UPPERCASE_LETTER && type <= VN_CHAR_OTHER_LETTER
    }

    /// Whether a code point is a mark (non-spacing, enclosing or spacing combining).
    public static func isMark(_ codePoint: UInt32) -> Bool {
        let type = vn_char_type(codePoint)
        return type >= VN_CHAR_NON_SPACING_MARK && type <= VN_CHAR_COMBINING_SPACING_MARK
    }

    /// Whether a code point is a decimal digit.
    public static func isDigit(_ codePoint: UInt32) -> Bool {
        vn_char_type(codePoint) == VN_CHAR_DECIMAL_DIGIT
    }

    /// Whether a code point is an upper-case or title-case letter.
    public static func isUppercase(_ codePoint: UInt32) -> Bool {
        let type = vn_char_type(codePoint)
        return type == VN_CHAR_UPPERCASE_LETTER || type == VN_CHAR_TITLECASE_LETTER
    }

    /// The script of a code point.
    public static func script(_ codePoint: UInt32) -> Script {
        switch vn_script(codePoint) {
        case VN_SCRIPT_LATIN: return .latin
        case VN_SCRIPT_CYRILLIC: return .cyrillic
        case VN_SCRIPT_GREEK: return .greek
        case VN_SCRIPT_HAN: return .han
        case VN_SCRIPT_COMMON, VN_SCRIPT_INHERITED: return .common
        default: return .other
        }
    }

    /// The scripts vnalign tells apart.
    public enum Script: String, Sendable {
        case latin, cyrillic, greek, han, common, other
    }

    /// The result of an ICU call that fails only when ICU itself is broken (its data missing, a
    /// service that does not open): the program stops with a message naming the service, as it
    /// does for a missing data table, rather than go on with a wrong result.
    ///
    /// ```swift
    /// let latinASCII = ICU.required("Latin-ASCII transliterator") { try Transliterator("Latin-ASCII") }
    /// ```
    static func required<T>(_ service: String, _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            fatalError("vnalign: ICU's \(service) failed (\(error)); the system's ICU library (libicu) or its data is missing or broken")
        }
    }

    /// Converts bytes in an ICU charset (`windows-1258`) to a string, failing on any byte the
    /// charset does not define.
    public static func decode(_ bytes: [UInt8], charset: String) throws -> String {
        var destination = [UInt16](repeating: 0, count: bytes.count * 2 + 8)
        var status: Int32 = VN_OK
        let length = bytes.withUnsafeBufferPointer { src in
            destination.withUnsafeMutableBufferPointer { dst in
                src.withMemoryRebound(to: CChar.self) { chars in
                    vn_convert_to_utf16(charset, chars.baseAddress, Int32(chars.count), dst.baseAddress, Int32(dst.count), &status)
                }
            }
        }
        if status > 0 { throw ICUError(status: status, operation: "decode \(charset)") }
        return String(decoding: destination[..<Int(length)], as: UTF16.self)
    }
}
