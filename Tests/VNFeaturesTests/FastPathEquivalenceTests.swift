import Foundation
import Testing
import VNTestSupport
import VNText
@testable import VNCorpus
@testable import VNFeatures

/// The speed-ups of reading and extraction give exactly what the plain code gave: each fast path
/// is checked against a copy of the code it replaced, on the fixture corpus and on crafted and
/// random text (combining marks, carriage returns, emoji, other scripts).
@Suite("Fast paths give the same results")
struct FastPathEquivalenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bodies of the fixture corpus, normalised as the reader does, and crafted texts.
    static let texts: [String] = {
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("Fixtures/corpus").path])
        let crafted = [
            "U.S. Secretary of State Antony Blinken met Mr. Sơn in Hà Nội on Dec. 16, 2025; TP.HCM and T.Ư too.",
            "Tổng thống Pu-tin gặp Xi-xu-lít tại Mát-xcơ-va. Việt Nam-based firms, 1.234,5 tỷ USD, 30/01/2026, 2021-2025.",
            "Ảnh: TTXVN\nPhoto: Reuters  \n\tỞ đây có (Ảnh minh họa) và Nguồn ảnh: VGP, Photo courtesy of AFP.",
            "e\u{301}te\u{301} cafe\u{301} \u{301}x x \u{301}y",  // combining marks, one after a space
            "line one\r\nline two\r\n\r\nthe end of it, said he and his team at the UN",
            "emoji 👍🏽 and flags 🇻🇳 with ZWJ 👨‍👩‍👧 and text, của các người và những",
            "Ελληνικά και русский текст 中文 mixed with the words of Việt Nam",
            "\u{00A0}nbsp\u{00A0}around\u{2003}em space\u{3000}ideographic\u{200B}zero width",
            "", " ", "\n\n", "a", "A.", "I. J. K. Rowling wrote it in the U.K.",
        ]
        var random = SeededRandom(seed: 11)
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạ.-,/:;!?'\"()\n\t\r0123456789\u{301}\u{309}👍é")
        let randomTexts = (0..<200).map { _ in String((0..<Int(random.next() % 120)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }) }
        return corpus.articles.map(\.text) + crafted + randomTexts
    }()

    @Test("Tokens")
    func tokens() {
        for text in Self.texts {
            #expect(Tokenizer.tokenize(text) == ReferenceTokenizer.tokenize(text), "\(text.prefix(60))")
        }
    }

    @Test("Lower-case forms of the token view are String.lowercased()")
    func lowerCaseForms() {
        for text in Self.texts {
            let tokens = Tokenizer.tokenize(text)
            let view = TokenView(tokens: tokens, language: .vietnamese)
            for (t, form) in zip(tokens, view.forms) {
                #expect(form == (t.kind == .word ? t.text.lowercased() : t.text), "\(t.text)")
            }
            #expect(view.hashes == view.forms.map(WordHash.of))
        }
    }

    @Test("A scalar not flagged as changing when lower-cased lower-cases to itself (whole BMP)")
    func lowerCaseFlag() {
        let classes = ScalarClasses.shared
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v), !classes.has(s, ScalarClasses.changesWhenLowercased) else { continue }
            #expect(String(s).lowercased() == String(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test("Word tables answer as dictionaries on the fixture words and random words")
    func wordTables() {
        var words = Set<String>()
        for text in Self.texts.prefix(60) { for t in Tokenizer.tokenize(text) { words.insert(t.text); words.insert(t.key) } }
        let all = words.sorted()
        var table = WordTable<Int>(), dictionary: [String: Int] = [:]
        var set = WordSet()
        for (i, w) in all.enumerated() where i % 3 == 0 {
            table[w] = i
            dictionary[w] = i
            set.insert(w)
        }
        // Overwriting keeps one entry.
        if let first = all.first { table[first] = -1; dictionary[first] = -1 }
        #expect(table.count == dictionary.count)
        for w in all + ["", "zzzz-not-there", "ngày", "Ngày"] {
            #expect(table[w] == dictionary[w], "\(w)")
            #expect(set.contains(w) == (dictionary[w] != nil), "\(w)")
        }
    }

    @Test("Years print as %04d printed them")
    func fourDigits() {
        for n in Array(-1_200...3_000) + [9_999, 10_000, 123_456, -99_999] {
            #expect(DateResolver.four(n) == String(format: "%04d", n), "\(n)")
        }
    }

    @Test("Mentions and snippets")
    func mentions() {
        for text in Self.texts {
            let builder = MentionBuilder(text: text)
            let count = text.utf8.count
            var random = SeededRandom(seed: UInt64(count))
            for _ in 0..<20 where count > 0 {
                // Ranges at scalar boundaries, as the extractors give them.
                let starts = Array(text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }) + [count]
                let a = starts[Int(random.next() % UInt64(starts.count))], b = starts[Int(random.next() % UInt64(starts.count))]
                let range = min(a, b)..<max(a, b)
                #expect(builder.mention(range) == ReferenceMentions.mention(range, in: text), "\(text.prefix(60)) \(range)")
            }
        }
    }

    @Test("Language detection")
    func language() {
        for text in Self.texts {
            let fast = LanguageDetector.simpleCounts(text)
            if let fast { #expect(fast == LanguageDetector.counts(text), "\(text.prefix(60))") }
        }
        // News text takes the fast path.
        #expect(LanguageDetector.simpleCounts("Tổng Bí thư Tô Lâm đã tiếp đoàn của Lào và các bạn") != nil)
    }

    @Test("Debris: credit markers and trimming")
    func debris() {
        for text in Self.texts {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(DebrisFinder.creditRange(in: line) == Self.referenceCreditRange(in: line), "\(line)")
                #expect(DebrisFinder.trimmingWhitespace(line) == line.trimmingCharacters(in: .whitespaces), "\(line)")
            }
        }
    }

    @Test("Dates print as before")
    func dates() {
        for n in stride(from: -800_000, to: 3_000_000, by: 997) {
            let d = CalendarDate(dayNumber: n)
            #expect(d.description == "\(String(format: "%04d", d.year))-\(String(format: "%02d", d.month))-\(String(format: "%02d", d.day))")
        }
    }

    static func referenceCreditRange(in line: Substring) -> Range<Int>? {
        for prefix in DebrisFinder.creditPrefixes {
            if let r = line.range(of: prefix) {
                let before = line.utf8.distance(from: line.startIndex, to: r.lowerBound)
                let tail = line[r.upperBound...]
                guard tail.split(separator: " ").count <= 6 || before == 0 && line.split(separator: " ").count <= 12 else { continue }
                return before..<line.utf8.count
            }
        }
        return nil
    }
}


