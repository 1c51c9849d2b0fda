import VNAlignment

/// The coverage of one publication day: articles per language, pairs, and the articles left
/// unpaired. A pair is counted on the earlier publication date of its two articles.
///
/// ```swift
/// let days = DayCoverage.days(labels: labels, result: result)
/// days.first?.day                 // "2021-01-15"
/// days.first?.englishArticles     // 1
/// ```
public struct DayCoverage: Sendable, Codable, Equatable {
    /// ISO date.
    public let day: String
    public var englishArticles = 0
    public var vietnameseArticles = 0
    /// Same-event pairs counted on this day.
    public var pairs = 0
    /// Related-but-refused pairs counted on this day.
    public var related = 0
    public var unpairedEnglish = 0
    public var unpairedVietnamese = 0

    public init(day: String) { self.day = day }

    /// Every day on which at least one article was published, in order; articles without a date
    /// are left out (the report counts them separately).
    public static func days(labels: [ArticleLabel], pairs: [PairView], unpaired: [Aligner.Unpaired]) -> [DayCoverage] {
        var byDay: [String: DayCoverage] = [:]
        func update(_ day: String?, _ change: (inout DayCoverage) -> Void) {
            guard let day else { return }
            change(&byDay[day, default: DayCoverage(day: day)])
        }
        let dates = Dictionary(labels.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        for label in labels {
            update(label.date) { label.lang == "vi" ? ($0.vietnameseArticles += 1) : ($0.englishArticles += 1) }
        }
        for pair in pairs {
            update(pair.day) { pair.verdict == .sameEvent ? ($0.pairs += 1) : ($0.related += 1) }
        }
        for u in unpaired {
            update(dates[u.id] ?? nil) { u.lang == "vi" ? ($0.unpairedVietnamese += 1) : ($0.unpairedEnglish += 1) }
        }
        return byDay.values.sorted { $0.day < $1.day }
    }
}
