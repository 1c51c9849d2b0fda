import VNAlignment

/// The coverage of one outlet (the url's host) or one section (the url's first folder):
/// its articles per language, how many of them are in a same-event pair, and how many are unpaired.
///
/// ```swift
/// let outlets = GroupCoverage.groups(labels, by: \.outlet, paired: pairedIDs)
/// outlets.first?.name   // "vietnamnews.example" (the outlet with the most articles)
/// ```
public struct GroupCoverage: Sendable, Codable, Equatable {
    public let name: String
    public var englishArticles = 0
    public var vietnameseArticles = 0
    /// Articles in a same-event pair.
    public var paired = 0
    /// Articles in no same-event pair.
    public var unpaired = 0

    public init(name: String) { self.name = name }

    public var articles: Int { englishArticles + vietnameseArticles }

    /// One group per distinct value of `key` (articles without one are left out), the largest
    /// first, ties by name.
    public static func groups(_ labels: [ArticleLabel], by key: (ArticleLabel) -> String?, paired: Set<String>) -> [GroupCoverage] {
        var byName: [String: GroupCoverage] = [:]
        for label in labels {
            guard let name = key(label) else { continue }
            var group = byName[name] ?? GroupCoverage(name: name)
            if label.lang == "vi" { group.vietnameseArticles += 1 } else { group.englishArticles += 1 }
            if paired.contains(label.id) { group.paired += 1 } else { group.unpaired += 1 }
            byName[name] = group
        }
        return byName.values.sorted { ($0.articles, $1.name) > ($1.articles, $0.name) }
    }
}
