/// The people of a corpus, each with every spelling, and the spellings to check.
///
/// ```swift
/// let report = NameConsistency.check(features, pairs: [(en: "en-1", vi: "vi-1")])
/// print(report.text())
/// if !report.flags.isEmpty { exit(1) }   // `vnalign names --strict`
/// ```
public struct NameReport: Sendable, Codable, Equatable {
    /// Counts for the top of the report.
    public struct Summary: Sendable, Codable, Equatable {
        public let people: Int
        public let variants: Int
        public let mentions: Int
        public let articles: Int
        public let alignedPairs: Int
        public let flags: Int
        /// Flags by kind (`marks`, `misspelling`, `cross-language`, `confusable`).
        public let flagsByKind: [String: Int]
    }

    public let summary: Summary
    /// Sorted by the matching key of the canonical form.
    public let clusters: [NameCluster]
    /// Sorted by person, kind and variant.
    public let flags: [NameFlag]

    public init(clusters: [NameCluster], flags: [NameFlag], articles: Int, alignedPairs: Int) {
        self.clusters = clusters
        self.flags = flags
        var byKind: [String: Int] = [:]
        for flag in flags { byKind[flag.kind.rawValue, default: 0] += 1 }
        summary = Summary(people: clusters.count, variants: clusters.reduce(0) { $0 + $1.variants.count },
                          mentions: clusters.reduce(0) { $0 + $1.mentions }, articles: articles,
                          alignedPairs: alignedPairs, flags: flags.count, flagsByKind: byKind)
    }

    /// The cluster a flag or variant belongs to.
    public func cluster(id: String) -> NameCluster? { clusters.first { $0.id == id } }
}
