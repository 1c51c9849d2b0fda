import VNText

/// One person while the report is built: the occurrences the clusterer gathered and the cluster
/// made of them (canonical form, variants counted).
struct PersonGroup {
    let members: [NameOccurrence]
    var cluster: NameCluster

    /// A full form's totals over the person's occurrences.
    struct FormStats {
        var count = 0
        var vietnameseCount = 0
        var articles = Set<String>()
    }

    /// Full forms and their totals.
    let fullForms: [String: FormStats]

    init(members: [NameOccurrence]) {
        self.members = members
        var full: [String: FormStats] = [:]
        var variants: [String: (count: Int, languages: Set<String>, articles: Set<String>, short: Bool)] = [:]
        for o in members {
            for (text, count) in o.fullForms {
                full[text, default: FormStats()].count += count
                if o.language == "vi" { full[text, default: FormStats()].vietnameseCount += count }
                full[text, default: FormStats()].articles.insert(o.article)
            }
            for (text, count, short) in o.fullForms.map({ ($0.key, $0.value, false) }) + o.shortForms.map({ ($0.key, $0.value, true) }) where count > 0 {
                let key = (short ? "s:" : "f:") + text
                variants[key, default: (0, [], [], short)].count += count
                variants[key, default: (0, [], [], short)].languages.insert(o.language)
                variants[key, default: (0, [], [], short)].articles.insert(o.article)
            }
        }
        fullForms = full
        // The canonical form: the most written full form, the best-marked on a tie, never a
        // spelling with confusable or lookalike letters when a clean one exists.
        let clean = full.filter { NameSpelling.repaired($0.key) == $0.key && $0.value.count > 0 }
        let pool = clean.isEmpty ? full : clean
        let canonical = pool.max { a, b in
            (a.value.count, NameSpelling.words(a.key).count, NameSpelling.markCount(a.key), b.key)
                < (b.value.count, NameSpelling.words(b.key).count, NameSpelling.markCount(b.key), a.key)
        }?.key ?? members[0].person.name
        let list = variants.map { key, v in
            NameVariant(text: String(key.dropFirst(2)), count: v.count, languages: v.languages.sorted(), articles: v.articles.sorted(), short: v.short)
        }.sorted { a, b in
            (a.short ? 1 : 0, a.text == canonical ? 0 : 1, -a.count, a.text) < (b.short ? 1 : 0, b.text == canonical ? 0 : 1, -b.count, b.text)
        }
        // The origin of the canonical form as the extractor read it (`hanviet` for `Tập Cận Bình`).
        let origin = (members.first { $0.fullForms[canonical] != nil } ?? members[0]).person.origin
        cluster = NameCluster(
            id: "", canonical: canonical, origin: origin,
            roles: Set(members.flatMap(\.roles)).sorted(),
            languages: Set(members.map(\.language)).sorted(),
            articles: Set(members.map(\.article)).sorted(),
            mentions: list.reduce(0) { $0 + $1.count },
            variants: list)
    }

    /// The same person under its report id.
    mutating func assign(id: String) {
        let c = cluster
        cluster = NameCluster(id: id, canonical: c.canonical, origin: c.origin, roles: c.roles, languages: c.languages,
                              articles: c.articles, mentions: c.mentions, variants: c.variants)
    }

    /// The flag of a spelling of this person.
    func flag(_ kind: NameFlag.Kind, variant: String, reference: String?, articles: some Sequence<String>, evidence: String) -> NameFlag {
        NameFlag(kind: kind, cluster: cluster.id, canonical: cluster.canonical, variant: variant, reference: reference,
                 articles: Set(articles).sorted(), evidence: evidence)
    }

    /// The order of the report: by the matching key of the canonical form.
    var sortKey: (String, String, String) { (MatchingKey.of(cluster.canonical), cluster.canonical, cluster.articles.first ?? "") }
}
