/// Converts VIQR (RFC 1456: `Vie^.t Nam`, `DDu+o+`ng`) to Unicode, following `viqr.tsv`.
///
/// A mark character is a mark only where it makes a legal Vietnamese letter (breve on a, circumflex
/// on a e o, horn on o u, tones on vowels) and the word it makes is a valid syllable; a backslash
/// keeps the next mark character literal (`gi`\?` = `gì?`). A tone mark ending a word that already
/// has a tone is punctuation (`No^.i.` = `Nội.`); a `.` or `?` ending a word without one is a tone
/// unless a sentence visibly ends there: a line break or the end of the text follows, or (for `.`)
/// a lower-case word is followed by a capital (`nhau. Thu? tu+o+'ng`; but `Bo^. Ngoa.i giao`).
/// URLs and e-mail addresses are left alone.
///
/// ```swift
/// let r = VIQRDecoder.decode("Ha` No^.i, Vie^.t Nam.")
/// r.text          // "Hà Nội, Việt Nam."
/// r.markedWords   // 3
/// ```
public enum VIQRDecoder {
    /// A conversion and how much of the text carried VIQR marks.
    public struct Result: Sendable {
        public let text: String
        /// Words converted (they carried at least one mark and made valid syllables).
        public let markedWords: Int
        /// Words with letters.
        public let words: Int
        /// Letters outside ASCII already in the input (VIQR text has none).
        public let nonASCIILetters: Int
    }

    /// The marks, from `viqr.tsv`: mnemonic -> combining character (or đ/Đ for the digraphs).
    static let table: [String: UInt32] = {
        do {
            let table = try TSVTable.resource("viqr.tsv", in: .vnText, subdirectory: "encodings")
            var marks: [String: UInt32] = [:]
            for row in table.rows {
                guard row.fields.count == 2, let scalar = row.fields[1].unicodeScalars.first, row.fields[1].unicodeScalars.count == 1 else {
                    throw table.error("expected mark<TAB>character", at: row)
                }
                marks[row.fields[0]] = scalar.value
            }
            return marks
        } catch {
            fatalError("vnalign's VIQR table is unreadable: \(error)")
        }
    }()

    /// Shape marks: ASCII mnemonic -> combining mark (breve, circumflex, horn).
    static let shapes: [UInt32: UInt32] = marks(in: [0x0306, 0x0302, 0x031B])
    /// Tone marks: ASCII mnemonic -> tone.
    static let tones: [UInt32: Tone] = {
        var out: [UInt32: Tone] = [:]
        for (mnemonic, mark) in table where mnemonic.unicodeScalars.count == 1 {
            if let tone = Tone.allCases.first(where: { $0.combiningMark == mark }) { out[mnemonic.unicodeScalars.first!.value] = tone }
        }
        return out
    }()

    static func marks(in combining: Set<UInt32>) -> [UInt32: UInt32] {
        var out: [UInt32: UInt32] = [:]
        for (mnemonic, mark) in table where mnemonic.unicodeScalars.count == 1 && combining.contains(mark) {
            out[mnemonic.unicodeScalars.first!.value] = mark
        }
        return out
    }

    /// Converts `text`.
    public static func decode(_ text: String) -> Result {
        let input = text.unicodeScalars.map(\.value)
        var output: [UInt32] = []
        output.reserveCapacity(input.count)
        var marked = 0, words = 0, nonASCIILetters = 0
        let n = input.count
        var i = 0
        while i < n {
            if isSpace(input[i]) { output.append(input[i]); i += 1; continue }
            let start = i
            while i < n && !isSpace(input[i]) { i += 1 }
            let token = Array(input[start..<i])
            if token.contains(where: { SyllableScore.isLetter($0) }) { words += 1 }
            nonASCIILetters += token.reduce(0) { $0 + ($1 >= 0x80 && SyllableScore.isLetter($1) ? 1 : 0) }
            let converted = convert(token, following: following(i, in: input))
            if let converted {
                output.append(contentsOf: converted)
                marked += 1
            } else {
                output.append(contentsOf: token)
            }
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: output.compactMap(Unicode.Scalar.init))
        return Result(text: String(scalars), markedWords: marked, words: words, nonASCIILetters: nonASCIILetters)
    }

