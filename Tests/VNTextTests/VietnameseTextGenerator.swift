import PropertyBased
@testable import VNText

/// Random Vietnamese-ish text for the property tests, built from a list of random 64-bit tokens so
/// that PropertyBased can shrink a failing text by dropping tokens and zeroing bits. Each token is
/// one word: a syllable (or a foreign word) with random tone displacement, lookalike `đ`, case,
/// composition form, zero-width characters, quotes, punctuation and the separator after it.
/// A token of 0 is the plain first syllable followed by a space.
enum VietText {
    /// Canonical old-style syllables, lower case, NFC.
    static let syllables: [String] = [
        "hòa", "thủy", "khỏe", "hoàn", "toán", "hoạch", "thuyết", "người", "muốn", "thuở", "khuyến",
        "quý", "quà", "già", "giữ", "gìn", "mía", "mùa", "mưa", "ngoài", "khuỷu", "ngoáy", "việt", "nam",
        "hà", "nội", "đà", "nẵng", "nguyễn", "phú", "trọng", "thủ", "tướng", "quốc", "hội", "khóa",
        "đảng", "tô", "lâm", "xóa", "tùy", "lũy", "của", "cửa", "huỳnh", "quỳnh", "chuyện", "được",
        "bộ", "chính", "trị", "hoàng", "khoảng", "loại", "khuya", "yêu", "yếu", "ấy", "đi", "ở", "ủy",
        "giường", "đường", "độc", "lập", "đoàn", "kìa", "giữa", "hoặc", "tuần", "cứu", "khuấy", "giỏi",
        "quái", "sáu", "máy", "chịu", "túi", "hỏi", "ngoẹo", "xoáy", "đặng", "đỗ", "thụy", "điển", "hóa",
        "tòa", "án", "khoét", "huýt", "quả", "giúp",
    ]

    /// Words that are not Vietnamese syllables; never displaced or given lookalikes.
    static let foreign: [String] = [
        "the", "Prime", "Minister", "café", "Thongsalith", "Mangnomek", "Steven", "XV", "2026", "20/3",
        "\u{00D0}or\u{00F0}ur", "Sisoulith", "Vietnam's", "résumé",
    ]

    static let words = syllables + foreign

    /// Rows of a base vowel and its five tones: grave, acute, hook above, tilde, dot below.
    static let rows: [[Character]] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ",
        "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ].map(Array.init)

    static let toneMarks: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

    /// A vowel letter's base (with its shape mark) and tone (0 = level).
    static let vowelInfo: [Character: (base: Character, tone: Int)] = {
        var info: [Character: (base: Character, tone: Int)] = [:]
        for row in rows { for (tone, letter) in row.enumerated() { info[letter] = (row[0], tone) } }
        return info
    }()

    /// A shaped base letter as ASCII letter plus shape mark.
    static let shapes: [Character: (ascii: Character, mark: Unicode.Scalar?)] = [
        "a": ("a", nil), "ă": ("a", "\u{0306}"), "â": ("a", "\u{0302}"), "e": ("e", nil),
        "ê": ("e", "\u{0302}"), "i": ("i", nil), "o": ("o", nil), "ô": ("o", "\u{0302}"),
        "ơ": ("o", "\u{031B}"), "u": ("u", nil), "ư": ("u", "\u{031B}"), "y": ("y", nil),
    ]

    static func compose(_ base: Character, tone: Int) -> Character {
        rows.first { $0[0] == base }![tone]
    }

    static let zeroWidth = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    static let quotePairs: [(String, String)] = [("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“")]
    static let punctuation = [",", ".", ")"]
    static let separators = [
        " ", " ", " ", " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2003}", "\u{202F}",
        "\u{3000}", " — ", " – ", " \u{2212} ", "\n\n", " \u{00A0}", "\u{2009}",
    ]
    static let plainSeparators = [" ", " ", "  ", "\n", "\r\n", "\t"]

    enum Form: Sendable { case nfc, nfd, windows1258 }

    struct Options: Sendable {
        /// Force one composition form (nil: random per word).
        var form: Form? = nil
        /// Allow misplaced tone marks in Vietnamese syllables.
        var displace = true
        /// Allow `ð`/`ɖ` for `đ` in Vietnamese syllables.
        var lookalikes = true
        /// Allow zero-width characters, typographic quotes, odd spaces and dashes.
        var junk = true
    }

