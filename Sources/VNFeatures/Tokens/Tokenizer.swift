import VNText

/// Splits normalised text into tokens, keeping byte offsets.
///
/// ```swift
/// Tokenizer.tokenize("TP.HCM, 10 tỷ USD").map(\.text)   // ["TP.HCM", ",", "10", "tỷ", "USD"]
/// ```
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var o = 0
        for (i, s) in scalars.enumerated() {
            offsets[i] = o
            o += UTF8.width(s)
        }
        offsets[scalars.count] = o

        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var sentence = 0
        var sentenceHasWord = false
        var spaceBefore = true
        let n = scalars.count

        func isLetter(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

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
                    if [".", ",", "/", "-"].contains(scalars[i]), i + 1 < n, isDigit(scalars[i + 1]) { i += 2; continue }
                    break
                }
            } else if isLetter(s) {
                kind = .word
                i += 1
                while i < n {
                    if isLetter(scalars[i]) || isDigit(scalars[i]) { i += 1; continue }
                    // Inner dots of abbreviations: T.Ư, TP.HCM, U.S.
                    if scalars[i] == ".", i + 1 < n, isLetter(scalars[i + 1]), scalars[i + 1].properties.isUppercase,
                       scalars[i - 1].properties.isUppercase {
                        i += 2; continue
                    }
                    // Inner hyphens of phonetic spellings: Pu-tin, Xi-xu-lít (lower-case after the hyphen).
                    if scalars[i] == "-", i + 1 < n, isLetter(scalars[i + 1]), scalars[i + 1].properties.isLowercase,
                       scalars[start].properties.isUppercase, !(i + 2 < n && scalars[i + 2] == " ") || true {
                        var j = i + 1
                        while j < n, isLetter(scalars[j]) { j += 1 }
                        // Only short syllable-like parts join (Pu-tin), not `Việt Nam-based`.
                        if j - (i + 1) <= 4 { i = j; continue }
                    }
                    break
                }
                // A trailing dot of an abbreviation with inner dots (U.S.) belongs to it.
                if i < n, scalars[i] == ".", i - start >= 3, scalars[start..<i].contains("."), scalars[i - 1].properties.isUppercase {
                    i += 1
                }
            } else {
                kind = .punctuation
                i += 1
            }
            let tokenScalars = scalars[start..<i]
            let tokenText = String(String.UnicodeScalarView(tokenScalars))
            let letters = tokenScalars.filter { $0.properties.isAlphabetic }
            let isCapitalized = letters.first?.properties.isUppercase ?? false
            let isAllCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            let hasMarks = tokenScalars.contains { $0.value >= 0x80 }
            let startsSentence = kind == .word && !sentenceHasWord
            tokens.append(Token(kind: kind, text: tokenText, key: MatchingKey.of(tokenText),
                                range: offsets[start]..<offsets[i], sentence: sentence,
                                isCapitalized: isCapitalized, isAllCaps: isAllCaps, hasMarks: hasMarks,
                                spaceBefore: spaceBefore, startsSentence: startsSentence))
            if kind == .word || kind == .number { sentenceHasWord = true }
            spaceBefore = false
            if kind == .punctuation, [".", "!", "?", ";"].contains(s) {
                // A dot after a one-letter capital (initials) or an abbreviation does not end a sentence.
                let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                let isAbbreviation = previous.map { ["Dec", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Gen", "Col", "Lt", "Prof"].contains($0.text) || ($0.text.count == 1 && $0.isCapitalized) } ?? false
                if s != "." || !isAbbreviation {
                    if sentenceHasWord { sentence += 1; sentenceHasWord = false }
                }
            }
        }
        return tokens
    }
}
