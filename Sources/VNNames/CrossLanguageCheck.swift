/// Flags, inside each aligned pair, an English spelling of a person that matches none of the
/// Vietnamese spellings in the paired article (`Liu Haitao` where the Vietnamese says `Lưu Hải
/// Tinh`, read Liu Haixing). Spellings that differ only by marks, word order, a Hán-Việt reading
/// or a phonetic spelling match (see `NameCorrespondence`).
enum CrossLanguageCheck {
    static func flags(_ person: PersonGroup, context: NameCheckContext) -> [NameFlag] {
        var flags: [NameFlag] = []
        for pair in context.pairs {
            let en = person.members.filter { $0.article == pair.en }, vi = person.members.filter { $0.article == pair.vi }
            guard !en.isEmpty, !vi.isEmpty else { continue }
            let enForms = en.flatMap { o in o.fullForms.keys.sorted().map { (o, NameCorrespondence.Form($0, pinyin: o.pinyinKeys, foreign: !o.isVietnamese)) } }
            let viForms = vi.flatMap { o in o.fullForms.keys.sorted().map { (o, NameCorrespondence.Form($0, pinyin: o.pinyinKeys, foreign: !o.isVietnamese)) } }
            if enForms.contains(where: { e in viForms.contains { NameCorrespondence.sameName(e.1, $0.1) } }) { continue }
            // The Vietnamese spelling written most in the pair stands for it.
            guard let (viOccurrence, viForm) = viForms.max(by: { a, b in
                (a.0.fullForms[a.1.text] ?? 0, b.1.text) < (b.0.fullForms[b.1.text] ?? 0, a.1.text)
            }) else { continue }
            for (_, form) in enForms {
                var evidence = "\(pair.en) writes \"\(form.text)\" where the paired \(pair.vi) writes \"\(viForm.text)\""
                if let reading = NameCorrespondence.closeReading(of: form.words, among: viOccurrence.readings)?.reading ?? viOccurrence.readings.first {
                    evidence += ", read \(reading.joined(separator: " ")) in pinyin"
                }
                flags.append(person.flag(.crossLanguage, variant: form.text, reference: viForm.text, articles: [pair.en, pair.vi], evidence: evidence))
            }
        }
        return flags
    }
}
