import Foundation
import VNText

/// The word lists of the number grammar, read from `numbers-scales.tsv` (`tỷ`, `billion`),
/// `numbers-units.tsv` (currencies and units, written before or after a number) and
/// `numbers-not-units.tsv` (words that begin like a unit: `đồng chí`, `tấn công`).
///
/// ```swift
/// let lexicon = NumberLexicon.shared
/// lexicon.scales.match(view, at: i)       // (payload: 9, end: i + 1) for "tỷ"
/// lexicon.unitsAfter.match(view, at: i)   // (payload: "VND", end: i + 1) for "đồng"
/// lexicon.unitsBefore.match(view, at: i)  // (payload: "USD", end: i + 2) for "US$"
/// lexicon.unit(after: view, at: i)         // nil for "đồng chí"
/// ```
final class NumberLexicon: Sendable {
    /// Scale words; payload: the power of ten.
    let scales: PhraseMatcher<Int>
    /// Currency forms written before a number (`$`, `USD`, `US$`, `€`); payload: the unit.
    let unitsBefore: PhraseMatcher<String>
    /// Currency and unit forms written after a number (`USD`, `đồng`, `%`, `người`); payload: the unit.
    let unitsAfter: PhraseMatcher<String>
    /// Words that begin like a unit but are other words (`đồng chí`).
    let notUnits: PhraseMatcher<Bool>

    static let shared: NumberLexicon = {
        do {
            return try NumberLexicon(scales: TSVTable.resource("numbers-scales.tsv", in: .module),
                                     units: TSVTable.resource("numbers-units.tsv", in: .module),
                                     notUnits: TSVTable.resource("numbers-not-units.tsv", in: .module))
        } catch {
            fatalError("vnalign's number tables are unreadable: \(error)")
        }
    }()

    init(scales: TSVTable, units: TSVTable, notUnits: TSVTable) throws {
        var scaleMatcher = PhraseMatcher<Int>()
        for row in scales.rows {
            guard row.fields.count == 2, let power = Int(row.fields[1]), (1...15).contains(power) else {
                throw scales.error("expected: word, power of ten (1-15)", at: row)
            }
            scaleMatcher.add(row.fields[0], power)
        }
        var before = PhraseMatcher<String>(), after = PhraseMatcher<String>()
        for row in units.rows {
            guard row.fields.count == 3, !row.fields[0].isEmpty else {
                throw units.error("expected: unit, forms before, forms after", at: row)
            }
            before.add(forms: row.fields[1], row.fields[0])
            after.add(forms: row.fields[2], row.fields[0])
        }
        var other = PhraseMatcher<Bool>()
        for row in notUnits.rows { other.add(row.fields[0], true) }
        self.notUnits = other
        self.scales = scaleMatcher
        unitsBefore = before
        unitsAfter = after
    }

    /// The unit written after a number at token `i`, and the token after it; nil when the words
    /// there are another word (`đồng chí`).
    func unit(after view: TokenView, at i: Int) -> (payload: String, end: Int)? {
        guard let unit = unitsAfter.match(view, at: i) else { return nil }
        if let other = notUnits.match(view, at: i), other.end > unit.end { return nil }
        return unit
    }

    /// Units of time: after a year they usually begin the next date (`năm 2030 ngày ...`), so they
    /// do not make a year an amount.
    static let timeUnits: Set<String> = ["years", "months", "days"]

    /// Whether a scale word or a unit other than a unit of time follows at token `i`
    /// (`2030 người`, `2.000 tỷ`: the number before is an amount, not a year).
    func isQuantityWord(_ view: TokenView, at i: Int) -> Bool {
        if scales.match(view, at: i) != nil { return true }
        if let unit = self.unit(after: view, at: i)?.payload { return !Self.timeUnits.contains(unit) }
        return false
    }

    /// Whether a currency written before a number ends right before token `i` (`$2025`).
    func hasUnitBefore(_ view: TokenView, at i: Int) -> Bool {
        for start in max(0, i - 2)..<i {
            if let m = unitsBefore.match(view, at: start), m.end == i { return true }
        }
        return false
    }
}