/// The snippets of `MentionBuilder` as first written.
enum ReferenceMentions {
    static func mention(_ range: Range<Int>, in text: String) -> Mention {
        let utf8 = Array(text.utf8)
        var index = [Int](repeating: 0, count: utf8.count + 1)
        var s = 0
        for (i, b) in utf8.enumerated() {
            index[i] = s
            if b & 0xC0 != 0x80 { s += 1; index[i] = s - 1 }
        }
        index[utf8.count] = s
        let lower = max(0, min(range.lowerBound, utf8.count)), upper = max(lower, min(range.upperBound, utf8.count))
        let surface = String(decoding: utf8[lower..<upper], as: UTF8.self)
        var from = max(0, lower - 60), to = min(utf8.count, upper + 60)
        while from > 0 && utf8[from] & 0xC0 == 0x80 { from -= 1 }
        while to < utf8.count && utf8[to] & 0xC0 == 0x80 { to += 1 }
        var snippet = String(decoding: utf8[from..<to], as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        if from > 0 { snippet = "…" + snippet }
        if to < utf8.count { snippet += "…" }
        return Mention(text: surface, start: index[lower], end: index[upper], snippet: snippet)
    }
}

/// The tokenizer as first written.
enum ReferenceTokenizer {
    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var o = 0
        for (i, s) in scalars.enumerated() {
            offsets[i] = o
            o += UTF8.width(s)
        }
        offsets[scalars.count] = o
        var tokens: [Token] = []
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
                    if scalars[i] == ".", i + 1 < n, isLetter(scalars[i + 1]), scalars[i + 1].properties.isUppercase,
                       scalars[i - 1].properties.isUppercase {
                        i += 2; continue
                    }
                    if scalars[i] == "-", i + 1 < n, isLetter(scalars[i + 1]), scalars[i + 1].properties.isLowercase,
                       scalars[start].properties.isUppercase {
                        var j = i + 1
                        while j < n, isLetter(scalars[j]) { j += 1 }
                        if j - (i + 1) <= 4 { i = j; continue }
                    }
                    break
                }
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

extension FastPathEquivalenceTests {
    @Test("Word counts")
    func words() {
        for text in Self.texts {
            #expect(LanguageDetector.wordCount(text) == text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count, "\(text.prefix(60))")
        }
    }