    static func bits(_ r: UInt64, _ shift: UInt64, _ width: UInt64) -> Int {
        Int((r >> shift) & ((1 << width) - 1))
    }

    static func build(_ tokens: [UInt64], _ options: Options = Options()) -> String {
        tokens.map { word($0, options) }.joined()
    }

    static func word(_ r: UInt64, _ options: Options) -> String {
        let index = bits(r, 0, 8) % words.count
        let vietnamese = index < syllables.count
        var letters = Array(words[index])

        // Tone displacement.
        if vietnamese && options.displace && bits(r, 8, 2) == 3,
            let toned = letters.indices.first(where: { (vowelInfo[letters[$0]]?.tone ?? 0) != 0 })
        {
            let vowels = letters.indices.filter { vowelInfo[letters[$0]] != nil }
            let target = vowels[bits(r, 10, 4) % vowels.count]
            if target != toned {
                let from = vowelInfo[letters[toned]]!, to = vowelInfo[letters[target]]!
                letters[toned] = from.base
                letters[target] = compose(to.base, tone: from.tone)
            }
        }
        // Lookalike đ.
        if vietnamese && options.lookalikes && bits(r, 14, 2) == 3 {
            let lookalike: Character = bits(r, 16, 1) == 0 ? "\u{00F0}" : "\u{0256}"
            letters = letters.map { $0 == "đ" ? lookalike : $0 }
        }
        var text = String(letters)
        // Case.
        switch bits(r, 17, 2) {
        case 2: text = text.uppercased()
        case 3: text = titleCase(text)
        default: break
        }
        // Composition form.
        let form = options.form ?? [Form.nfc, .nfc, .nfd, .windows1258][bits(r, 19, 2)]
        if form != .nfc { text = text.map { decompose($0, form) }.joined() }
        // Zero-width characters, never making a word of their own.
        if options.junk {
            let zw = zeroWidth[bits(r, 24, 3) % zeroWidth.count]
            switch bits(r, 21, 3) {
            case 5: text = zw + text
            case 6: text += zw
            case 7:
                let characters = Array(text)
                let cut = characters.isEmpty ? 0 : bits(r, 27, 3) % characters.count
                text = String(characters[..<cut]) + zw + String(characters[cut...])
            default: break
            }
        }
        // Quotes and punctuation.
        let quote = bits(r, 30, 3)
        if quote >= 4 {
            let pair = options.junk ? quotePairs[quote - 4] : ("\"", "\"")
            text = pair.0 + text + pair.1
        }
        let punct = bits(r, 33, 3)
        if punct >= 5 { text += punctuation[punct - 5] }
        // Separator.
        let seps = options.junk ? separators : plainSeparators
        return text + seps[bits(r, 36, 5) % seps.count]
    }

    /// One letter in NFD (canonical order: horn, dot below, circumflex/breve, other tones) or in
    /// the Windows-1258 form (precomposed shaped letter plus combining tone).
    static func decompose(_ letter: Character, _ form: Form) -> String {
        let lower = Character(letter.lowercased())
        guard let info = vowelInfo[lower], let shape = shapes[info.base] else { return String(letter) }
        let upper = letter.isUppercase
        func cased(_ c: Character) -> String { upper ? c.uppercased() : String(c) }
        let tone: Unicode.Scalar? = info.tone == 0 ? nil : toneMarks[info.tone - 1]
        if form == .windows1258 {
            var s = cased(info.base)
            if let tone { s.unicodeScalars.append(tone) }
            return s
        }
        var s = cased(shape.ascii)
        if shape.mark == "\u{031B}" { s.unicodeScalars.append("\u{031B}") }
        if tone == "\u{0323}" { s.unicodeScalars.append("\u{0323}") }
        if let mark = shape.mark, mark != "\u{031B}" { s.unicodeScalars.append(mark) }
        if let tone, tone != "\u{0323}" { s.unicodeScalars.append(tone) }
        return s
    }

    /// Tokens for a text of 1 to 16 words.
    static let tokens = Gen<UInt64>.value(in: 0...UInt64.max).array(of: 1...16)

    /// Maximal runs of scalars without the Unicode White_Space property.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func lineCount(_ text: String) -> Int {
        text.unicodeScalars.filter { $0 == "\n" }.count + 1
    }
}
