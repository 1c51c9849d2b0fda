import VNText

/// Flags spellings of a person whose marks disagree.
///
/// - A full form with marks that differ from the dominant form of its key (`Tô Lam` beside
///   `Tô Lâm`). The dominant form is the one Vietnamese texts write most, then the most written.
/// - A full form without marks in an article that also writes the person with marks (`Pham Minh
///   Chinh` after `Phạm Minh Chính`), or that keeps marks on its other names and places (`Bui
///   Thanh Son` beside `Quảng Ninh`). Wire copy that drops every mark (`To Lam`, `Hanoi`) is a house
///   style, not flagged.
/// - The same for second mentions in English texts (`Lam` after `Tô Lâm`); in Vietnamese texts a
///   one-word second mention without marks is more likely another word (`Trong`, "in").
enum MarkCheck {
    static func flags(_ person: PersonGroup, context: NameCheckContext) -> [NameFlag] {
        var flags: [NameFlag] = []
        var dominantByKey: [String: String] = [:]
        let byKey = Dictionary(grouping: person.fullForms.keys, by: NameSpelling.compactKey)
        for key in byKey.keys.sorted() {
            let forms = byKey[key]!.sorted()
            let stats = { (form: String) in person.fullForms[form]! }
            guard let dominant = forms.filter(NameSpelling.hasMarks).max(by: { a, b in
                (stats(a).vietnameseCount, stats(a).count, NameSpelling.markCount(a), b) < (stats(b).vietnameseCount, stats(b).count, NameSpelling.markCount(b), a)
            }) else { continue }
            dominantByKey[key] = dominant
            for form in forms where form.lowercased() != dominant.lowercased() {
                if NameSpelling.hasMarks(form) {
                    flags.append(person.flag(.marks, variant: form, reference: dominant, articles: stats(form).articles,
                                             evidence: "\"\(form)\" differs from the dominant form \"\(dominant)\" only by its marks"))
                    continue
                }
                var evidence: [String] = [], articles: [String] = []
                for o in person.members where o.fullForms[form] != nil {
                    if let marked = o.fullForms.keys.sorted().first(where: { NameSpelling.hasMarks($0) && NameSpelling.compactKey($0) == key }) {
                        evidence.append("\(o.article) writes the person both as \"\(marked)\" and as \"\(form)\"")
                        articles.append(o.article)
                    } else if let example = context.marksElsewhere(o) {
                        evidence.append("\(o.article) drops the marks of \"\(dominant)\" though it keeps them elsewhere (\(example))")
                        articles.append(o.article)
                    }
                }
                if !articles.isEmpty {
                    flags.append(person.flag(.marks, variant: form, reference: dominant, articles: articles, evidence: evidence.joined(separator: "; ")))
                }
            }
        }
        // Second mentions in English texts, against the marked word of the person's full form.
        var shortFlags: [String: (reference: String, articles: [String], evidence: [String])] = [:]
        for o in person.members where o.language == "en" {
            let fullWords = o.fullForms.keys.sorted().compactMap { dominantByKey[NameSpelling.compactKey($0)] }.flatMap(NameSpelling.words)
            for short in o.shortForms.keys.sorted() {
                let key = NameSpelling.compactKey(short)
                guard let reference = fullWords.first(where: { NameSpelling.compactKey($0) == key }), NameSpelling.hasMarks(reference),
                      short.lowercased() != reference.lowercased() else { continue }
                let evidence: String
                if NameSpelling.hasMarks(short) {
                    evidence = "second mention \"\(short)\" in \(o.article) differs from \"\(reference)\" only by its marks"
                } else if o.fullForms.keys.contains(where: NameSpelling.hasMarks) {
                    evidence = "\(o.article) writes \"\(reference)\" in the full name but \"\(short)\" in a second mention"
                } else if let example = context.marksElsewhere(o) {
                    evidence = "\(o.article) drops the marks of \"\(reference)\" in a second mention though it keeps them elsewhere (\(example))"
                } else { continue }
                shortFlags[short, default: (reference, [], [])].articles.append(o.article)
                shortFlags[short, default: (reference, [], [])].evidence.append(evidence)
            }
        }
        for short in shortFlags.keys.sorted() {
            let f = shortFlags[short]!
            flags.append(person.flag(.marks, variant: short, reference: f.reference, articles: f.articles, evidence: f.evidence.joined(separator: "; ")))
        }
        return flags
    }
}
