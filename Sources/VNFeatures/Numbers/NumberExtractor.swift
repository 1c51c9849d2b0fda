import VNCorpus

/// Finds the amounts, counts and percentages of an article, read with the separators of its
/// language and normalised so that the two languages compare: `10 tỷ USD`, `USD 10 billion` and
/// `$10 billion` are all 1e10 USD; `1.234,5 tỷ đồng` is 1.2345e12 VND; `3 triệu người` is 3e6
/// people; `7,09%` and `7.09 percent` are 7.09 percent.
///
/// Units are ISO currency codes (`USD`, `VND`, `EUR`, `CNY`, `JPY`, `KRW`, `LAK`) or unit names
/// (`percent`, `people`, `tonnes`, `km`, `ha`, `mm`, `years`, `months`, `days`), from
/// `numbers-units.tsv`. Dates and years, ordinals, times, numbers of names and bare numbers
/// below 10 are skipped.
///
/// ```swift
/// let text = "Tổng vốn đầu tư 10 tỷ USD, tạo việc làm cho 3 triệu người."
/// let numbers = NumberExtractor.extract(tokens: Tokenizer.tokenize(text), language: .vietnamese,
///                                       mentions: MentionBuilder(text: text))
/// numbers.map(\.value)   // [1.0e10, 3.0e6]
/// numbers.map(\.unit)    // ["USD", "people"]
/// ```
public enum NumberExtractor {
    /// Numbers in an article, in order of first mention, one NumberFeature per distinct value and
    /// unit (mentions merged).
    public static func extract(tokens: [Token], language: Language, mentions: MentionBuilder) -> [NumberFeature] {
        let view = TokenView(tokens: tokens, language: language)
        return extract(view, covered: DateExtractor.coveredTokens(view), mentions: mentions)
    }

    /// The numbers of `view`, skipping the tokens `covered` by date expressions.
    static func extract(_ view: TokenView, covered: [Bool], mentions: MentionBuilder) -> [NumberFeature] {
        extract(view, found: NumberScanner(view: view, lexicon: .shared, covered: covered).scan(), mentions: mentions)
    }

    /// The numbers the scanner `found` in `view`, merged by value and unit.
    static func extract(_ view: TokenView, found scanned: [NumberScanner.Found], mentions: MentionBuilder) -> [NumberFeature] {
        var features: [NumberFeature] = []
        var index: [String: Int] = [:]
        for found in scanned {
            let key = "\(found.value)|\(found.unit ?? "")"
            let mention = mentions.mention(view.byteRange(found.tokens))
            if let k = index[key] {
                features[k].mentions.append(mention)
            } else {
                index[key] = features.count
                features.append(NumberFeature(value: found.value, unit: found.unit, mentions: [mention]))
            }
        }
        return features
    }
}
