/// How Vietnamese a candidate reading of some bytes looks: words that are valid Vietnamese
/// syllables with their marks, against words that look broken. Decoders rank their candidates by it.
///
/// A word is a run of letters between white space, ASCII punctuation, digits, dashes, quotes and
/// ellipses (’ “ ” – — …). A word with a letter outside ASCII is
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
/// s.value   // 0
/// ```
public struct SyllableScore: Sendable, Equatable {
    /// Words with a non-ASCII letter that are Vietnamese syllables.
    public var good = 0
    /// Broken words.
    public var bad = 0
    /// Neutral words with a letter outside ASCII (`café`, and `Vieät` when VNI is shown as Latin-1).
    public var foreign = 0
    /// All words, ASCII ones included.
    public var words = 0

    public init() {}

    /// `good - 2 × bad`: a broken word is stronger evidence against a reading than a syllable is
    /// for it (short words such as `Ụ` happen to be syllables in a wrong reading).
    public var value: Int { good - 2 * bad }

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
        switch Self.classify(word) {
        case .empty: return
        case .ascii: words += 1
        case .neutral: words += 1; foreign += 1
        case .good: words += 1; good += 1
        case .bad: words += 1; bad += 1
        }
    }

    /// What a word (a run without separators) is worth.
    enum WordClass { case empty, ascii, good, bad, neutral }

    /// Classifies one word.
    static func classify(_ word: UnsafeBufferPointer<UInt32>) -> WordClass {
        for s in word where isBroken(s) { return .bad }
        // Trim symbols at both ends: «Việt», ©2025.
        var lo = 0, hi = word.count
        while lo < hi && !isLetter(word[lo]) { lo += 1 }
        while hi > lo && !isLetter(word[hi - 1]) { hi -= 1 }
        guard hi > lo else { return .empty }
        var nonASCII = false, vietnameseOnly = false, symbolInside = false, foreignLetter = false
        var letters = Orthography.Letters()
        var tones = 0, tone = Tone.level
        var sawLower = false, upperAfterLower = false
        let alphabet = VietnameseAlphabet.shared
        for k in lo..<hi {
            let s = word[k]
            if s >= 0x80 { nonASCII = true }
            guard isLetter(s) else { symbolInside = true; continue }
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
        guard nonASCII else { return .ascii }
        if symbolInside { return .bad }
        if !foreignLetter && tones <= 1 && !upperAfterLower, let structure = Orthography.shared.parse(letters),
           toneFitsFinal(tone, structure: structure, letters: letters) {
            return .good
        }
        return vietnameseOnly ? .bad : .neutral
    }

    /// Syllables closed by -c -ch -p -t carry the acute or the dot below.
    static func toneFitsFinal(_ tone: Tone, structure: Orthography.Structure, letters: Orthography.Letters) -> Bool {
        guard !structure.final.isEmpty else { return true }
        let first = letters[structure.final.lowerBound]
        // c = 3 (c, ch), p = 16, t = 20
        let stop = first == 3 || first == 16 || first == 20
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
        // Spaces, dashes, quotes, ellipsis; not † ‡ • ‰ ‹ › (mojibake leaves those inside words).
        case 0xA0, 0x2000...0x201F, 0x2024...0x202F, 0x3000, 0xFEFF: return true
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