    /// What follows a token, for telling a full stop from a tone mark.
    enum Following { case lineEnd, capital, other }

    /// What follows the token ending at `end`: a line break or the end of the text, a word that
    /// starts with a capital, or something else.
    static func following(_ end: Int, in input: [UInt32]) -> Following {
        var k = end
        while k < input.count {
            let s = input[k]
            if s == 0x0A || s == 0x0D { return .lineEnd }
            if !isSpace(s) {
                if s == 0x22 || s == 0x27 || s == 0x28, k + 1 < input.count { return isUpperASCII(input[k + 1]) ? .capital : .other }
                return isUpperASCII(s) ? .capital : .other
            }
            k += 1
        }
        return .lineEnd
    }

    /// The token converted, or nil when it carries no VIQR mark or does not make valid syllables.
    static func convert(_ token: [UInt32], following: Following) -> [UInt32]? {
        if isAddress(token) { return nil }
        var out: [UInt32] = []
        var marks = 0
        var tonesSet = 0
        // The vowel whose tone came from a mark ending the word: (index in out, the mark, base, upper, shape).
        var trailing: (at: Int, mark: UInt32, base: UInt8, upper: Bool)?
        let alphabet = VietnameseAlphabet.shared
        let n = token.count
        var i = 0
        while i < n {
            let c = token[i]
            if c == 0x5C, i + 1 < n, isMnemonic(token[i + 1]) {
                out.append(token[i + 1])
                marks += 1
                i += 2
                continue
            }
            if (c == 0x64 || c == 0x44), i + 2 < n, (token[i + 1] == 0x64 && c == 0x64) || (token[i + 1] | 0x20 == 0x64 && c == 0x44),
               isVowelASCII(token[i + 2]), out.last.map({ !SyllableScore.isLetter($0) }) ?? true {
                out.append(c == 0x64 ? 0x111 : 0x110)
                marks += 1
                i += 2
                continue
            }
            guard var base = baseIndex(c) else { out.append(c); i += 1; continue }
            let upper = c < 0x61
            var j = i + 1
            if j < n, let shape = shapes[token[j]], let shaped = shapedIndex(base, shape) {
                base = shaped
                marks += 1
                j += 1
            }
            var tone = Tone.level
            if j < n, let t = tones[token[j]] {
                tone = t
                marks += 1
                // Only a mark that ends the token can be a full stop; `phu?,` has a tone.
                if j + 1 == n { trailing = (out.count, token[j], base, upper) } else { tonesSet += 1 }
                j += 1
            }
            out.append(alphabet.compose(base: base, tone: tone, uppercase: upper))
            i = j
        }
        if let t = trailing {
            // A full stop ends a paragraph, or a lower-case word before a capital; a question mark
            // only a paragraph (hỏi on open syllables is far more common); `'` is always sắc.
            let lowerCaseWord = token.first.map { !isUpperASCII($0) } ?? false
            let punctuation: Bool
            switch t.mark {
            case 0x2E: punctuation = following == .lineEnd || (following == .capital && lowerCaseWord)
            case 0x3F: punctuation = following == .lineEnd
            default: punctuation = false
            }
            if tonesSet > 0 || punctuation {
                out[t.at] = alphabet.compose(base: t.base, tone: .level, uppercase: t.upper)
                out.insert(t.mark, at: t.at + 1)
                marks -= 1
            }
        }
        guard marks > 0, validSyllables(out) else { return nil }
        return out
    }

