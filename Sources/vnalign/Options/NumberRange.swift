import ArgumentParser

/// A number an option can take: a value that can be out of range, and for floating point, not finite.
protocol OptionNumber: Comparable, Sendable {
    /// False for NaN and the infinities.
    var isFiniteNumber: Bool { get }
    /// The number as the message shows it (`0`, `0.5`, `nan`).
    var shown: String { get }
}

extension Int: OptionNumber {
    var isFiniteNumber: Bool { true }
    var shown: String { String(self) }
}

extension Double: OptionNumber {
    var isFiniteNumber: Bool { isFinite }
    var shown: String {
        guard isFinite else { return isNaN ? "nan" : (self > 0 ? "inf" : "-inf") }
        return self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

/// The values a number option accepts, declared once beside the option and checked in one
/// place, so that a refusal gives the range: `--threshold must be a number from 0 to 1 (got nan)`,
/// `--window-days must be 0 or more (got -1)`.
///
/// ```swift
/// static let windowDaysRange = NumberRange(0, 36_500)
/// try Self.windowDaysRange.check(windowDays, option: "--window-days")
/// ```
struct NumberRange<Value: OptionNumber>: Sendable {
    let lower: Value
    /// No upper bound when nil.
    let upper: Value?

    init(_ lower: Value, _ upper: Value? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// "from 0 to 1", "1000 or more".
    var text: String {
        upper.map { "from \(lower.shown) to \($0.shown)" } ?? "\(lower.shown) or more"
    }

    func contains(_ value: Value) -> Bool {
        value.isFiniteNumber && value >= lower && upper.map { value <= $0 } ?? true
    }

    /// Throws a usage error naming the option, the range and the value, unless `value` is nil or in range.
    func check(_ value: Value?, option: String) throws {
        guard let value, !contains(value) else { return }
        throw ValidationError("\(option) must be \(upper == nil ? "" : "a number ")\(text) (got \(value.shown))")
    }
}
