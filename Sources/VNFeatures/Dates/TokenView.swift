import VNCorpus

/// The tokens of one article as the date and number grammars read them: each token with its
/// lower-case form (diacritics kept, so `tháng Sáu` "June" and `tháng sau` "next month" stay
/// apart), and small look-ups that answer nil past either end instead of trapping.
///
/// ```swift
/// let view = TokenView(tokens: Tokenizer.tokenize("Sáng 20/3, tại Hà Nội"), language: .vietnamese)
/// view.lower(0)     // "sáng"
/// view.integer(1)   // nil ("20/3" is not a plain integer)
/// ```
struct TokenView {
    let tokens: [Token]
    let language: Language
    /// Lower-case text of each token.
    let forms: [String]
    /// `WordHash.of` each form, for the word lists (`WordSet`, `WordTable`).
    let hashes: [UInt64]

    init(tokens: [Token], language: Language) {
        self.tokens = tokens
        self.language = language
        var forms: [String] = [], hashes: [UInt64] = []
        forms.reserveCapacity(tokens.count)
        hashes.reserveCapacity(tokens.count)
        for t in tokens {
            let form = t.kind == .word ? Self.lowercased(t.text) : t.text
            forms.append(form)
            hashes.append(WordHash.of(form))
        }
        self.forms = forms
        self.hashes = hashes
    }

    /// `text.lowercased()`, without building a new string when no character changes (most words).
    static func lowercased(_ text: String) -> String {
        let classes = ScalarClasses.shared
        for s in text.unicodeScalars where classes.has(s, ScalarClasses.changesWhenLowercased) { return text.lowercased() }
        return text
    }

    var count: Int { tokens.count }

    func contains(_ i: Int) -> Bool { i >= 0 && i < tokens.count }

    /// The lower-case form of token `i`, or nil outside the text.
    func lower(_ i: Int) -> String? { contains(i) ? forms[i] : nil }

    /// Whether token `i` is a word or punctuation mark whose lower-case form is in `words`.
    func lower(_ i: Int, in words: WordSet) -> Bool { words.contains(self, i) }

    /// The value `table` holds for the lower-case form of token `i`, or nil (also outside the text).
    func lower<Value>(_ i: Int, in table: WordTable<Value>) -> Value? {
        contains(i) ? table.value(for: forms[i], hash: hashes[i]) : nil
    }

    /// The value of token `i` when it is a plain run of digits (no separators), or nil.
    func integer(_ i: Int) -> Int? {
        guard contains(i), tokens[i].kind == .number, tokens[i].text.utf8.count <= 9,
              tokens[i].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(tokens[i].text)
    }

    /// The value of token `i` when it is a four-digit number, or nil.
    func fourDigits(_ i: Int) -> Int? {
        guard contains(i), tokens[i].text.utf8.count == 4 else { return nil }
        return integer(i)
    }

    func isNumber(_ i: Int) -> Bool { contains(i) && tokens[i].kind == .number }
    func isWord(_ i: Int) -> Bool { contains(i) && tokens[i].kind == .word }
    func isPunctuation(_ i: Int) -> Bool { contains(i) && tokens[i].kind == .punctuation }
    func isCapitalized(_ i: Int) -> Bool { contains(i) && tokens[i].isCapitalized }

    /// Whether token `i` follows the token before it without white space (`14th`, `6h`, `15%`).
    func isAttached(_ i: Int) -> Bool { contains(i) && !tokens[i].spaceBefore }

    /// Whether tokens `a` and `b` both exist and are in the same sentence.
    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        contains(a) && contains(b) && tokens[a].sentence == tokens[b].sentence
    }

    /// The lower-case form of the token before `i` in the same sentence, or nil.
    func previous(_ i: Int) -> String? { sameSentence(i - 1, i) ? forms[i - 1] : nil }

    /// The UTF-8 byte range covered by tokens `range`.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}
