/// Repairs mojibake: UTF-8 that was read as Windows-1252 (or Latin-1) and saved again, so that
/// `Việt Nam` shows as `Viá»‡t Nam` and `don’t` as `donâ€™t`.
///
/// Word by word, each character goes back to its Windows-1252 byte; where those bytes form a
/// valid UTF-8 sequence that decodes to a plausible character (a Vietnamese or Latin letter,
/// typographic punctuation, `€`, `₫`, an emoji), the word may be rewritten (`WordShape`):
/// - a word that reads badly as it stands and better rewritten is *evident* mojibake: a symbol
///   between its letters (`Viá»‡t`, `donâ€™t`), a C1 control character, a run of letters that is
///   neither a Vietnamese syllable nor a plain Latin word (`tÆ°á»›ng`, `lÃ`), or a three-byte
///   sequence (`Thá»§`: no correct word has a letter `à`...`ï` followed by two such symbols that
///   decode to a Vietnamese letter or punctuation);
/// - a word that reads as well either way (`Ã—`, `â€”`, `NGÃ”`), or whose only clue is a no-break
///   space (`Â\u{A0}`), or a space standing for a lost one, is *weak* evidence.
/// Weak words are rewritten only when the text has evident mojibake too; a text without any is left
/// exactly as it is. Text mangled twice is repaired in up to three passes.
///
/// ```swift
/// let (text, report) = MojibakeRepair.repair("Viá»‡t Nam vÃ  Lào")
/// text                // "Việt Nam và Lào"
/// report?.words       // 2
/// report?.summary     // "mojibake repaired: 2 word(s) on 1 line(s) were UTF-8 read as Windows-1252 ..."
/// ```
public enum MojibakeRepair {
    /// What was repaired.
    public struct Report: Sendable, Equatable {
        /// Words rewritten (by the first pass).
        public var words = 0
        /// Lines with a repaired word (first pass).
        public var lines = 0
        /// The first repair: line, word as it stood, word repaired.
        public var example: (line: Int, before: String, after: String)?
        /// Whether C1 control characters show the text went through Latin-1 rather than Windows-1252.
        public var latin1 = false
        /// How many passes found something (2 when the text was mangled twice).
        public var passes = 0
        /// Words the last pass rewrote.
        public var lastWords = 0
        /// Words the last pass left clean (no broken characters left).
        public var clean = 0
        /// Repaired words that would have been left alone without evidence elsewhere in the text:
        /// the word read well as it stood (`Ã—`), or its only clue was a no-break space.
        public var weak = 0

        /// Share of the last pass's repairs that left a clean word, lowered by weak evidence.
        public var confidence: Double {
            guard lastWords > 0 else { return 0 }
            return Double(clean) / Double(lastWords) * (1 - 0.5 * Double(weak) / Double(lastWords))
        }

        /// One line for people.
        public var summary: String {
            var line = "mojibake repaired: \(words) word(s) on \(lines) line(s) were UTF-8 read as \(latin1 ? "Latin-1" : "Windows-1252")"
            if passes > 1 { line += " \(passes) times over" }
            if let example { line += " (line \(example.line): \"\(example.before)\" -> \"\(example.after)\")" }
            return line + "; " + ConfidenceWords.describe(confidence)
        }

        public static func == (a: Report, b: Report) -> Bool {
            a.words == b.words && a.lastWords == b.lastWords && a.lines == b.lines && a.latin1 == b.latin1 && a.passes == b.passes
                && a.clean == b.clean && a.weak == b.weak && a.example?.line == b.example?.line
                && a.example?.before == b.example?.before && a.example?.after == b.example?.after
        }
    }

    /// The repaired text and a report, nil when nothing was repaired.
    public static func repair(_ text: String) -> (text: String, report: Report?) {
        var current = text
        var report = Report()
        for _ in 0..<3 {
            guard let pass = repairPass(current, report: &report) else { break }
            current = pass
            report.passes += 1
        }
        return (current, report.words > 0 ? report : nil)
    }

    /// A repaired word, in scalar indices of the pass's input.
    struct WordRepair {
        let range: Range<Int>
        let replacement: [UInt32]
        let line: Int
        let weak: Bool
        let clean: Bool
        let latin1: Bool
    }

