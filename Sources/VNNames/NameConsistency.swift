import VNFeatures
import VNText

/// Checks that a corpus writes each person one way: gathers every person mention, both
/// languages, into one cluster per person, and flags the spellings an editor should check.
///
/// ```swift
/// let features = corpus.articles.map(FeatureExtractor.extract)
/// let pairs = Aligner().align(features).pairs.map { (en: $0.score.en, vi: $0.score.vi) }
/// let report = NameConsistency.check(features, pairs: pairs, lookalikes: LookalikeScanner.scan(features))
/// for flag in report.flags { print(flag.kind.rawValue, flag.variant, flag.evidence) }
/// ```
///
/// Clustering is `NameClusterer`'s (keys, readings, sound keys, misspellings with evidence, never
/// on a shared family or given name alone); flags are `MarkCheck`, `MisspellingCheck`,
/// `CrossLanguageCheck` and `ConfusableCheck`. The output is sorted and the same for any order of
/// the input.
public enum NameConsistency {
    /// The report for articles and aligned pairs given as English and Vietnamese article ids.
    public static func check(_ features: [ArticleFeatures], pairs: [(en: String, vi: String)],
                             lookalikes: [String: [LookalikeScanner.Finding]] = [:]) -> NameReport {
        let occurrences = NameOccurrence.all(features)
        var clusterer = NameClusterer(occurrences: occurrences, pairs: pairs)
        var people = clusterer.clusters().map { PersonGroup(members: $0.map { occurrences[$0] }) }
        people.sort { $0.sortKey < $1.sortKey }
        var used: [String: Int] = [:]
        for i in people.indices {
            let base = NameKeys.compact(NameSpelling.repaired(people[i].cluster.canonical))
            used[base, default: 0] += 1
            people[i].assign(id: used[base]! == 1 ? base : "\(base)-\(used[base]!)")
        }
        let context = NameCheckContext(features: features, pairs: pairs, lookalikes: lookalikes)
        var flags: [NameFlag] = []
        for person in people {
            flags += MarkCheck.flags(person, context: context)
            flags += MisspellingCheck.flags(person)
            flags += CrossLanguageCheck.flags(person, context: context)
            flags += ConfusableCheck.flags(person, context: context)
        }
        let order = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.cluster.id, $0) })
        return NameReport(clusters: people.map(\.cluster), flags: merged(flags, order: order),
                          articles: Set(features.map(\.id)).count, alignedPairs: pairs.count)
    }

    /// One flag per person, kind and spelling: the articles joined, the evidence listed once each.
    static func merged(_ flags: [NameFlag], order: [String: Int]) -> [NameFlag] {
        var byKey: [String: NameFlag] = [:]
        for f in flags {
            let key = "\(f.cluster)\u{1}\(f.kind.rawValue)\u{1}\(f.variant)"
            guard let existing = byKey[key] else { byKey[key] = f; continue }
            let evidence = existing.evidence.components(separatedBy: "; ").contains(f.evidence) ? existing.evidence : existing.evidence + "; " + f.evidence
            byKey[key] = NameFlag(kind: f.kind, cluster: f.cluster, canonical: f.canonical, variant: f.variant,
                                  reference: existing.reference ?? f.reference, articles: Set(existing.articles + f.articles).sorted(), evidence: evidence)
        }
        return byKey.values.sorted { a, b in
            (order[a.cluster] ?? 0, a.kind, a.variant) < (order[b.cluster] ?? 0, b.kind, b.variant)
        }
    }
}
