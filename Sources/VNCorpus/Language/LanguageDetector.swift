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

    /// The language of `text` and a confidence from 0.5 to 1; nil when the text has too few
    /// function words of either language to tell.
    public static func detect(_ text: String) -> (language: Language, confidence: Double)? {
        var english = 0, vietnamese = 0
        var marked = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            guard let first = word.unicodeScalars.first, first.properties.isLowercase else { continue }
            let key = MatchingKey.of(word)
            if key != word.lowercased() { marked += 1 }
            if englishWords.contains(key) && key == String(word) { english += 1 }
            if vietnameseWords.contains(key) { vietnamese += 1 }
        }
        // Lower-case words with Vietnamese marks count half: English keeps marks only on names.
        let vi = Double(vietnamese) + Double(marked) / 2
        let en = Double(english)
        guard vi + en >= 3 else { return nil }
        let pVietnamese = (vi + 1) / (vi + en + 2)
        return pVietnamese >= 0.5 ? (.vietnamese, pVietnamese) : (.english, 1 - pVietnamese)
    }
}
