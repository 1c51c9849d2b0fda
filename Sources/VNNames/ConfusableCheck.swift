import VNText

/// Flags spellings of a person with letters that only look right: letters of another script
/// posing as Latin (ICU `uspoof`: a Cyrillic `о` in `Yоng`) and lookalikes of `Đ` (`Ð` U+00D0),
/// in the text itself or, replaced on reading, in the article's source.
enum ConfusableCheck {
    static func flags(_ person: PersonGroup, context: NameCheckContext) -> [NameFlag] {
        var flags: [NameFlag] = []
        for o in person.members {
            let forms = (o.fullForms.keys.sorted() + o.shortForms.keys.sorted()).filter { (o.fullForms[$0] ?? o.shortForms[$0] ?? 0) > 0 }
            for form in forms {
                var reasons: [String] = []
                for word in NameSpelling.words(form) {
                    let lookalikes = word.unicodeScalars.filter { NameSpelling.lookalikeScalars[$0.value] != nil }
                    if !lookalikes.isEmpty {
                        reasons.append("\"\(word)\" has " + lookalikes.map { "\(Character($0)) \(NameSpelling.codePoint($0)), a lookalike of \(Self.genuine($0))" }.joined(separator: ", "))
                    }
                    if word.unicodeScalars.contains(where: NameSpelling.mayBeConfusable), ConfusableDetector.shared.isSuspicious(word) {
                        reasons.append("\"\(word)\" mixes scripts: " + ConfusableDetector.shared.finding(word: word, utf8Offset: 0).explanation)
                    }
                }
                if !reasons.isEmpty {
                    let clean = NameSpelling.repaired(form)
                    flags.append(person.flag(.confusable, variant: form, reference: clean == form ? nil : clean, articles: [o.article],
                                             evidence: reasons.joined(separator: "; ")))
                }
                // Lookalikes the reader replaced: the source still has them.
                for finding in context.lookalikes[o.article] ?? [] {
                    let words = NameSpelling.words(form)
                    guard words.contains(where: { Self.trimmed($0) == finding.normalized }) else { continue }
                    let raw = words.map { Self.trimmed($0) == finding.normalized ? $0.replacingOccurrences(of: finding.normalized, with: finding.raw) : $0 }.joined(separator: " ")
                    flags.append(person.flag(.confusable, variant: raw, reference: form, articles: [o.article],
                                             evidence: "the source of \(o.article) writes \"\(finding.raw)\" with \(finding.letters.joined(separator: ", ")), a lookalike of Đ/đ (replaced on reading)"))
                }
            }
        }
        return flags
    }

    static func trimmed(_ word: String) -> String {
        String(word.unicodeScalars.drop { !$0.properties.isAlphabetic }.reversed().drop { !$0.properties.isAlphabetic }.reversed().map(Character.init))
    }

    static func genuine(_ s: Unicode.Scalar) -> String {
        guard let v = NameSpelling.lookalikeScalars[s.value], let g = Unicode.Scalar(v) else { return "?" }
        return "\(Character(g)) \(NameSpelling.codePoint(g))"
    }
}
