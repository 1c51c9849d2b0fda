/// How sound a whitespace-delimited word looks, for deciding whether a mojibake rewrite improves it.
/// The word is looked at in segments between ASCII punctuation and no-break spaces:
/// - `symbolsInside`: characters mojibake leaves behind (Latin-1 symbols `¡`...`¿`, the
///   Windows-1252 extras `€ † ‡ ‰ ™ ƒ ˆ ˜ ‹ › “ ” • – — …`, soft hyphens) with a letter on each
///   side in the same segment (`Viá»‡t`, `donâ€™t`); the apostrophes `’ ‘` do not count (`don’t`);
/// - `controls`: C1 control characters (U+0080-U+009F);
/// - `brokenRuns`: runs of letters that are neither plain ASCII, nor a Vietnamese syllable
///   (`SyllableScore`), nor a Latin-1 word in one case pattern (`café`, `São`, but not `tÆ`, `lÃ`).
///
/// ```swift
/// WordShape("Viá»‡t").isSound   // false: » and ‡ inside
/// WordShape("Việt").isSound     // true
/// WordShape("“HUẾ”").isSound    // true
/// ```
struct WordShape {
    var symbolsInside = 0
    var controls = 0
    var brokenRuns = 0

    var isSound: Bool { symbolsInside == 0 && controls == 0 && brokenRuns == 0 }

    init(_ text: String) {
        let scalars = text.unicodeScalars.map(\.value)
        self = scalars.withUnsafeBufferPointer { WordShape($0) }
    }

    init(_ word: UnsafeBufferPointer<UInt32>) {
        let n = word.count
        var k = 0
        while k < n {
            let start = k
            while k < n && !Self.endsSegment(word[k]) { k += 1 }
            if k > start { measure(UnsafeBufferPointer(rebasing: word[start..<k])) }
            if k < n && word[k] >= 0x80 && word[k] < 0xA0 { controls += 1 }
            k += 1
        }
    }

    mutating func measure(_ segment: UnsafeBufferPointer<UInt32>) {
        let n = segment.count
        var firstLetter = -1, lastLetter = -1
        for k in 0..<n where SyllableScore.isLetter(segment[k]) {
            if firstLetter < 0 { firstLetter = k }
            lastLetter = k
        }
        for k in 0..<n {
            let s = segment[k]
            if s >= 0x80 && s < 0xA0 { controls += 1 }
            if firstLetter >= 0 && k > firstLetter && k < lastLetter && Self.isMojibakeSymbol(s) { symbolsInside += 1 }
        }
        var k = 0
        while k < n {
            while k < n && !SyllableScore.isLetter(segment[k]) { k += 1 }
            let start = k
            while k < n && SyllableScore.isLetter(segment[k]) { k += 1 }
            guard k > start else { continue }
            if Self.isBroken(UnsafeBufferPointer(rebasing: segment[start..<k])) { brokenRuns += 1 }
        }
    }

    /// ASCII characters other than letters, and the no-break space, end a segment.
    @inline(__always)
    static func endsSegment(_ s: UInt32) -> Bool {
        if s < 0x80 { return !((s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A) }
        return s == 0xA0
    }

    /// Whether a run of letters is neither ASCII, nor a syllable, nor a plain Latin-1 word.
    static func isBroken(_ run: UnsafeBufferPointer<UInt32>) -> Bool {
        switch SyllableScore.classify(run) {
        case .empty, .ascii, .good: return false
        case .bad: return true
        case .neutral:
            var sawLower = false
            for s in run {
                if s >= 0x100 { return true }
                let upper = s < 0x80 ? (s >= 0x41 && s <= 0x5A) : ICU.isUppercase(s)
                if upper { if sawLower { return true } } else { sawLower = true }
            }
            return false
        }
    }

    /// Symbols mojibake leaves between letters: what bytes 0x80-0xBF show as in Windows-1252, less
    /// the no-break space, the letters among them and the single quotes.
    @inline(__always)
    static func isMojibakeSymbol(_ s: UInt32) -> Bool {
        if s >= 0xA1 && s <= 0xBF { return s != 0xAA && s != 0xBA && s != 0xB5 }
        guard let byte = Windows1252.byte(for: s), byte >= 0x80 && byte < 0xA0 else { return false }
        return s != 0x2018 && s != 0x2019 && !SyllableScore.isLetter(s)
    }
}
