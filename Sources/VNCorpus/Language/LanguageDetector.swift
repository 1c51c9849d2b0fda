import Foundation
import VNText

/// Tells English from Vietnamese by their commonest function words, with a confidence.
///
/// Diacritics alone would mislead (Vietnam News keeps them in English: `Tô Lâm`, `Hà Nội`), so the
/// detector counts lower-case function words on their matching keys, which also catches
/// Vietnamese typed without marks.
///
/// ```swift
/// let (language, confidence) = LanguageDetector.detect("Tổng Bí thư đã tiếp đoàn của Lào")
/// // language == .vietnamese, confidence > 0.9
/// ```
public enum LanguageDetector {
    static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at",
        "from", "are", "has", "have", "he", "his", "it", "be", "an", "this", "which", "were", "its", "their",
        "will", "said", "would", "also", "been", "who", "after", "over", "between", "both",
    ]
    static let vietnameseWords: Set<String> = [
        "cua", "va", "cac", "la", "duoc", "nhung", "voi", "trong", "da", "cho", "khong", "nay", "mot", "co",
        "nguoi", "de", "tai", "ve", "nam", "ngay", "tu", "cung", "hai", "nuoc", "viec", "se", "dang", "theo",
        "cuoc", "nhan", "hop", "tac", "quan", "he", "khang", "dinh", "doan", "vao", "ra", "den", "nhieu",
    ]

    /// The function words as `MatchingKey.packed` numbers.
    static let englishPacked = Set(englishWords.compactMap { MatchingKey.packed($0) })
    static let vietnamesePacked = Set(vietnameseWords.compactMap { MatchingKey.packed($0) })

    /// Bytes of the longest function word of either list.
    static let longestFunctionWord = englishWords.union(vietnameseWords).map(\.utf8.count).max() ?? 0

    /// The language of `text` and a confidence from 0.5 to 1; nil when the text has too few
    /// function words of either language to tell.
    public static func detect(_ text: String) -> (language: Language, confidence: Double)? {
        let (english, vietnamese, marked) = simpleCounts(text) ?? counts(text)
        // Lower-case words with Vietnamese marks count half: English keeps marks only on names.
        let vi = Double(vietnamese) + Double(marked) / 2
        let en = Double(english)
        guard vi + en >= 3 else { return nil }
        let pVietnamese = (vi + 1) / (vi + en + 2)
        return pVietnamese >= 0.5 ? (.vietnamese, pVietnamese) : (.english, 1 - pVietnamese)
    }

    /// English and Vietnamese function words and lower-case words with marks, over the words
    /// (runs of letters) of any text.
    static func counts(_ text: String) -> (english: Int, vietnamese: Int, marked: Int) {
        var english = 0, vietnamese = 0, marked = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            guard let first = word.unicodeScalars.first, first.properties.isLowercase else { continue }
            let key = MatchingKey.of(word)
            if key != word.lowercased() { marked += 1 }
            if englishWords.contains(key) && key == String(word) { english += 1 }
            if vietnameseWords.contains(key) { vietnamese += 1 }
        }
        return (english, vietnamese, marked)
    }

    /// The words of `text` split at spaces, tabs and line feeds
    /// (`text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count`), counted on the
    /// bytes when every character of the text is a single Latin scalar.
    public static func wordCount(_ text: String) -> Int {
        var copy = text
        let simple: Int? = copy.withUTF8 { bytes in
            let table = LatinLetters.shared
            var words = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let b0 = bytes[i]
                // Scalars beyond the table (four-byte ones among them) have no flags.
                guard table.flags(UTF8Scalars.decode(bytes, &i)) != nil else { return nil }
                if b0 == 0x20 || b0 == 0x0A || b0 == 0x09 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        return simple ?? text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }

    /// The same counts, read from the UTF-8 bytes, for text whose every character is a single
    /// Latin scalar (news text in either language); nil for any other text.
    static func simpleCounts(_ text: String) -> (english: Int, vietnamese: Int, marked: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            let table = LatinLetters.shared
            var english = 0, vietnamese = 0, marked = 0
            var i = 0
            let n = bytes.count
            var wordStart = -1, wordASCII = true, wordLower = false
            func finish(_ end: Int) {
                defer { wordStart = -1 }
                guard wordLower else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
                // A key of at most 8 ASCII bytes is looked up as a number (nearly every word).
                if let packed = MatchingKey.packed(utf8: word) {
                    if !wordASCII { marked += 1 }
                    // An English function word is written in lower case: its bytes are its key.
                    if englishPacked.contains(packed), wordASCII, !word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { english += 1 }
                    if vietnamesePacked.contains(packed) { vietnamese += 1 }
                    return
                }
                let key = MatchingKey.of(utf8: word)
                // An ASCII word's key is its lower case. A word with other letters differs from
                // its lower case when its key is plain ASCII (lower-casing keeps a Latin letter
                // beyond ASCII beyond ASCII); other keys are compared with the lower case.
                if !wordASCII {
                    if key.utf8.allSatisfy({ $0 < 0x80 }) || key != String(decoding: word, as: UTF8.self).lowercased() { marked += 1 }
                }
                guard key.utf8.count <= longestFunctionWord else { return }
                if englishWords.contains(key), key.utf8.elementsEqual(word) { english += 1 }
                if vietnameseWords.contains(key) { vietnamese += 1 }
            }
            while i < n {
                let start = i
                // Scalars beyond the table (four-byte ones among them) have no flags.
                guard let flags = table.flags(UTF8Scalars.decode(bytes, &i)) else { return nil }
                if flags & LatinLetters.alphabetic != 0 {
                    if wordStart < 0 {
                        wordStart = start
                        wordASCII = true
                        wordLower = flags & LatinLetters.lowercase != 0
                    }
                    if i - start > 1 { wordASCII = false }
                } else if wordStart >= 0 {
                    finish(start)
                }
            }
            if wordStart >= 0 { finish(n) }
            return (english, vietnamese, marked)
        }
    }
}

/// Letter and lower-case flags of the scalars of Latin news text (ASCII but the carriage
/// return, Latin-1 to Latin Extended-B, Latin Extended Additional, general punctuation and
/// currency signs); nil for any other scalar, which may join its neighbours into one character.
final class LatinLetters: Sendable {
    static let shared = LatinLetters()
    static let alphabetic: UInt8 = 1
    static let lowercase: UInt8 = 2
    static let known: UInt8 = 4

    let table: [UInt8]

    private init() {
        var table = [UInt8](repeating: 0, count: 0x20C0)
        for v in 0..<0x20C0 {
            let simple: Bool
            switch v {
            case 0x0D: simple = false
            case 0x00..<0x80, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: simple = true
            default: simple = false
            }
            guard simple, let s = Unicode.Scalar(UInt32(v)) else { continue }
            var flags = Self.known
            if s.properties.isAlphabetic { flags |= Self.alphabetic }
            if s.properties.isLowercase { flags |= Self.lowercase }
            table[v] = flags
        }
        self.table = table
    }

    @inline(__always)
    func flags(_ scalar: UInt32) -> UInt8? {
        guard scalar < 0x20C0 else { return nil }
        let f = table[Int(scalar)]
        return f & Self.known != 0 ? f : nil
    }
}
