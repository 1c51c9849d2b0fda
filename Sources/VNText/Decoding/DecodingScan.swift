/// One pass over the bytes of a text, at memory speed, that tells whether `TextDecoding.decode`
/// could do anything to them but drop a leading byte-order mark.
///
/// It validates the UTF-8 and gathers the cheap evidence every careful step starts from:
/// control bytes (`BinaryCheck.Tally`), words where a mojibake repair could start (each one is
/// checked on the spot with `MojibakeRepair.isEvident`, so `à` before a no-break space or `VÃ`
/// before a space costs one word), the characters in and outside Windows-1252
/// (`LegacyTextRepair.mayBeShownAsWindows1252`), and the unambiguous VIQR marks with the letters
/// outside ASCII (`VIQRDecoder.mayBeVIQR`). Only when `needsCarefulDecoding(from:)` is true does the
/// text have to go through the careful detection; otherwise the bytes are the decoded text.
///
/// The text can be fed in blocks (a file read piece by piece): every block but the last must end
/// with ASCII white space (`TextBlocks.safeEnd(of:)`), so that no code point or word is split; a
/// block that had to be cut inside a word (a word longer than the block) is marked with
/// `splitsWord` and sends the text to the careful decoding.
///
/// ```swift
/// let scan = DecodingScan.of(Array("Việt Nam và Lào".utf8))
/// scan.needsCarefulDecoding(from: .auto)   // false
/// DecodingScan.of(Array("Viá»‡t Nam".utf8)).needsCarefulDecoding(from: .auto)   // true
/// ```
public struct DecodingScan: Sendable {
    /// Bytes scanned.
    public private(set) var byteCount = 0
    /// Offset of the first byte that is not valid UTF-8, nil while all of it is.
    public private(set) var firstInvalidOffset: Int?
    /// Control bytes seen.
    public private(set) var controls = BinaryCheck.Tally()
    /// Words that are evident mojibake (`MojibakeRepair.isEvident`).
    public private(set) var mojibakeWords = 0
    /// Characters above ASCII that Windows-1252 has.
    public private(set) var inWindows1252 = 0
    /// Characters above U+00FF that Windows-1252 lacks (ơ ư đ ệ ...).
    public private(set) var outsideWindows1252 = 0
    /// Unambiguous VIQR marks (`VIQRDecoder.unambiguousMarks(in:)`).
    public private(set) var viqrMarks = 0
    /// Letters (and combining marks) outside ASCII.
    public private(set) var nonASCIILetters = 0
    /// Whether some block was cut inside a word.
    public private(set) var splitWord = false

    public init() {}

    /// The scan of a whole text.
    public static func of(_ bytes: [UInt8]) -> DecodingScan {
        var scan = DecodingScan()
        bytes.withUnsafeBufferPointer { scan.add($0) }
        return scan
    }

    /// Whether the careful decoding could change the text read `from` an encoding: always for a
    /// forced legacy encoding or VIQR; for `.utf8` when the bytes are not valid UTF-8, look binary or
    /// hold a word the mojibake repair would rewrite; for `.auto` also when the text may be legacy
    /// text shown as Windows-1252 or VIQR.
    public func needsCarefulDecoding(from encoding: SourceEncoding) -> Bool {
        if firstInvalidOffset != nil || splitWord || mojibakeWords > 0 || controls.isBinary(byteCount: byteCount) {
            return true
        }
        switch encoding {
        case .utf8:
            return false
        case .auto:
            return LegacyTextRepair.mayBeShownAsWindows1252(inWindows1252: inWindows1252, outside: outsideWindows1252)
                || VIQRDecoder.mayBeVIQR(marks: viqrMarks, nonASCIILetters: nonASCIILetters, byteCount: byteCount)
        case .cp1258, .vni, .tcvn3, .viqr, .viscii, .cp1252:
            return true
        }
    }

    /// What sends the text to the careful decoding, one phrase each (empty when nothing does), for
    /// messages and tests.
    public func findings(from encoding: SourceEncoding) -> [String] {
        var found: [String] = []
        if let offset = firstInvalidOffset { found.append("not UTF-8 from byte offset \(offset)") }
        if splitWord { found.append("a word longer than a block") }
        if controls.isBinary(byteCount: byteCount) { found.append("control bytes") }
        if mojibakeWords > 0 { found.append("\(mojibakeWords) word(s) that look like mojibake") }
        if encoding == .auto {
            if LegacyTextRepair.mayBeShownAsWindows1252(inWindows1252: inWindows1252, outside: outsideWindows1252) {
                found.append("\(inWindows1252) character(s) of Windows-1252 against \(outsideWindows1252) outside it")
            }
            if VIQRDecoder.mayBeVIQR(marks: viqrMarks, nonASCIILetters: nonASCIILetters, byteCount: byteCount) {
                found.append("\(viqrMarks) VIQR mark(s)")
            }
        }
        if found.isEmpty && needsCarefulDecoding(from: encoding) { found.append("--from \(encoding.rawValue)") }
        return found
    }

