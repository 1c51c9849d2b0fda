/// Generates deterministic Vietnamese news-like text: articles with a headline, a lead and
/// paragraphs of sentences made of generated syllables, proper names, some English words and
/// numbers, punctuation and line breaks. Each article is written in one tone style (old `hòa`,
/// `thủy` or new `hoà`, `thuỷ`). About one word in fifty carries a defect that the normaliser must
/// repair: decomposed marks, typographic quotes, odd spaces, dashes, invisible characters, `Ð`.
///
/// ```swift
/// var generator = NewsTextGenerator(seed: 42)
/// let corpus = generator.generate(byteCount: 1_000_000)
/// print(corpus.statistics)
/// ```
public struct NewsTextGenerator: Sendable {
    /// Rates of the generator, per word unless said otherwise.
    public struct Options: Sendable {
        /// Generated syllables with a defect for the normaliser to repair (about 1 word in 50 overall).
        public var repairRate = 1.0 / 45.0
        /// English words and brand names.
        public var englishRate = 0.02
        /// Numbers, dates, percentages, amounts.
        public var numberRate = 0.02
        /// Proper names (runs of capitalised syllables or known names).
        public var nameRate = 0.035
        /// Articles written in the new tone style (`hoà`, `thuỷ`).
        public var newStyleArticleRate = 0.35
        /// Headlines written in capitals.
        public var upperCaseHeadlineRate = 0.1

        public init() {}
    }

    /// What the generated text contains.
    public struct Statistics: Sendable, CustomStringConvertible {
        public var bytes = 0
        /// FNV-1a (64 bits) of the UTF-8 text, to tell that two machines measured the same text.
        public var fingerprint: UInt64 = 0
        public var articles = 0
        public var lines = 0
        public var words = 0
        public var syllables = 0
        public var nonASCIISyllables = 0
        public var newStyleSyllables = 0
        public var englishWords = 0
        public var numbers = 0
        public var names = 0
        public var combiningToneWords = 0
        public var decomposedWords = 0
        public var typographicQuotes = 0
        public var oddSpaces = 0
        public var dashes = 0
        public var invisibles = 0
        public var lookalikes = 0

        /// Words with a defect, of all kinds.
        public var repairs: Int {
            combiningToneWords + decomposedWords + typographicQuotes + oddSpaces + dashes + invisibles + lookalikes
        }

        public var description: String {
            """
            \(bytes) bytes (FNV-1a \(String(fingerprint, radix: 16))), \(articles) articles, \(lines) lines, \(words) words (\(syllables) syllables, \
            \(nonASCIISyllables) with diacritics, \(newStyleSyllables) in the new tone style; \(englishWords) English, \
            \(numbers) numbers, \(names) names); repairs: \(repairs) = 1 word in \(repairs > 0 ? words / repairs : 0) \
            (combining tone \(combiningToneWords), NFD \(decomposedWords), quotes \(typographicQuotes), \
            odd spaces \(oddSpaces), dashes \(dashes), invisible \(invisibles), lookalike Đ \(lookalikes))
            """
        }
    }

    /// A generated text and what it contains.
    public struct Corpus: Sendable {
        public let text: String
        public let statistics: Statistics
        /// UTF-8 size of `text`.
        public var byteCount: Int { statistics.bytes }
    }

    public var options: Options
    private var random: CorpusRandom
    private var out: [UInt8] = []
    private var stats = Statistics()
    /// Rendered composed syllables: [[onset][rhyme][tone][style][case]] -> UTF-8 (empty = not yet).
    private var cache: [[UInt8]]
    private var spelled: [(letters: [Unicode.Scalar], toneOld: Int, toneNew: Int)?]
    private var newStyle = false
    /// What to write before the next word: a space normally, or nothing at a line start.
    private var pendingSeparator: [UInt8] = []

