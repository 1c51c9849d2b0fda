import Foundation
import VNCorpus
import VNText

/// The word lists of the date grammars, read from `dates-months.tsv`, `dates-weekdays.tsv` and
/// `dates-relative.tsv`.
///
/// ```swift
/// let lexicon = DateLexicon.shared
/// lexicon.months[.english]!.match(view, at: i)     // (payload: 12, end: ...) for "Dec."
/// lexicon.weekdays[.vietnamese]!.match(view, at: i) // (payload: 1, end: ...) for "thứ Hai"
/// ```
final class DateLexicon: Sendable {
    /// A phrase counted from the publication date (`hôm qua`, `next month`).
    struct Relative: Sendable, Equatable {
        var unit: DateExpression.Unit
        var offset: Int
        var partOfDay: String?
    }

    /// Month names by language (payload: month 1-12).
    let months: [Language: PhraseMatcher<Int>]
    /// Weekday names by language (payload: ISO weekday, Monday 1).
    let weekdays: [Language: PhraseMatcher<Int>]
    /// Relative day, month and year phrases by language.
    let relatives: [Language: PhraseMatcher<Relative>]
    /// By language, the lower-case words a date expression can start with (besides numbers): the
    /// first words of the phrases above and the grammars' own entry words. The scanner tries the
    /// grammar only at those tokens.
    let starters: [Language: WordSet]

    static let shared: DateLexicon = {
        do {
            return try DateLexicon(months: TSVTable.resource("dates-months.tsv", in: .module),
                                   weekdays: TSVTable.resource("dates-weekdays.tsv", in: .module),
                                   relatives: TSVTable.resource("dates-relative.tsv", in: .module))
        } catch {
            fatalError("vnalign's date tables are unreadable: \(error)")
        }
    }()

    init(months: TSVTable, weekdays: TSVTable, relatives: TSVTable) throws {
        self.months = try Self.bilingual(months, range: 1...12, what: "month")
        self.weekdays = try Self.bilingual(weekdays, range: 1...7, what: "weekday")
        var relative: [Language: PhraseMatcher<Relative>] = [.english: PhraseMatcher(), .vietnamese: PhraseMatcher()]
        for row in relatives.rows {
            guard row.fields.count == 5, let language = Language(tag: row.fields[0]),
                  let unit = DateExpression.Unit(rawValue: row.fields[2]), let offset = Int(row.fields[3]) else {
                throw relatives.error("expected: lang, phrase, day|month|year, offset, part of day", at: row)
            }
            let part = row.fields[4].isEmpty ? nil : row.fields[4]
            relative[language]!.add(row.fields[1], Relative(unit: unit, offset: offset, partOfDay: part))
        }
        self.relatives = relative
        var starters: [Language: WordSet] = [:]
        for language in [Language.english, .vietnamese] {
            let entry = language == .english ? EnglishDateGrammar.entryWords : VietnameseDateGrammar.entryWords
            starters[language] = self.months[language]!.firstWords.union(self.weekdays[language]!.firstWords)
                .union(relative[language]!.firstWords).union(entry)
        }
        self.starters = starters
    }

    /// Reads a `number<TAB>en forms<TAB>vi forms` table.
    private static func bilingual(_ table: TSVTable, range: ClosedRange<Int>, what: String) throws -> [Language: PhraseMatcher<Int>] {
        var english = PhraseMatcher<Int>(), vietnamese = PhraseMatcher<Int>()
        for row in table.rows {
            guard row.fields.count == 3, let number = Int(row.fields[0]), range.contains(number) else {
                throw table.error("expected: \(what) number, English forms, Vietnamese forms", at: row)
            }
            english.add(forms: row.fields[1], number)
            vietnamese.add(forms: row.fields[2], number)
        }
        return [.english: english, .vietnamese: vietnamese]
    }
}
