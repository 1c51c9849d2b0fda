/// How Vietnamese a candidate reading of some bytes looks: words that are valid Vietnamese
/// syllables with their marks, against words that look broken. Decoders rank their candidates by it.
///
/// A word is a run of letters between white space, ASCII punctuation, digits and general
/// punctuation (’ “ ” – —). A word with a letter outside ASCII is
/// - *good* when it is one Vietnamese syllable (`Orthography`), with at most one tone, a tone that
///   fits its final (`-c -ch -p -t` take only the acute or the dot below), and sane case;
/// - *bad* when it is not and has a Vietnamese letter outside Latin-1 (`ơ`, `ệ`, `đ`), or when a
///   symbol or control character sits inside it (`Vi®t`, `Viá»‡t`);
/// - neutral otherwise (`café`, `Ærø`: Latin-1 words of other languages).
/// Words of plain ASCII are neutral: every reading shares them.
///
/// ```swift
/// let s = SyllableScore.of("Việt Nam là Viá»‡t")
/// s.good    // 2 (Việt, là)
/// s.bad     // 1 (Viá»‡t)
/// s.value   // 1
/// ```
public struct SyllableScore: Sendable, Equatable {
    /// Words with a non-ASCII letter that are Vietnamese syllables.
    public var good = 0
    /// Broken words.
    public var bad = 0
    /// All words, ASCII ones included.
    public var words = 0

    public init() {}

    /// `good - bad`.
    public var value: Int { good - bad }

    /// The score of a text.
    public static func of(_ text: String) -> SyllableScore {
        let scalars = text.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { of($0) }
    }

    /// The score of a run of code points.
    public static func of(_ scalars: UnsafeBufferPointer<UInt32>) -> SyllableScore {
        var score = SyllableScore()
        let n = scalars.count
        var i = 0
        while i < n {
            while i < n && isSeparator(scalars[i]) { i += 1 }
            let start = i
            while i < n && !isSeparator(scalars[i]) { i += 1 }
            if i > start { score.add(word: UnsafeBufferPointer(rebasing: scalars[start..<i])) }
        }
        return score
    }

    /// Scores one word (a run without separators).
    mutating func add(word: UnsafeBufferPointer<UInt32>) {
        // Trim symbols at both ends: «Việt», ©2025.
        for s in word where Self.isBroken(s) {
            bad += 1
            words += 1
            return
        }
        var lo = 0, hi = word.count
        while lo < hi && !Self.isLetter(word[lo]) { lo += 1 }
        while hi > lo && !Self.isLetter(word[hi - 1]) { hi -= 1 }
        guard hi > lo else { return }
        words += 1
        var nonASCII = false, vietnameseOnly = false, symbolInside = false, foreignLetter = false
        var letters = Orthography.Letters()
        var tones = 0, tone = Tone.level
        var sawLower = false, upperAfterLower = false
        let alphabet = VietnameseAlphabet.shared
        for k in lo..<hi {
            let s = word[k]
            if s >= 0x80 { nonASCII = true }
            guard Self.isLetter(s) else { symbolInside = true; continue }
            guard let code = Orthography.code(of: s), letters.count < Orthography.Letters.capacity else {
                foreignLetter = true
                continue
            }
            letters.append(code)
            if s >= 0x100 { vietnameseOnly = true }
            if let v = alphabet.vowel(s), v.tone != .level { tones += 1; tone = v.tone }
            let upper = s < 0x80 ? (s >= 0x41 && s <= 0x5A) : ICU.isUppercase(s)
            if upper { if sawLower { upperAfterLower = true } } else { sawLower = true }
        }
        guard nonASCII else { return }
        if symbolInside { bad += 1; return }
        if !foreignLetter && tones <= 1 && !upperAfterLower, let structure = Orthography.shared.parse(letters),
           Self.toneFitsFinal(tone, structure: structure, letters: letters) {
            good += 1
            return
        }
        if vietnameseOnly { bad += 1 }
    }

    /// Syllables closed by -c -ch -p -t carry the acute or the dot below.
    static func toneFitsFinal(_ tone: Tone, structure: Orthography.Structure, letters: Orthography.Letters) -> Bool {
        guard !structure.final.isEmpty else { return true }
        let last = letters[structure.final.upperBound - 1]
        // c = 3, h = 8 (ch), p = 16, t = 20
        let stop = last == 3 || last == 16 || last == 20 || (last == 8 && structure.final.count == 2)
        return !stop || tone == .acute || tone == .dotBelow
    }

    @inline(__always)
    static func isSeparator(_ s: UInt32) -> Bool {
        if s < 0x80 {
            // Letters and controls are not separators; everything else in ASCII is.
            if s < 0x20 { return s == 0x09 || s == 0x0A || s == 0x0D || s == 0x0B || s == 0x0C }
            return s != 0x7F && !((s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A)
        }
        switch s {
        case 0xA0, 0x2000...0x206F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        return ScalarClasses.shared.flags(of: s) & (ScalarClasses.letter | ScalarClasses.mark) != 0
    }

    /// Characters that never stand in a word of running text: controls and the replacement character.
    @inline(__always)
    static func isBroken(_ s: UInt32) -> Bool {
        (s < 0x20 && !(s >= 0x09 && s <= 0x0D)) || (s >= 0x7F && s < 0xA0) || s == 0xFFFD
    }
}