    /// Scans the next block of the text. Every block but the last ends with ASCII white space,
    /// unless `splitsWord` says it was cut inside a word.
    public mutating func add(_ block: UnsafeBufferPointer<UInt8>, splitsWord: Bool = false) {
        let base = byteCount
        byteCount += block.count
        if splitsWord { splitWord = true }
        // Once the bytes are not UTF-8 the careful decoding reads them all again anyway.
        guard firstInvalidOffset == nil, let p = block.baseAddress else { return }
        Self.asciiKind.withUnsafeBufferPointer { kinds in
            ScalarClasses.shared.flags.withUnsafeBufferPointer { flags in
                scan(p, block.count, base: base, kinds: kinds, flags: flags)
            }
        }
    }

    /// The loop of `add`, with its tables at hand; the counts are kept in local variables (in
    /// registers) and stored at the end.
    @inline(__always)
    mutating func scan(_ p: UnsafePointer<UInt8>, _ n: Int, base: Int, kinds: UnsafeBufferPointer<UInt8>, flags: UnsafeBufferPointer<UInt16>) {
        let block = UnsafeBufferPointer(start: p, count: n)
        var mojibake = 0, marks = 0, letters = 0, inside = 0, outside = 0
        defer {
            mojibakeWords &+= mojibake
            viqrMarks &+= marks
            nonASCIILetters &+= letters
            inWindows1252 &+= inside
            outsideWindows1252 &+= outside
        }
        var checkedUpTo = 0
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let kind = kinds[Int(b)]
                if kind != 0 {
                    if kind == Self.control {
                        controls.add(b, at: base + i)
                    } else {
                        let previous = scalar(endingAt: i - 1, in: p)
                        let beforePrevious = scalar(endingAt: previous.start - 1, in: p)
                        if VIQRDecoder.isUnambiguousMark(UInt32(b), after: previous.value, beforePrevious.value) { marks &+= 1 }
                    }
                }
                i &+= 1
                continue
            }
            // One UTF-8 sequence, checked by `UTF8Validation`'s table of lead bytes.
            guard let (need, lower, upper) = UTF8Validation.sequence(lead: b), i + need < n, p[i + 1] >= lower && p[i + 1] <= upper else {
                firstInvalidOffset = base + i
                return
            }
            if need >= 2 {
                guard p[i + 2] & 0xC0 == 0x80, need == 2 || p[i + 3] & 0xC0 == 0x80 else { firstInvalidOffset = base + i; return }
            }
            let scalar: UInt32
            switch need {
            case 1: scalar = (UInt32(b) & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
            case 2: scalar = (UInt32(b) & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            default:
                scalar = (UInt32(b) & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
            }
            let f = scalar < 0x10000 ? flags[Int(scalar)] : ScalarClasses.needsNFC
            letters &+= f & (ScalarClasses.letter | ScalarClasses.mark) != 0 ? 1 : 0
            // Windows-1252 has all of U+0080-U+00FF and 27 characters led by C5, C6, CB or E2.
            if scalar < 0x100 {
                inside &+= 1
                if b == 0xC3, i >= checkedUpTo, i + 2 < n, MojibakeRepair.startsCandidate(b, p[i + 1], p[i + 2]) {
                    let (evident, end) = Self.checkMojibake(around: i, in: block)
                    if evident { mojibake &+= 1 }
                    checkedUpTo = end
                }
            } else if (b == 0xC5 || b == 0xC6 || b == 0xCB || b == 0xE2) && Windows1252.byte(for: scalar) != nil {
                inside &+= 1
            } else {
                outside &+= 1
            }
            i &+= need &+ 1
        }
    }

    /// Whether the word around byte `i` is evident mojibake (`MojibakeRepair.isEvident`), and
    /// where it ends.
    static func checkMojibake(around i: Int, in block: UnsafeBufferPointer<UInt8>) -> (evident: Bool, end: Int) {
        var start = i, end = i
        while start > 0 && !TextBlocks.isASCIISpace(block[start - 1]) { start -= 1 }
        while end < block.count && !TextBlocks.isASCIISpace(block[end]) { end += 1 }
        let word = UnsafeBufferPointer(rebasing: block[start..<end])
        // A word with bytes that are not UTF-8 is found invalid when the scan reaches them.
        guard UTF8Validation.firstInvalidOffset(in: word) == nil else { return (false, end) }
        return (MojibakeRepair.isEvident(word: word, next: end < block.count ? UInt32(block[end]) : 0), end)
    }

    /// The code point that ends at byte `end` and where it starts (a space before the block:
    /// blocks start after one). The bytes before the scan's position are valid UTF-8, so the
    /// sequence is whole.
    @inline(__always)
    func scalar(endingAt end: Int, in p: UnsafePointer<UInt8>) -> (value: UInt32, start: Int) {
        guard end >= 0 else { return (0x20, end) }
        if p[end] < 0x80 { return (UInt32(p[end]), end) }
        var start = end
        while start > 0 && end - start < 3 && p[start] & 0xC0 == 0x80 { start -= 1 }
        var k = 0
        return (UTF8Scalars.decode(UnsafeBufferPointer(start: p + start, count: end - start + 1), &k), start)
    }

    static let control: UInt8 = 1
    static let viqr: UInt8 = 2

    /// What an ASCII byte may be evidence of: 0 nothing, `control` a control byte (not tab or line
    /// break), `viqr` a character that can be an unambiguous VIQR mark.
    static let asciiKind: [UInt8] = (0..<128).map { b -> UInt8 in
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F { return control }
        switch b {
        case 0x28, 0x5E, 0x2B, 0x60, 0x7E, 0x64, 0x44: return viqr
        default: return 0
        }
    }
}
