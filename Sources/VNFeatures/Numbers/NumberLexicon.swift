import Foundation
import VNText

/// The word lists of the number grammar, read from `numbers-scales.tsv` (`tỷ`, `billion`) and
/// `numbers-units.tsv` (currencies and units, written before or after a number).
///
/// ```swift
/// let lexicon = NumberLexicon.shared
/// lexicon.scales.match(view, at: i)       // (payload: 9, end: i + 1) for "tỷ"
/// lexicon.unitsAfter.match(view, at: i)   // (payload: "VND", end: i + 1) for "đồng"
/// lexicon.unitsBefore.match(view, at: i)  // (payload: "USD", end: i + 2) for "US$"
/// ```
final class NumberLexicon: Sendable {
    /// Scale words; payload: the power of ten.
    let scales: PhraseMatcher<Int>
    /// Currency forms written before a number (`$`, `USD`, `US$`, `€`); payload: the unit.
    let unitsBefore: PhraseMatcher<String>
    /// Currency and unit forms written after a number (`USD`, `đồng`, `%`, `người`); payload: the unit.
    let unitsAfter: PhraseMatcher<String>

    static let shared: NumberLexicon = {
        do {
            return try NumberLexicon(scales: TSVTable.resource("numbers-scales.tsv", in: .module),
                                     units: TSVTable.resource("numbers-units.tsv", in: .module))
        } catch {
            fatalError("vnalign's number tables are unreadable: \(error)")
        }
    }()

    init(scales: TSVTable, units: TSVTable) throws {
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
        self.scales = scaleMatcher
        unitsBefore = before
        unitsAfter = after
    }

    /// Units of time: after a year they usually begin the next date (`năm 2030 ngày ...`), so they
    /// do not make a year an amount.
    static let timeUnits: Set<String> = ["years", "months", "days"]

    /// Whether a scale word or a unit other than a unit of time follows at token `i`
    /// (`2030 người`, `2.000 tỷ`: the number before is an amount, not a year).
    func isQuantityWord(_ view: TokenView, at i: Int) -> Bool {
        if scales.match(view, at: i) != nil { return true }
        if let unit = unitsAfter.match(view, at: i)?.payload { return !Self.timeUnits.contains(unit) }
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