    /// One pass over the text; nil when it finds nothing to repair.
    static func repairPass(_ text: String, report: inout Report) -> String? {
        guard mayHaveCandidate(text) else { return nil }
        let scalars = text.unicodeScalars.map(\.value)
        guard hasCandidate(scalars) else { return nil }
        var repairs: [WordRepair] = []
        let n = scalars.count
        var line = 1
        var i = 0
        scalars.withUnsafeBufferPointer { buffer in
            while i < n {
                if isSpace(buffer[i]) {
                    if buffer[i] == 0x0A { line += 1 }
                    i += 1
                    continue
                }
                let start = i
                while i < n && !isSpace(buffer[i]) { i += 1 }
                if let repair = repairWord(buffer, start..<i, line: line) {
                    repairs.append(repair)
                    i = repair.range.upperBound
                }
            }
        }
        guard repairs.contains(where: { !$0.weak }) else { return nil }
        var output: [UInt32] = []
        output.reserveCapacity(n)
        var at = 0
        var lines = Set<Int>()
        report.lastWords = repairs.count
        report.clean = 0
        report.weak = 0
        if report.passes == 0 { report.words = repairs.count }
        for repair in repairs {
            output.append(contentsOf: scalars[at..<repair.range.lowerBound])
            output.append(contentsOf: repair.replacement)
            at = repair.range.upperBound
            if repair.clean { report.clean += 1 }
            if repair.weak { report.weak += 1 }
            if repair.latin1 { report.latin1 = true }
            lines.insert(repair.line)
            if report.example == nil {
                report.example = (repair.line, string(scalars[repair.range]).trimmingSpaces, string(repair.replacement[...]))
            }
        }
        output.append(contentsOf: scalars[at...])
        if report.passes == 0 { report.lines = lines.count }
        return string(output[...])
    }

