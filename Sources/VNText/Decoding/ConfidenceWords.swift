/// How sure a repair is, in words for people: a number with two decimals and a label
/// (high from 0.9, medium from 0.6, low below).
///
/// ```swift
/// ConfidenceWords.describe(0.974)   // "confidence 0.97 (high)"
/// ```
enum ConfidenceWords {
    static func describe(_ confidence: Double) -> String {
        let label = confidence >= 0.9 ? "high" : confidence >= 0.6 ? "medium" : "low"
        return "confidence \(twoDecimals(confidence)) (\(label))"
    }

    /// Two decimals without Foundation: 0.5 -> "0.50"; anything not finite -> "0.00".
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "0.00" }
        let hundredths = Int((max(0, min(value, 1e6)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
