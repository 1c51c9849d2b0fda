import VNText

/// Splits normalised text into tokens, keeping byte offsets.
///
/// ```swift
/// Tokenizer.tokenize("TP.HCM, 10 tỷ USD").map(\.text)   // ["TP.HCM", ",", "10", "tỷ", "USD"]
/// ```
public enum Tokenizer {
    /// Words that a dot follows without ending the sentence (`Dec.`, `Mr.`), besides initials.
    static let abbreviations: Set<String> = ["Dec", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Gen", "Col", "Lt", "Prof"]

    /// The tokens of `text`.
    public static func tokenize(_ text: String) -> [Token] {
        let classes = ScalarClasses.shared
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var offsets = [Int](repeating: 0, count: n + 1)
        var o = 0
        for (i, s) in scalars.enumerated() {
            offsets[i] = o
            o += UTF8.width(s)
        }
        offsets[n] = o
        var utf8 = text
        return utf8.withUTF8 { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(n / 5)
            var i = 0
            var sentence = 0
            var sentenceHasWord = false
            var spaceBefore = true

            // Letters are alphabetic characters and non-spacing marks.
            func isLetter(_ s: Unicode.Scalar) -> Bool { classes.has(s, ScalarClasses.letter) }
            func isUpper(_ s: Unicode.Scalar) -> Bool { classes.has(s, ScalarClasses.uppercase) }
            func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

            while i < n {
                let s = scalars[i]
                if s == " " || s == "\t" || s == "\r" {
                    spaceBefore = true
                    i += 1
                    continue
                }
                if s == "\n" {
                    if sentenceHasWord { sentence += 1; sentenceHasWord = false }
                    spaceBefore = true
                    i += 1
                    continue
                }
                let start = i
                var kind: Token.Kind
                if isDigit(s) {
                    kind = .number
                    i += 1
                    while i < n {
                        if isDigit(scalars[i]) { i += 1; continue }
                        let c = scalars[i]
                        if c == "." || c == "," || c == "/" || c == "-", i + 1 < n, isDigit(scalars[i + 1]) { i += 2; continue }
                        break
                    }
                } else if isLetter(s) {
                    kind = .word
                    i += 1
                    var innerDot = false
                    while i < n {
                        let c = scalars[i]
                        if isLetter(c) || isDigit(c) { i += 1; continue }
                        // Inner dots of abbreviations: T.Ư, TP.HCM, U.S.
                        if c == ".", i + 1 < n, isLetter(scalars[i + 1]), isUpper(scalars[i + 1]), isUpper(scalars[i - 1]) {
                            innerDot = true
                            i += 2; continue
                        }
                        // Inner hyphens of phonetic spellings: Pu-tin, Xi-xu-lít (lower-case after the hyphen).
                        if c == "-", i + 1 < n, isLetter(scalars[i + 1]), classes.has(scalars[i + 1], ScalarClasses.lowercase), isUpper(scalars[start]) {
                            var j = i + 1
                            while j < n, isLetter(scalars[j]) { j += 1 }
                            // Only short syllable-like parts join (Pu-tin), not `Việt Nam-based`.
                            if j - (i + 1) <= 4 { i = j; continue }
                        }
                        break
                    }
                    // A trailing dot of an abbreviation with inner dots (U.S.) belongs to it.
                    if i < n, scalars[i] == ".", i - start >= 3, innerDot || scalars[start..<i].contains("."), isUpper(scalars[i - 1]) {
                        i += 1
                    }
                } else {
                    kind = .punctuation
                    i += 1
                }
                // Case and marks of the token, without building arrays.
                var letters = 0
                var firstLetterUpper = false
                var allUpper = true
                var hasMarks = false
                for k in start..<i {
                    let c = scalars[k]
                    if c.value >= 0x80 { hasMarks = true }
                    guard classes.has(c, ScalarClasses.alphabetic) else { continue }
                    let upper = isUpper(c)
                    if letters == 0 { firstLetterUpper = upper }
                    if !upper { allUpper = false }
                    letters += 1
                }
                let range = offsets[start]..<offsets[i]
                let slice = UnsafeBufferPointer(rebasing: bytes[range])
                let tokenText = String(decoding: slice, as: UTF8.self)
                let startsSentence = kind == .word && !sentenceHasWord
                tokens.append(Token(kind: kind, text: tokenText, key: MatchingKey.of(utf8: slice),
                                    range: range, sentence: sentence,
                                    isCapitalized: firstLetterUpper, isAllCaps: letters >= 2 && allUpper, hasMarks: hasMarks,
                                    spaceBefore: spaceBefore, startsSentence: startsSentence))
                if kind == .word || kind == .number { sentenceHasWord = true }
                spaceBefore = false
                if kind == .punctuation, s == "." || s == "!" || s == "?" || s == ";" {
                    // A dot after a one-letter capital (initials) or an abbreviation does not end a sentence.
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let isAbbreviation = previous.map { abbreviations.contains($0.text) || ($0.text.count == 1 && $0.isCapitalized) } ?? false
                    if s != "." || !isAbbreviation {
                        if sentenceHasWord { sentence += 1; sentenceHasWord = false }
                    }
                }
            }
            return tokens
        }
    }
}

/// Unicode properties of scalars the tokenizer asks about, looked up in a table for the Basic
/// Multilingual Plane (the properties themselves are slow to query).
final class ScalarClasses: Sendable {
    static let shared = ScalarClasses()

    static let alphabetic: UInt8 = 1
    /// Alphabetic or a non-spacing mark.
    static let letter: UInt8 = 2
    static let uppercase: UInt8 = 4
    static let lowercase: UInt8 = 8
    /// `String.lowercased()` changes it (Unicode's Changes_When_Lowercased).
    static let changesWhenLowercased: UInt8 = 16

    let table: [UInt8]

    private init() {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            table[v] = Self.compute(s)
        }
        self.table = table
    }

    static func compute(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var c: UInt8 = 0
        if p.isAlphabetic { c |= alphabetic }
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { c |= letter }
        if p.isUppercase { c |= uppercase }
        if p.isLowercase { c |= lowercase }
        if p.changesWhenLowercased { c |= changesWhenLowercased }
        return c
    }

    @inline(__always)
    func has(_ s: Unicode.Scalar, _ flag: UInt8) -> Bool {
        let v = s.value
        return (v < 0x10000 ? table[Int(v)] : Self.compute(s)) & flag != 0
    }
}
