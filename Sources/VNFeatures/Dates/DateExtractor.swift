import VNCorpus

/// Finds the dates an article states, in English or Vietnamese, and resolves them against the
/// publication date when it is known.
///
/// Values follow the gold annotation: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY/YYYY`, `--MM-DD`
/// (a day and month, year unknown) and `W1`...`W7` (a weekday, no publication date). Relative
/// days, months and years (`hôm qua`, `next month`) need a publication date and are dropped
/// without one. Durations (`two years`, `55 năm tuổi Đảng`), ordinals (`the 14th Congress`) and
/// times (`8:30`) are not dates.
///
/// ```swift
/// let text = "Chiều 20/3, Tổng Bí thư tiếp Đại sứ. Hôm qua, hai bên đã ký ..."
/// let dates = DateExtractor.extract(tokens: Tokenizer.tokenize(text), language: .vietnamese,
///                                   publication: CalendarDate(iso: "2025-03-21"),
///                                   mentions: MentionBuilder(text: text))
/// dates.map(\.value)        // ["2025-03-20"] ("Hôm qua" is the same day; mentions merged)
/// dates[0].partOfDay        // "afternoon"
/// ```
public enum DateExtractor {
    /// Dates stated in an article, in order of first mention, one DateFeature per distinct value (mentions merged).
    ///
    /// A merged date is `resolved` only when every mention needed the publication date; its
    /// `kind` and `partOfDay` come from the first mention that has them.
    public static func extract(tokens: [Token], language: Language, publication: CalendarDate?, mentions: MentionBuilder) -> [DateFeature] {
        let view = TokenView(tokens: tokens, language: language)
        return extract(view, spans: scan(view), publication: publication, mentions: mentions)
    }

    /// The features of the date expressions `spans` (from `scan(view)`).
    static func extract(_ view: TokenView, spans: [DateSpan], publication: CalendarDate?, mentions: MentionBuilder) -> [DateFeature] {
        let resolver = DateResolver(publication: publication)
        var features: [DateFeature] = []
        var index: [String: Int] = [:]
        for span in spans {
            guard let date = resolver.resolve(span) else { continue }
            let mention = mentions.mention(view.byteRange(span.tokens))
            if let k = index[date.value] {
                if !features[k].mentions.contains(mention) { features[k].mentions.append(mention) }
                features[k].resolved = features[k].resolved && date.resolved
                if features[k].partOfDay == nil { features[k].partOfDay = span.partOfDay }
            } else {
                index[date.value] = features.count
                features.append(DateFeature(value: date.value, kind: date.kind, resolved: date.resolved,
                                            partOfDay: span.partOfDay, mentions: [mention]))
            }
        }
        return features
    }

    /// The date expressions of an article in text order, each with the tense of its sentence.
    /// A weekday written next to the date it names (`thứ Sáu (20/3)`, `Friday, March 20`) is
    /// folded into that date.
    static func scan(_ view: TokenView) -> [DateSpan] {
        let years = YearReader(view: view, numbers: .shared)
        let vietnamese = VietnameseDateGrammar(view: view, lexicon: .shared, years: years)
        let english = EnglishDateGrammar(view: view, lexicon: .shared, years: years)
        var spans: [DateSpan] = []
        let starters = DateLexicon.shared.starters[view.language]!
        var i = 0
        while i < view.count {
            // A date starts with a number or a listed word (an equivalent shortcut: `match`
            // finds nothing elsewhere).
            guard view.tokens[i].kind == .number || starters.contains(view, i) else {
                i += 1
                continue
            }
            let cue = view.previous(i)
            let found = view.language == .vietnamese ? vietnamese.match(at: i, cue: cue) : english.match(at: i, cue: cue)
            if let found {
                spans += found.spans
                i = max(found.end, i + 1)
            } else {
                i += 1
            }
        }
        spans = foldWeekdays(spans, view)
        let tense = TenseReader(view: view)
        for k in spans.indices { spans[k].future = tense.isFuture(spans[k].tokens) }
        return spans
    }

    /// Which tokens are part of a date expression (so that the number extractor skips them).
    static func coveredTokens(_ view: TokenView) -> [Bool] {
        coveredTokens(scan(view), count: view.count)
    }

    /// Which of `count` tokens the date expressions `spans` cover.
    static func coveredTokens(_ spans: [DateSpan], count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for span in spans { for t in span.tokens { covered[t] = true } }
        return covered
    }

    /// Folds a plain weekday into a stated day right before or after it, with at most two
    /// punctuation marks or `ngày` between them.
    static func foldWeekdays(_ spans: [DateSpan], _ view: TokenView) -> [DateSpan] {
        func isWeekday(_ s: DateSpan) -> Bool {
            if case .weekday(_, .plain) = s.expression { return true }
            return false
        }
        func isStatedDay(_ s: DateSpan) -> Bool {
            if case .day = s.expression { return true }
            return false
        }
        func adjacent(_ a: DateSpan, _ b: DateSpan) -> Bool {
            guard a.tokens.upperBound <= b.tokens.lowerBound else { return false }
            let gap = a.tokens.upperBound..<b.tokens.lowerBound
            return gap.count <= 2 && view.sameSentence(a.tokens.lowerBound, b.tokens.upperBound - 1)
                && gap.allSatisfy { view.isPunctuation($0) || view.lower($0) == "ngày" }
        }
        var folded: [DateSpan] = []
        for var span in spans {
            if let last = folded.last, adjacent(last, span) {
                if isWeekday(last) && isStatedDay(span) {
                    folded.removeLast()
                    span.tokens = last.tokens.lowerBound..<span.tokens.upperBound
                    span.partOfDay = span.partOfDay ?? last.partOfDay
                } else if isStatedDay(last) && isWeekday(span) {
                    // Extend every span of the same stated day (a day range keeps both ends).
                    for k in folded.indices.reversed() where folded[k].tokens == last.tokens {
                        folded[k].tokens = last.tokens.lowerBound..<span.tokens.upperBound
                        folded[k].partOfDay = folded[k].partOfDay ?? span.partOfDay
                    }
                    continue
                }
            }
            folded.append(span)
        }
        return folded
    }
}