    @Test("Lines are split as by characters, a carriage return joining its line feed")
    func lines() {
        let samples = ["", "\n", "a", "a\n", "\na\n\nb", "a\r\nb\nc", "a\r\n\r\nb", "x\n\u{301}y", "\r\n", "Hà Nội\nTô Lâm\r"]
        for text in samples + Self.texts {
            #expect(DebrisFinder.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription.prefix(60))")
        }
    }

    @Test("Debris of whole texts as first found")
    func debrisRanges() {
        let extra = ["Tin liên quan: a b c", "Reporting by X; Editing by Y", "![](img.png) |", "By John Smith", "Đọc thêm: nothing"]
        for text in Self.texts + [Self.texts.prefix(3).joined(separator: "\n") + "\n" + extra.joined(separator: "\n")] {
            #expect(DebrisFinder.find(in: text) == ReferenceDebris.find(in: text), "\(text.prefix(60))")
        }
    }
}

/// `DebrisFinder.find` as first written.
enum ReferenceDebris {
    static func find(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var sawBody = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let start = offset
            offset += length + 1
            if trimmed.isEmpty { continue }
            if DebrisFinder.isImageLine(trimmed) || (!sawBody && DebrisFinder.isByline(trimmed)) || DebrisFinder.wireCredits.contains(where: { trimmed.hasPrefix($0) }) {
                ranges.append(start..<start + length)
                continue
            }
            if sawBody, DebrisFinder.teaserStarts.contains(where: { trimmed.hasPrefix($0) }) {
                ranges.append(start..<text.utf8.count)
                return ranges
            }
            if let credit = FastPathEquivalenceTests.referenceCreditRange(in: line) {
                ranges.append(start + credit.lowerBound..<start + credit.upperBound)
                if credit.lowerBound == 0 { continue }
            }
            sawBody = true
        }
        return ranges
    }
}

extension FastPathEquivalenceTests {
    /// `NameKeys.phonetic` as first written, with Foundation's `replacingOccurrences`.
    static func referencePhonetic(_ name: String) -> String {
        var s = String(MatchingKey.of(name).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        for (from, to) in [("ph", "f"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("ou", "u"), ("oo", "u"), ("x", "s"),
                           ("z", "s"), ("w", "u"), ("y", "i"), ("ee", "i"), ("k", "c"), ("q", "c"), ("d", "t")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        var out: [Character] = []
        for c in s {
            if c == "h", let last = out.last, !"aeiou".contains(last) { continue }
            if let last = out.last, last == c { continue }
            out.append(c)
        }
        while out.last == "h" { out.removeLast() }
        return String(out)
    }

    @Test("Phonetic and compact name keys on bytes equal the first, Foundation-based ones")
    func phoneticKeys() {
        var names = ["Xi-xu-lít", "Sisoulith", "Pu-tin", "Putin", "Thongloun Sisoulith", "Thông-lun Xi-xu-lít", "Phạm Minh Chính",
                     "Khoo Boon Hui", "Chheang Vun", "Zhou Enlai", "Oookh", "eeeph", "Hhh", "", "Đặng Thị Ngọc Thịnh", "Wong Kan Seng",
                     "Quách Thế Mộng", "Dmitry Medvedev", "Ahhh", "Athhha", "ñandú Øystein", "Ĳssel"]
        // Random names from a fixed seed (a linear congruential generator), so a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz hhhooeeđ-ÀÉ")
        for _ in 0..<2_000 { names.append(String((0..<next(13)).map { _ in letters[next(letters.count)] })) }
        for name in names {
            #expect(NameKeys.phonetic(name) == Self.referencePhonetic(name), "\(name)")
            #expect(NameKeys.compact(name) == String(MatchingKey.of(name).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }), "\(name)")
        }
    }
}
