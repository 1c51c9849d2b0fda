import PropertyBased
import Testing
@testable import VNText

/// Rule 5: `UTF8Validation.firstInvalidOffset(in:)` is the byte offset of the first byte that
/// does not start or continue a valid UTF-8 sequence, or nil for valid UTF-8.
@Suite("Rule 5: UTF-8 validation")
struct UTF8ValidationTests {
    struct ByteCase: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let offset: Int?
        init(_ name: String, _ bytes: [UInt8], _ offset: Int?) {
            self.name = name
            self.bytes = bytes
            self.offset = offset
        }
        var testDescription: String {
            "\(name): [" + bytes.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
                + "] -> \(offset.map(String.init) ?? "nil")"
        }
    }

    static let viet = Array("Việt".utf8)  // 6 bytes: V i E1 BB 87 t

    static let cases: [ByteCase] = [
        // Valid input.
        ByteCase("empty", [], nil),
        ByteCase("ASCII", Array("Ha Noi".utf8), nil),
        ByteCase("Vietnamese", Array("Việt Nam, Đà Nẵng".utf8), nil),
        ByteCase("4-byte emoji", Array("Hà Nội 😀".utf8), nil),
        ByteCase("mojibake is valid UTF-8", Array("Viá»‡t Nam".utf8), nil),
        ByteCase("largest 2-byte U+07FF", [0xDF, 0xBF], nil),
        ByteCase("last before surrogates U+D7FF", [0xED, 0x9F, 0xBF], nil),
        ByteCase("first after surrogates U+E000", [0xEE, 0x80, 0x80], nil),
        ByteCase("U+FFFF", [0xEF, 0xBF, 0xBF], nil),
        ByteCase("smallest 4-byte U+10000", [0xF0, 0x90, 0x80, 0x80], nil),
        ByteCase("largest U+10FFFF", [0xF4, 0x8F, 0xBF, 0xBF], nil),
        // The example in the documentation.
        ByteCase("lead byte followed by ASCII", [0x56, 0x69, 0xC3, 0x28], 2),
        // Truncated sequences.
        ByteCase("lone 2-byte lead at end", [0xC3], 0),
        ByteCase("truncated 3-byte at end", [0x41, 0xE1, 0xBB], 1),
        ByteCase("truncated 4-byte at end", [0xF0, 0x9F, 0x98], 0),
        ByteCase("3-byte lead then ASCII", [0xE1, 0xBB, 0x41], 0),
        ByteCase("4-byte lead then ASCII", [0xF0, 0x9F, 0x41, 0x41], 0),
        ByteCase("truncated after valid Việt", viet + [0xE1, 0xBB], 6),
        // Overlong forms.
        ByteCase("overlong NUL C0 80", [0xC0, 0x80], 0),
        ByteCase("overlong C1 BF", [0xC1, 0xBF], 0),
        ByteCase("overlong 3-byte E0 80 80", [0xE0, 0x80, 0x80], 0),
        ByteCase("overlong 3-byte E0 9F BF", [0xE0, 0x9F, 0xBF], 0),
        ByteCase("overlong 4-byte F0 80 80 80", [0xF0, 0x80, 0x80, 0x80], 0),
        ByteCase("overlong 4-byte F0 8F BF BF", [0xF0, 0x8F, 0xBF, 0xBF], 0),
        ByteCase("overlong slash after text", Array("Hà ".utf8) + [0xC0, 0xAF], 4),
        // Surrogates.
        ByteCase("high surrogate U+D800", [0xED, 0xA0, 0x80], 0),
        ByteCase("low surrogate U+DFFF", [0xED, 0xBF, 0xBF], 0),
        ByteCase("surrogate after text", Array("ab".utf8) + [0xED, 0xB0, 0x80], 2),
        // Beyond U+10FFFF.
        ByteCase("U+110000", [0xF4, 0x90, 0x80, 0x80], 0),
        ByteCase("F5 lead", [0xF5, 0x80, 0x80, 0x80], 0),
        ByteCase("F8 lead", [0xF8, 0x88, 0x80, 0x80, 0x80], 0),
        ByteCase("FE", [0xFE], 0),
        ByteCase("FF after text", Array("Nam".utf8) + [0xFF], 3),
        // Stray continuation bytes.
        ByteCase("lone continuation", [0x80], 0),
        ByteCase("continuation between ASCII", [0x41, 0xBF, 0x42], 1),
        ByteCase("extra continuation after Việt", viet + [0x80], 6),
        ByteCase("extra continuation inside", [0x56, 0x69, 0xE1, 0xBB, 0x87, 0x87, 0x74], 5),
        // Legacy 8-bit text read as UTF-8.
        ByteCase("Latin-1 café", [0x63, 0x61, 0x66, 0xE9], 3),
        ByteCase("Windows-1258 Vi\\xEA\\xF2t", [0x56, 0x69, 0xEA, 0xF2, 0x74], 2),
        ByteCase("first of several errors", [0x41, 0x80, 0xFF, 0xC0], 1),
    ]

    @Test("the offset of the first invalid byte, or nil for valid UTF-8", arguments: cases)
    func firstInvalidOffset(_ c: ByteCase) {
        #expect(UTF8Validation.firstInvalidOffset(in: c.bytes) == c.offset)
        c.bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Validation.firstInvalidOffset(in: buffer) == c.offset)
        }
    }

    /// The standard library's strict UTF-8 parser as a reference: the offset where it first
    /// reports an error.
    static func referenceOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Bytes that are mostly UTF-8 (encoded scalars of every length) with random bytes mixed in.
    static let mostlyUTF8 = Gen<UInt32>.value(in: 0...0xFFFF_FFFF).array(of: 0...24).map { words -> [UInt8] in
        var bytes: [UInt8] = []
        for w in words {
            switch w % 8 {
            case 0: bytes.append(UInt8(truncatingIfNeeded: w >> 8))  // any byte
            case 1: bytes.append(0x80 | UInt8(truncatingIfNeeded: w >> 8) & 0x3F)  // continuation
            case 2: bytes.append(0xC0 | UInt8(truncatingIfNeeded: w >> 8) & 0x3F)  // a lead, maybe bad
            case 3:
                // A boundary lead byte (overlong, surrogate, > U+10FFFF, invalid) and 0-3 random
                // continuation bytes.
                let leads: [UInt8] = [0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
                bytes.append(leads[Int(w >> 8) % leads.count])
                for k in 0..<Int((w >> 12) % 4) {
                    bytes.append(0x80 | UInt8(truncatingIfNeeded: w >> (14 + 6 * UInt32(k))) & 0x3F)
                }
            default:
                let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF]
                let range = ranges[Int(w >> 3) % 4]
                let value = range.lowerBound + (w >> 5) % (range.upperBound - range.lowerBound + 1)
                if let scalar = Unicode.Scalar(value) { bytes += Array(String(Character(scalar)).utf8) }
            }
        }
        return bytes
    }

    @Test("agrees with the standard library's UTF-8 parser on random bytes")
    func agreesWithStandardLibrary() async {
        await propertyCheck(count: 2000, input: Self.mostlyUTF8) { bytes in
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == Self.referenceOffset(bytes))
        }
    }

    @Test("everything before the reported offset is valid UTF-8")
    func prefixIsValid() async {
        await propertyCheck(count: 500, input: Self.mostlyUTF8) { bytes in
            if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
                #expect(offset < bytes.count)
                #expect(UTF8Validation.firstInvalidOffset(in: Array(bytes[..<offset])) == nil)
            }
        }
    }
}
