import VNCorpus
import VNText

/// The word lists that tell what happened: event kinds with their exclusive groups
/// (`event-triggers.tsv`), announcement markers (`event-tense.tsv`), what numbers count
/// (`quantity-measures.tsv`) and the generic words around names of things (`thing-generics.tsv`).
///
/// ```swift
/// let lexicon = EventLexicon.shared
/// lexicon.group(of: "opens")    // "session" (excludes "closes")
/// lexicon.group(of: "visit")    // nil
/// ```
public final class EventLexicon: Sendable {
    /// An event kind and the group of kinds it excludes.
    struct Trigger: Sendable {
        let kind: String
        let group: String?
    }

    /// Where a measure word stands relative to its number.
    enum Side: String, Sendable { case after, before }

    let triggers: [Language: PhraseMatcher<Trigger>]
    let announcements: [Language: PhraseMatcher<Bool>]
    let measuresAfter: [Language: PhraseMatcher<String>]
    let measuresBefore: [Language: PhraseMatcher<String>]
    /// Counts written as words (`fourteen`, `bốn`), by language; payload: the value.
    let numberWords: [Language: PhraseMatcher<Double>]
    /// English generic words taken off either end of a name (matching keys).
    let englishEdgeGenerics: Set<String>
    /// Vietnamese generic phrases standing before a name.
    let vietnameseStartGenerics: PhraseMatcher<Bool>
    private let groups: [String: String]

    public static let shared: EventLexicon = {
        do {
            return try EventLexicon(triggers: TSVTable.resource("event-triggers.tsv", in: .module),
                                    tense: TSVTable.resource("event-tense.tsv", in: .module),
                                    measures: TSVTable.resource("quantity-measures.tsv", in: .module),
                                    generics: TSVTable.resource("thing-generics.tsv", in: .module),
                                    numberWords: TSVTable.resource("quantity-number-words.tsv", in: .module))
        } catch {
            fatalError("vnalign's event tables are unreadable: \(error)")
        }
    }()

    init(triggers: TSVTable, tense: TSVTable, measures: TSVTable, generics: TSVTable, numberWords words: TSVTable) throws {
        func language(_ code: String, _ table: TSVTable, _ row: TSVTable.Row) throws -> Language {
            guard let l = Language(rawValue: code) else { throw table.error("unknown language \(code) (en or vi)", at: row) }
            return l
        }
        var t: [Language: PhraseMatcher<Trigger>] = [:], groups: [String: String] = [:]
        for row in triggers.rows {
            guard row.fields.count == 4, !row.fields[0].isEmpty, !row.fields[3].isEmpty else {
                throw triggers.error("expected: kind, group, language, phrase", at: row)
            }
            let group = row.fields[1] == "-" ? nil : row.fields[1]
            if let g = group {
                if let existing = groups[row.fields[0]], existing != g { throw triggers.error("kind \(row.fields[0]) is in two groups", at: row) }
                groups[row.fields[0]] = g
            }
            t[try language(row.fields[2], triggers, row), default: PhraseMatcher()].add(row.fields[3], Trigger(kind: row.fields[0], group: group))
        }
        var a: [Language: PhraseMatcher<Bool>] = [:]
        for row in tense.rows {
            guard row.fields.count == 2 else { throw tense.error("expected: language, phrase", at: row) }
            a[try language(row.fields[0], tense, row), default: PhraseMatcher()].add(row.fields[1], true)
        }
        var after: [Language: PhraseMatcher<String>] = [:], before: [Language: PhraseMatcher<String>] = [:]
        for row in measures.rows {
            guard row.fields.count == 4, let side = Side(rawValue: row.fields[2]) else {
                throw measures.error("expected: measure, language, after|before, phrase", at: row)
            }
            let l = try language(row.fields[1], measures, row)
            switch side {
            case .after: after[l, default: PhraseMatcher()].add(row.fields[3], row.fields[0])
            case .before: before[l, default: PhraseMatcher()].add(row.fields[3], row.fields[0])
            }
        }
        var edge = Set<String>(), start = PhraseMatcher<Bool>()
        for row in generics.rows {
            guard row.fields.count == 3 else { throw generics.error("expected: language, edge|start, phrase", at: row) }
            switch (row.fields[0], row.fields[1]) {
            case ("en", "edge"): edge.insert(MatchingKey.of(row.fields[2]))
            case ("vi", "start"): start.add(row.fields[2], true)
            default: throw generics.error("expected en edge or vi start", at: row)
            }
        }
        var numbers: [Language: PhraseMatcher<Double>] = [:]
        for row in words.rows {
            guard row.fields.count == 3, let v = Double(row.fields[2]) else { throw words.error("expected: language, word, value", at: row) }
            numbers[try language(row.fields[0], words, row), default: PhraseMatcher()].add(row.fields[1], v)
        }
        numberWords = numbers
        self.triggers = t
        announcements = a
        measuresAfter = after
        measuresBefore = before
        englishEdgeGenerics = edge
        vietnameseStartGenerics = start
        self.groups = groups
    }

    /// The exclusive group of an event kind, if it has one.
    public func group(of kind: String) -> String? { groups[kind] }
}
