import VNCorpus
import VNText

/// Finds the proper names that no gazetteer entry or person rule accounts for: runs of
/// capitalised words (and all-caps or inner-capital words such as `LEGO`, `VinFast`), with the
/// generic words around them set aside (`Typhoon Yagi` and `bão Yagi` both give `Yagi`;
/// `Long Thanh International Airport` and `sân bay Long Thành` both give `Long Thành`'s key
/// `longthanh`).
///
/// A run is not a name when it is a lone word opening a sentence (`Theo`, `Meanwhile`), when
/// its words are stop words (titles, calendar words), or when it lies inside a gazetteer match
/// or is a known person's name.
///
/// ```swift
/// let tokens = Tokenizer.tokenize("Typhoon Yagi made landfall in Quảng Ninh.")
/// let things = NamedThingExtractor.extract(tokens: tokens, language: .english, entities: [],
///                                          people: [], mentions: MentionBuilder(text: "..."))
/// things.map(\.key)   // ["yagi", "quangninh"] (Quảng Ninh here unmatched: no gazetteer given)
/// ```
public enum NamedThingExtractor {
    /// The shortest key of a one-word name (shorter words are initials, particles, noise).
    public static let minimumKeyLength = 3

    public static func extract(tokens: [Token], language: Language, entities: [Gazetteer.Match], people: [PersonFeature],
                               mentions: MentionBuilder) -> [NamedThingFeature] {
        extract(TokenView(tokens: tokens, language: language), entities: entities, people: people, mentions: mentions)
    }

    /// The names of things of the tokens `view` (the view the date and number grammars read).
    static func extract(_ view: TokenView, entities: [Gazetteer.Match], people: [PersonFeature], mentions: MentionBuilder) -> [NamedThingFeature] {
        let tokens = view.tokens, language = view.language
        let lexicon = EventLexicon.shared
        let stopWords = NameLexicon.shared
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in entities { for i in m.tokens { covered[i] = true } }
        var personWords = Set<String>()
        for p in people { for key in p.allKeys { for w in key.split(separator: " ") { personWords.insert(String(w)) } } }

        func isNameWord(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized, !covered[i], !stopWords.isStopWord(t.key) else { return false }
            return true
        }
        var things: [NamedThingFeature] = []
        var index: [String: Int] = [:]
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, isNameWord(end), tokens[end].sentence == tokens[i].sentence, tokens[end].spaceBefore { end += 1 }
            defer { i = end }
            var start = i
            // Generic words set aside: Vietnamese ones before the name, English ones at either end.
            if language == .vietnamese, let m = lexicon.vietnameseStartGenerics.match(view, at: start), m.end < end { start = m.end }
            if language == .english {
                while start < end, lexicon.englishEdgeGenerics.contains(tokens[start].key) { start += 1 }
                var last = end
                while last > start, lexicon.englishEdgeGenerics.contains(tokens[last - 1].key) { last -= 1 }
                end = last
            }
            guard start < end else { continue }
            let words = tokens[start..<end]
            // A lone capitalised word opening its sentence is an ordinary word, unless it is
            // written in capitals or with an inner capital (`LEGO`, `VinFast`).
            if words.count == 1, let w = words.first, w.startsSentence || (start > 0 && tokens[start - 1].kind == .punctuation && tokens[start - 1].text != ","),
               !w.isAllCaps, !hasInnerCapital(w.text) { continue }
            // A known person's name (or a part of it, such as a second mention) is counted as a person.
            if words.allSatisfy({ personWords.contains($0.key) }) { continue }
            let key = NameKeys.compact(words.map(\.key).joined(separator: " "))
            guard key.utf8.count >= minimumKeyLength else { continue }
            let range = words.first!.range.lowerBound..<words.last!.range.upperBound
            let mention = mentions.mention(range)
            if let k = index[key] {
                things[k].mentions.append(mention)
            } else {
                index[key] = things.count
                things.append(NamedThingFeature(name: mention.text, key: key, mentions: [mention]))
            }
        }
        return things
    }

    /// Whether a word has a capital after its first letter (`VinFast`, `PetroVietnam`).
    static func hasInnerCapital(_ word: String) -> Bool {
        word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }
}
