import VNFeatures

/// Flags full forms of a person one or two edits from another on the key (`Thongsalith
/// Mangnormek` beside `Thongsalith Mangnomek`): the rarer form is flagged, measured against the
/// more written one.
enum MisspellingCheck {
    static func flags(_ person: PersonGroup) -> [NameFlag] {
        // The most written form of each key stands for it.
        var byKey: [String: (form: String, count: Int, vietnamese: Int, articles: Set<String>)] = [:]
        for (key, forms) in Dictionary(grouping: person.fullForms.keys, by: NameSpelling.compactKey) {
            let stats = forms.map { person.fullForms[$0]! }
            let form = forms.max { a, b in (person.fullForms[a]!.count, b) < (person.fullForms[b]!.count, a) }!
            byKey[key] = (form, stats.reduce(0) { $0 + $1.count }, stats.reduce(0) { $0 + $1.vietnameseCount },
                          stats.reduce(into: Set<String>()) { $0.formUnion($1.articles) })
        }
        let keys = byKey.keys.sorted()
        var flags: [NameFlag] = []
        var flagged = Set<String>()
        for (i, a) in keys.enumerated() {
            for b in keys[(i + 1)...] where min(a.count, b.count) >= 5 {
                let distance = NameKeys.distance(a, b, limit: 2)
                guard (1...2).contains(distance) else { continue }
                let x = byKey[a]!, y = byKey[b]!
                // The rarer spelling is the suspect; on a tie, the one Vietnamese texts do not write.
                let (rare, common) = (x.count, x.vietnamese, b) < (y.count, y.vietnamese, a) ? (x, y) : (y, x)
                guard flagged.insert(rare.form).inserted else { continue }
                let together = rare.articles.intersection(common.articles).sorted()
                var evidence = "\"\(rare.form)\" (×\(rare.count)) is \(distance) edit\(distance == 1 ? "" : "s") from \"\(common.form)\" (×\(common.count)) on the key (\(NameSpelling.compactKey(rare.form)) / \(NameSpelling.compactKey(common.form)))"
                if !together.isEmpty { evidence += "; both in \(together.joined(separator: ", "))" }
                flags.append(person.flag(.misspelling, variant: rare.form, reference: common.form, articles: rare.articles, evidence: evidence))
            }
        }
        return flags
    }
}
