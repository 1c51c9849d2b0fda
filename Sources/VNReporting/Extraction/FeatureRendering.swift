import VNFeatures

/// The text output of `vnalign extract`: each article's people, numbered bodies, dates,
/// organisations, places, numbers and repairs, grouped and readable; JSON is the features'
/// `Codable` form.
///
/// ```swift
/// print(FeatureRendering.text(FeatureExtractor.extract(article)))
/// // en-1 [en] published 2025-03-21: Prime Minister receives ...
/// //   people:
/// //     Phạm Minh Chính (prime-minister), 2 mention(s)
/// ```
public enum FeatureRendering {
    /// Every article, one block each, separated by a blank line.
    public static func text(_ features: [ArticleFeatures]) -> String {
        features.map(text).joined(separator: "\n")
    }

    /// One article's block.
    public static func text(_ f: ArticleFeatures) -> String {
        var lines = ["\(f.id) [\(f.lang.code)]\(f.date.map { " published \($0)" } ?? "")\(f.title.map { ": \($0)" } ?? "")"]
        func add(_ label: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("  \(label):")
            for item in items { lines.append("    \(item)") }
        }
        add("people", f.people.map { p in
            let role = p.role.map { " (\($0))" } ?? ""
            let seconds = Set(p.mentions.map(\.text)).subtracting([p.name]).sorted()
            return "\(p.name)\(role), \(p.mentions.count) mention(s)\(seconds.isEmpty ? "" : "; also as " + seconds.joined(separator: ", "))"
        })
        add("numbered bodies", f.bodies.map { "\($0.kind) \($0.number)\($0.owner.map { " of \($0)" } ?? ""): \"\($0.mentions[0].text)\"" })
        add("dates", f.dates.map { "\($0.value)\($0.resolved ? " (resolved)" : "")\($0.partOfDay.map { ", \($0)" } ?? ""): \"\($0.mentions[0].text)\"" })
        add("organisations", f.organizations.map { "\($0.name) [\($0.id)] ×\($0.mentions.count)" })
        add("places", f.places.map { "\($0.name) [\($0.id)] ×\($0.mentions.count)" })
        add("numbers", f.numbers.map { "\($0.mentions[0].text) = \($0.value)\($0.unit.map { " \($0)" } ?? "")" })
        if !f.repairs.isEmpty { add("repairs", f.repairs) }
        return lines.joined(separator: "\n") + "\n"
    }
}