    public init(seed: UInt64, options: Options = Options()) {
        precondition(VietnameseLetters.tablesAreValid, "the vowel tables must hold precomposed letters")
        self.options = options
        random = CorpusRandom(seed: seed)
        let o = SyllableModel.onsets.count
        let r = SyllableModel.rhymes.count
        cache = Array(repeating: [], count: o * r * 6 * 2 * 3)
        var spelled: [(letters: [Unicode.Scalar], toneOld: Int, toneNew: Int)?] = []
        spelled.reserveCapacity(o * r)
        for onset in 0..<o {
            for rhyme in 0..<r { spelled.append(SyllableModel.spell(onset: onset, rhyme: rhyme)) }
        }
        self.spelled = spelled
    }

    /// Text of at least `byteCount` bytes of UTF-8 (articles are finished, so a little more).
    public mutating func generate(byteCount: Int) -> Corpus {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(byteCount + 64 * 1024)
        stats = Statistics()
        while out.count < byteCount {
            article()
        }
        stats.bytes = out.count
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in out { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        stats.fingerprint = hash
        return Corpus(text: String(decoding: out, as: UTF8.self), statistics: stats)
    }

    // MARK: - Structure

    private mutating func article() {
        stats.articles += 1
        newStyle = random.chance(options.newStyleArticleRate)
        // Headline: no final stop; sometimes in capitals; sometimes a place tag first.
        let upper = random.chance(options.upperCaseHeadlineRate)
        if random.chance(0.15) {
            append(random.element(of: Self.places).uppercased())
            append(random.chance(0.5) ? ":" : " -")
            space()
        }
        sentence(words: random.int(in: 7...16), ending: nil, upperCase: upper)
        newline()
        // Lead paragraph, sometimes tagged with the agency.
        if random.chance(0.3) {
            append("(\(random.element(of: Self.agencies)))")
            space()
        }
        for _ in 0..<random.int(in: 1...2) { sentence(words: random.int(in: 15...35)) }
        newline()
        for _ in 0..<random.int(in: 3...9) {
            let quoted = random.chance(0.15)
            for k in 0..<random.int(in: 2...5) {
                if quoted && k == 0 {
                    // Reported speech in ASCII quotes.
                    open("\"")
                    sentence(words: random.int(in: 8...22))
                    pendingSeparator = []
                    append("\"")
                    space()
                    syllableWord(caseMode: .lower)
                    space()
                    name()
                    append(".")
                    space()
                } else {
                    sentence(words: random.int(in: 8...34))
                }
            }
            newline()
        }
        // Byline.
        if random.chance(0.5) {
            name()
        } else {
            append("Theo \(random.element(of: Self.agencies))")
        }
        newline()
        newline()
    }

    /// One sentence of about `words` words, followed by a space.
    private mutating func sentence(words: Int, ending: String? = ".", upperCase: Bool = false) {
        var k = 0
        var sinceComma = 0
        var inParenthesis = false
        while k < words {
            let caseMode: SyllableCase = upperCase ? .upper : (k == 0 ? .capitalized : .lower)
            let u = random.unit()
            if u < options.nameRate && k + 2 < words {
                k += name(upperCase: upperCase)
            } else if u < options.nameRate + options.englishRate {
                english(caseMode: caseMode)
                k += 1
            } else if u < options.nameRate + options.englishRate + options.numberRate {
                number()
                k += 1
            } else {
                syllableWord(caseMode: caseMode)
                k += 1
            }
            sinceComma += 1
            if k < words {
                if k >= words - 2 {
                    // No punctuation right before the end of the sentence.
                } else if inParenthesis && random.chance(0.3) {
                    append(")")
                    inParenthesis = false
                } else if sinceComma > 3 && random.chance(0.09) {
                    append(random.chance(0.9) ? "," : ";")
                    sinceComma = 0
                } else if !inParenthesis && random.chance(0.006) {
                    space()
                    open("(")
                    inParenthesis = true
                    continue
                }
                space()
            }
        }
        if inParenthesis { append(")") }
        if let ending {
            let p = random.unit()
            append(p < 0.9 ? ending : p < 0.94 ? "?" : p < 0.96 ? "!" : p < 0.98 ? "..." : ":")
            space()
        }
    }

    private mutating func space() {
        pendingSeparator = [0x20]
    }

    private mutating func newline() {
        // Drop a trailing space before the line break.
        if out.last == 0x20 { out.removeLast() }
        out.append(0x0A)
        pendingSeparator = []
        stats.lines += 1
    }

    /// Appends ASCII or any text, writing the pending separator first only for words.
    private mutating func append(_ text: String) {
        out.append(contentsOf: text.utf8)
    }

    /// Writes the pending separator and then opening punctuation that sticks to the next word.
    private mutating func open(_ text: String) {
        out.append(contentsOf: pendingSeparator)
        pendingSeparator = []
        out.append(contentsOf: text.utf8)
    }

    private mutating func beginWord() {
        out.append(contentsOf: pendingSeparator)
        pendingSeparator = []
        stats.words += 1
    }

    // MARK: - Words

    /// A generated syllable, sometimes with a defect to repair.
    private mutating func syllableWord(caseMode: SyllableCase) {
        var onset: Int
        var rhyme: Int
        repeat {
            onset = SyllableModel.onsetTable.draw(&random)
            rhyme = SyllableModel.rhymeTable.draw(&random)
        } while spelled[onset * SyllableModel.rhymes.count + rhyme] == nil
        let tone = (SyllableModel.rhymes[rhyme].isStopped ? SyllableModel.stoppedTones : SyllableModel.tones).draw(&random)
        stats.syllables += 1
        let spelling = spelled[onset * SyllableModel.rhymes.count + rhyme]!
        if newStyle && spelling.toneOld != spelling.toneNew && tone != .level { stats.newStyleSyllables += 1 }

        let key = (((onset * SyllableModel.rhymes.count + rhyme) * 6 + tone.rawValue) * 2 + (newStyle ? 1 : 0)) * 3 + caseMode.rawValue
        if cache[key].isEmpty {
            cache[key] = render(spelling, tone: tone, caseMode: caseMode, form: .composed)
        }
        let composed = cache[key]
        let nonASCII = composed.contains { $0 >= 0x80 }
        if nonASCII { stats.nonASCIISyllables += 1 }

        guard random.chance(options.repairRate) else {
            beginWord()
            out.append(contentsOf: composed)
            return
        }
        // A defect. Marks need a letter with a diacritic; `Ð` needs a `đ`.
        var kind = random.below(100)
        if kind < 45 && !nonASCII { kind = 45 + random.below(55) }
        if kind >= 96 && SyllableModel.onsets[onset].0 != "đ" { kind = random.below(30) + 45 }
        switch kind {
        case 0..<30: // tone as a combining mark
            stats.combiningToneWords += 1
            beginWord()
            out.append(contentsOf: render(spelling, tone: tone, caseMode: caseMode, form: .combiningTone))
        case 30..<45: // NFD
            stats.decomposedWords += 1
            beginWord()
            out.append(contentsOf: render(spelling, tone: tone, caseMode: caseMode, form: .decomposed))
        case 45..<65: // typographic quotes around the word, or a typographic apostrophe
            stats.typographicQuotes += 1
            beginWord()
            switch random.below(4) {
            case 0, 1: append("\u{201C}"); out.append(contentsOf: composed); append("\u{201D}")
            case 2: append("\u{2018}"); out.append(contentsOf: composed); append("\u{2019}")
            default: append("\u{00AB}"); out.append(contentsOf: composed); append("\u{00BB}")
            }
        case 65..<82: // no-break space (or narrow / ideographic) instead of the space before the word
            if pendingSeparator == [0x20] {
                stats.oddSpaces += 1
                pendingSeparator = Array(random.element(of: ["\u{00A0}", "\u{00A0}", "\u{00A0}", "\u{202F}", "\u{2009}"]).utf8)
            }
            beginWord()
            out.append(contentsOf: composed)
        case 82..<90: // a dash between words
            stats.dashes += 1
            beginWord()
            append(random.element(of: ["\u{2013}", "\u{2014}", "\u{2010}"]))
            append(" ")
            out.append(contentsOf: composed)
        case 90..<96: // an invisible character inside or after the word
            stats.invisibles += 1
            beginWord()
            let invisible = random.element(of: ["\u{200B}", "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{200D}"])
            if invisible == "\u{00AD}", composed.count > 2 {
                // A soft hyphen after the first letter (which is ASCII or two/three bytes long).
                let cut = composed[0] < 0x80 ? 1 : composed[0] < 0xE0 ? 2 : 3
                out.append(contentsOf: composed[..<cut])
                append(invisible)
                out.append(contentsOf: composed[cut...])
            } else {
                out.append(contentsOf: composed)
                append(invisible)
            }
        default: // Ð / ð (Icelandic eth) for Đ / đ
            stats.lookalikes += 1
            beginWord()
            var bytes = composed
            // Đ is C4 90, đ is C4 91; Ð is C3 90, ð is C3 B0.
            if bytes[0] == 0xC4 && bytes[1] == 0x90 {
                bytes[0] = 0xC3
            } else if bytes[0] == 0xC4 && bytes[1] == 0x91 {
                bytes[0] = 0xC3
                bytes[1] = 0xB0
            }
            out.append(contentsOf: bytes)
        }
    }

    /// UTF-8 of a syllable in the given case and form.
    private func render(
        _ spelling: (letters: [Unicode.Scalar], toneOld: Int, toneNew: Int),
        tone: SyllableTone, caseMode: SyllableCase, form: SyllableForm
    ) -> [UInt8] {
        let toneAt = newStyle ? spelling.toneNew : spelling.toneOld
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(spelling.letters.count + 3)
        for (k, letter) in spelling.letters.enumerated() {
            let upper = caseMode == .upper || (caseMode == .capitalized && k == 0)
            let toned = k == toneAt ? tone : .level
            guard let v = VietnameseLetters.vowelIndex(letter) else {
                scalars.append(upper ? VietnameseLetters.upper(letter) : letter)
                continue
            }
            let table = upper ? VietnameseLetters.upperTable : VietnameseLetters.lowerTable
            switch form {
            case .composed:
                scalars.append(table[v][toned.rawValue])
            case .combiningTone:
                scalars.append(table[v][0])
                if let mark = toned.combiningMark { scalars.append(mark) }
            case .decomposed:
                let (base, shape) = VietnameseLetters.decomposition[v]
                scalars.append(upper ? VietnameseLetters.upper(base) : base)
                var marks: [Unicode.Scalar] = []
                if let shape { marks.append(shape) }
                if let mark = toned.combiningMark { marks.append(mark) }
                // Canonical order: by combining class, stable (horn 216 < dot below 220 < others 230).
                if marks.count == 2, VietnameseLetters.combiningClass(marks[1]) < VietnameseLetters.combiningClass(marks[0]) {
                    marks.swapAt(0, 1)
                }
                scalars.append(contentsOf: marks)
            }
        }
        var bytes: [UInt8] = []
        for s in scalars { bytes.append(contentsOf: String(Character(s)).utf8) }
        return bytes
    }

    /// A proper name: a known person or place, or two or three generated capitalised syllables.
    /// Returns the number of words written.
    @discardableResult
    private mutating func name(upperCase: Bool = false) -> Int {
        stats.names += 1
        let u = random.unit()
        if u < 0.55 {
            let full = random.element(of: Self.familyNames) + " " + random.element(of: Self.middleNames) + " "
                + random.element(of: newStyle ? Self.givenNamesNewStyle : Self.givenNames)
            return literalWords(full, upperCase: upperCase)
        } else if u < 0.85 {
            return literalWords(random.element(of: newStyle ? Self.placesNewStyle : Self.places), upperCase: upperCase)
        }
        let count = random.int(in: 2...3)
        for k in 0..<count {
            if k > 0 { space() }
            syllableWord(caseMode: upperCase ? .upper : .capitalized)
        }
        return count
    }

    /// Writes space-separated literal words; returns how many.
    private mutating func literalWords(_ text: String, upperCase: Bool) -> Int {
        var count = 0
        for word in text.split(separator: " ") {
            if count > 0 { space() }
            beginWord()
            append(upperCase ? word.uppercased() : String(word))
            stats.syllables += 1
            count += 1
        }
        return count
    }

    static let givenNamesNewStyle = givenNames.map(newStyle)
    static let placesNewStyle = places.map(newStyle)

    /// `oa`/`oe`/`uy` with the tone moved to the second vowel, for the few names that have them.
    static func newStyle(_ text: String) -> String {
        var result = text
        for (old, new) in [("Hòa", "Hoà"), ("hòa", "hoà"), ("Thủy", "Thuỷ"), ("Thúy", "Thuý"), ("Khỏe", "Khoẻ"),
                           ("Xòa", "Xoà"), ("Thụy", "Thuỵ"), ("Hóa", "Hoá"), ("Tòa", "Toà")] {
            result = result.replacingAll(old, with: new)
        }
        return result
    }

    private mutating func english(caseMode: SyllableCase) {
        stats.englishWords += 1
        beginWord()
        let word = random.element(of: Self.englishWords)
        switch caseMode {
        case .lower: append(word)
        case .capitalized: append(word.prefix(1).uppercased() + word.dropFirst())
        case .upper: append(word.uppercased())
        }
    }

    private mutating func number() {
        stats.numbers += 1
        beginWord()
        switch random.below(10) {
        case 0, 1: append(String(random.int(in: 1945...2026)))
        case 2: append("\(random.int(in: 1...99)),\(random.int(in: 0...9))%")
        case 3: append("\(random.int(in: 1...99))%")
        case 4: append("\(random.int(in: 1...999)).\(String(random.int(in: 0...999)).leftPadded(3))")
        case 5: append("\(random.int(in: 1...28))/\(random.int(in: 1...12))/\(random.int(in: 2015...2026))")
        case 6: append("\(random.int(in: 1...23))h\(String(random.int(in: 0...59)).leftPadded(2))")
        case 7: append("\(random.int(in: 1...999)) \(random.element(of: ["tỷ đồng", "triệu đồng", "USD", "triệu USD", "km", "ha", "tấn", "người"]))")
        default: append(String(random.int(in: 1...120)))
        }
    }

    // MARK: - Word lists

    static let familyNames = [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
        "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tô",
    ]
    static let middleNames = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu", "Hoàng", "Anh"]
    static let givenNames = [
        "An", "Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Hương", "Khoa", "Lan",
        "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy",
        "Thúy", "Trang", "Trung", "Tuấn", "Việt", "Yến", "Thụy",
    ]
    static let places = [
        "Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Khánh Hòa", "Bình Dương", "Đồng Nai", "Lâm Đồng", "Bắc Ninh", "Quảng Nam", "Thái Bình", "Hòa Bình",
        "Gia Lai", "Đắk Lắk", "Kiên Giang", "Cà Mau", "Lào Cai", "Hà Giang", "Vũng Tàu", "Phú Quốc",
        "Trung Quốc", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Liên minh châu Âu", "Thủy điện Hòa Bình",
    ]
    static let agencies = ["TTXVN", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Reuters", "AFP", "Bloomberg", "Dân trí", "VOV"]
    static let englishWords = [
        "the", "of", "and", "Apple", "iPhone", "Samsung", "Google", "Facebook", "TikTok", "YouTube", "Microsoft",
        "Nvidia", "OpenAI", "Boeing", "Airbus", "VinFast", "Vingroup", "startup", "online", "email", "smartphone",
        "AI", "chip", "container", "logistics", "fintech", "blockchain", "marketing", "showroom", "livestream",
        "World", "Bank", "IMF", "FDI", "GDP", "CEO", "Covid-19", "Fed", "ASEAN", "WTO", "data", "center",
        "website", "app", "game", "show", "concert", "fan", "idol", "video", "clip", "selfie", "robot", "cloud",
        "e-commerce", "Wi-Fi", "5G", "OK", "Mr.", "Ms.", "Inc.", "Ltd.", "Co.",
    ]
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: " ", omittingEmptySubsequences: false)
            .map { $0 == target ? replacement : String($0) }
            .joined(separator: " ")
    }
}