    /// A quick look at the UTF-8 bytes: is some `Â`...`ô` (C3 82...C3 B4) followed by a character
    /// that could be a continuation byte's (C1 controls and Latin-1 symbols C2 xx, Windows-1252
    /// extras C5 xx, C6 92, CB xx, E2 xx), or `Â`...`ß` by a space? False for nearly all correct text.
    static func mayHaveCandidate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i + 2 < n {
                if startsCandidate(bytes[i], bytes[i + 1], bytes[i + 2]) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether the three UTF-8 bytes `b0 b1 b2` are a character `Â`...`ô` followed by the lead
    /// byte of one that maps to a continuation byte (or `Â`...`ß` followed by a space): the only
    /// places a mojibake repair can start.
    @inline(__always)
    static func startsCandidate(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        guard b0 == 0xC3, b1 >= 0x82 && b1 <= 0xB4 else { return false }
        switch b2 {
        case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
        case 0x20: return b1 <= 0x9F   // Â...ß, then a lost no-break space
        default: return false
        }
    }

    /// Whether the word `word` (valid UTF-8 between ASCII white space), followed by the character
    /// `next` (0 at the end of the text), is evident mojibake: one the repair rewrites on its own
    /// evidence. Weak words (`VÃ` before a space, `Ã—`) are rewritten only in a text with an
    /// evident one, so a text without any is left exactly as it is by `repair`.
    ///
    /// ```swift
    /// MojibakeRepair.isEvident(word: Array("Viá»‡t".utf8), next: 0x20)   // true
    /// MojibakeRepair.isEvident(word: Array("VÃ".utf8), next: 0x20)       // false: weak
    /// MojibakeRepair.isEvident(word: Array("là\u{A0}".utf8), next: 0x20) // false
    /// ```
    public static func isEvident(word: [UInt8], next: UInt32) -> Bool {
        word.withUnsafeBufferPointer { isEvident(word: $0, next: next) }
    }

    /// `isEvident(word:next:)` on a buffer.
    public static func isEvident(word: UnsafeBufferPointer<UInt8>, next: UInt32) -> Bool {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(word.count + 1)
        var i = 0
        while i < word.count { scalars.append(UTF8Scalars.decode(word, &i)) }
        let count = scalars.count
        if next != 0 { scalars.append(next) }
        guard let repair = scalars.withUnsafeBufferPointer({ repairWord($0, 0..<count, line: 1) }) else { return false }
        return !repair.weak
    }

    /// Whether some character `Â`...`ô` is followed by one that maps to a continuation byte (or
    /// `Â`...`ß` by a space).
    static func hasCandidate(_ scalars: [UInt32]) -> Bool {
        var previous: UInt32 = 0
        for s in scalars {
            if previous >= 0xC2 && previous <= 0xF4 {
                if Windows1252.byte(for: s).map({ $0 >= 0x80 && $0 < 0xC0 }) ?? false { return true }
                if s == 0x20 && previous <= 0xDF { return true }
            }
            previous = s
        }
        return false
    }

    /// The repair of the word at `range` (which may grow by one space standing for a lost no-break
    /// space), or nil.
    static func repairWord(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, line: Int) -> WordRepair? {
        var out: [UInt32] = []
        var found = false, strong = false, long = false, latin1 = false
        var end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let scalar = s[i]
            guard let lead = Windows1252.byte(for: scalar), lead >= 0xC2 && lead <= 0xF4 else {
                out.append(scalar); i += 1; continue
            }
            let need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
            var value = UInt32(lead) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            var ok = true, sequenceStrong = false, usedSpace = false, sawC1 = false, lastByte: UInt8 = 0
            for k in 1...need {
                let index = i + k
                var byte: UInt8
                if index < end, let b = Windows1252.byte(for: s[index]) {
                    byte = b
                    if s[index] >= 0x80 && s[index] < 0xA0 && Windows1252.scalar(for: b) != s[index] { sawC1 = true }
                } else if index == end && k == need && index < s.count && s[index] == 0x20 && !usedSpace {
                    // A no-break space (A0) that was saved as a plain space.
                    byte = 0xA0
                    usedSpace = true
                } else {
                    ok = false; break
                }
                let (low, high) = continuationRange(lead: lead, position: k)
                guard byte >= low && byte <= high else { ok = false; break }
                if byte != 0xA0 { sequenceStrong = true }
                value = value << 6 | UInt32(byte & 0x3F)
                lastByte = byte
            }
            guard ok, isPlausible(value) else { out.append(scalar); i += 1; continue }
            found = true
            if sequenceStrong { strong = true }
            // Two or three symbols after a letter that decode to a Vietnamese letter or typographic
            // punctuation (`á»‡`, `â€™`) do not happen in correct text; a no-break space as the last
            // one can (`«está»\u{A0}`).
            if sequenceStrong && need >= 2 && lastByte != 0xA0 { long = true }
            if sawC1 { latin1 = true }
            if value != 0xFEFF { out.append(value) }
            if usedSpace { end += 1 }
            i += need + 1
        }
        guard found else { return nil }
        let before = WordShape(UnsafeBufferPointer(rebasing: s[range]))
        let after = out.withUnsafeBufferPointer { WordShape($0) }
        // The repaired word must be at least as sound as the word was.
        guard after.brokenRuns <= before.brokenRuns, after.symbolsInside <= before.symbolsInside,
              after.controls <= before.controls else { return nil }
        let evident = long || before.controls > after.controls || before.symbolsInside > after.symbolsInside
            || before.brokenRuns > after.brokenRuns
        return WordRepair(range: range.lowerBound..<end, replacement: out, line: line, weak: !evident || !strong,
                          clean: after.isSound, latin1: latin1)
    }

    /// The range of the continuation byte at `position` (1-based) after `lead` in valid UTF-8.
    @inline(__always)
    static func continuationRange(lead: UInt8, position: Int) -> (UInt8, UInt8) {
        guard position == 1 else { return (0x80, 0xBF) }
        switch lead {
        case 0xE0: return (0xA0, 0xBF)
        case 0xED: return (0x80, 0x9F)
        case 0xF0: return (0x90, 0xBF)
        case 0xF4: return (0x80, 0x8F)
        default: return (0x80, 0xBF)
        }
    }

    /// Characters mojibake plausibly stood for: letters of Vietnamese and Western text, their
    /// combining marks, typographic punctuation, currency signs, emoji, a byte-order mark; and C1
    /// controls, which text mangled twice holds after its first repair (a word may not gain any).
    static func isPlausible(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x9F: return true
        case 0xA0...0x17F, 0x192, 0x1A0, 0x1A1, 0x1AF, 0x1B0: return true
        case 0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323: return true
        case 0x1EA0...0x1EF9: return true
        case 0x2010...0x2027, 0x2030...0x203A, 0x2044, 0x20AB, 0x20AC, 0x2122: return true
        case 0xFEFF: return true
        case 0x1F300...0x1FAFF, 0x2600...0x27BF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x0B }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return String(view)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
