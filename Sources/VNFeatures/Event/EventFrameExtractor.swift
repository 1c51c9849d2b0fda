import VNCorpus

/// Reads the event itself from the headline and the lead (the first three sentences of the
/// body): the kinds of event named there and whether the report announces the event or tells
/// what happened.
///
/// ```swift
/// let frame = EventFrameExtractor.extract(headline: Tokenizer.tokenize("PM to pay official visit to Japan"),
///                                         lead: [], language: .english)
/// frame.kinds   // ["visit"]
/// frame.tense   // .announced ("to pay")
/// ```
public enum EventFrameExtractor {
    /// The lead: sentences of the body read for the event's kinds.
    static let leadSentences = 3

    /// The frame of a report whose headline and body are tokenised.
    public static func extract(headline: [Token], lead body: [Token], language: Language) -> EventFrame {
        let lexicon = EventLexicon.shared
        let firstSentence = body.first?.sentence ?? 0
        let lead = body.prefix { $0.sentence < firstSentence + leadSentences }
        var kinds = Set<String>()
        for tokens in [headline, Array(lead)] {
            let view = TokenView(tokens: tokens, language: language)
            guard let matcher = lexicon.triggers[language] else { continue }
            var i = 0
            while i < view.count {
                if let m = matcher.match(view, at: i) {
                    kinds.insert(m.payload.kind)
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        guard !kinds.isEmpty else { return EventFrame() }
        // The tense is read where the report states its event: the headline, else the first
        // sentence of the body.
        let stated = headline.isEmpty ? Array(lead.prefix { $0.sentence == firstSentence }) : headline
        let view = TokenView(tokens: stated, language: language)
        var announced = false
        if let matcher = lexicon.announcements[language] {
            for i in 0..<view.count where matcher.match(view, at: i) != nil {
                announced = true
                break
            }
        }
        return EventFrame(kinds: kinds.sorted(), tense: announced ? .announced : .happened)
    }
}