    /// Whether every letter run of the converted token that has a non-ASCII letter is a syllable.
    static func validSyllables(_ scalars: [UInt32]) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            var k = 0
            let n = buffer.count
            while k < n {
                while k < n && !SyllableScore.isLetter(buffer[k]) { k += 1 }
                let start = k
                while k < n && SyllableScore.isLetter(buffer[k]) { k += 1 }
                guard k > start else { continue }
                switch SyllableScore.classify(UnsafeBufferPointer(rebasing: buffer[start..<k])) {
                case .good, .ascii, .empty: continue
                case .bad, .neutral: return false
                }
            }
            return true
        }
    }

    /// Whether a token is a URL or an e-mail address (`://`, `@`, or starting `www.`).
    static func isAddress(_ token: [UInt32]) -> Bool {
        if token.contains(0x40) { return true }
        if token.count >= 4, token[0] | 0x20 == 0x77, token[1] | 0x20 == 0x77, token[2] | 0x20 == 0x77, token[3] == 0x2E { return true }
        var k = 0
        while k + 2 < token.count {
            if token[k] == 0x3A && token[k + 1] == 0x2F && token[k + 2] == 0x2F { return true }
            k += 1
        }
        return false
    }

    /// How many unambiguous VIQR marks the text has: a shape mark `( ^ +` or a tone mark (a grave accent, `~`)
    /// right after a vowel, or `dd`/`DD` opening a word. Cheap; callers skip `decode` below a few.
    public static func unambiguousMarks(in text: String) -> Int {
        var count = 0
        var previous: UInt32 = 0x20, beforePrevious: UInt32 = 0x20
        for scalar in text.unicodeScalars {
            let c = scalar.value
            if isUnambiguousMark(c, after: previous, beforePrevious) { count += 1 }
            beforePrevious = previous
            previous = c
        }
        return count
    }

    /// Whether the character `c`, after `previous` and `beforePrevious`, is an unambiguous VIQR
    /// mark (see `unambiguousMarks(in:)`); only `( ^ + ` ~ d D` can be one.
    @inline(__always)
    static func isUnambiguousMark(_ c: UInt32, after previous: UInt32, _ beforePrevious: UInt32) -> Bool {
        switch c {
        case 0x28, 0x5E, 0x2B, 0x60, 0x7E: return isVowelASCII(previous)
        case 0x64, 0x44: return previous | 0x20 == 0x64 && !SyllableScore.isLetter(beforePrevious)
        default: return false
        }
    }

    /// Whether text with `marks` unambiguous marks (`unambiguousMarks(in:)`), `nonASCIILetters`
    /// letters outside ASCII and `byteCount` bytes of UTF-8 may be VIQR, as `TextDecoding` decides
    /// after `decode`: at least 3 marks, and fewer non-ASCII letters than a tenth of the words
    /// (a text of n bytes has at most (n + 1) / 2 words). False means `decode` need not run.
    ///
    /// ```swift
    /// VIQRDecoder.mayBeVIQR(marks: 12, nonASCIILetters: 0, byteCount: 400)     // true
    /// VIQRDecoder.mayBeVIQR(marks: 12, nonASCIILetters: 300, byteCount: 2000)  // false
    /// ```
    public static func mayBeVIQR(marks: Int, nonASCIILetters: Int, byteCount: Int) -> Bool {
        marks >= 3 && nonASCIILetters * 10 < (byteCount + 1) / 2
    }

    /// Whether VIQR is worth decoding in `text` (`mayBeVIQR` on its counts).
    public static func mayBeVIQR(_ text: String) -> Bool {
        let marks = unambiguousMarks(in: text)
        guard marks >= 3 else { return false }
        let letters = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x80 && SyllableScore.isLetter($1.value) ? 1 : 0) }
        return mayBeVIQR(marks: marks, nonASCIILetters: letters, byteCount: text.utf8.count)
    }

    /// `baseVowels` index of an ASCII vowel.
    @inline(__always)
    static func baseIndex(_ c: UInt32) -> UInt8? {
        switch c | 0x20 {
        case 0x61 where c <= 0x7A: return 0
        case 0x65 where c <= 0x7A: return 3
        case 0x69 where c <= 0x7A: return 5
        case 0x6F where c <= 0x7A: return 6
        case 0x75 where c <= 0x7A: return 9
        case 0x79 where c <= 0x7A: return 11
        default: return nil
        }
    }

    /// The shaped vowel a shape mark makes of a base, if legal (ă â ê ô ơ ư).
    static func shapedIndex(_ base: UInt8, _ mark: UInt32) -> UInt8? {
        switch (base, mark) {
        case (0, 0x0306): return 1
        case (0, 0x0302): return 2
        case (3, 0x0302): return 4
        case (6, 0x0302): return 7
        case (6, 0x031B): return 8
        case (9, 0x031B): return 10
        default: return nil
        }
    }

    static func isMnemonic(_ c: UInt32) -> Bool { shapes[c] != nil || tones[c] != nil }
    static func isVowelASCII(_ c: UInt32) -> Bool { c < 0x80 && baseIndex(c) != nil }
    static func isUpperASCII(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x0B }
}
