/// Finds and explains words that mix Latin letters with lookalikes from other scripts, with ICU's
/// spoof checker (UTS #39).
///
/// ```swift
/// let finding = ConfusableDetector.shared.finding(word: "Vi\u{0435}t", utf8Offset: 0)
/// finding.suggestion   // "Viet"
/// ```
public final class ConfusableDetector: Sendable {
    /// A detector shared by all normalisers.
    public static let shared = ConfusableDetector()

    private let checker: SpoofChecker

    private init() {
        checker = ICU.required("spoof checker") { try SpoofChecker() }
    }

    /// Whether ICU flags the word as mixing scripts.
    public func isSuspicious(_ word: String) -> Bool {
        checker.isSuspicious(word)
    }

    /// A finding for a mixed-script word: its foreign letters, and the Latin spelling they imitate.
    public func finding(word: String, utf8Offset: Int) -> ConfusableFinding {
        var foreign: [String] = []
        var suggestion = ""
        var complete = true
        for scalar in word.unicodeScalars {
            switch ICU.script(scalar.value) {
            case .cyrillic, .greek:
                foreign.append("\(Character(scalar)) U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))")
                let skeleton: String? = ICU.required("confusable skeleton") { try checker.skeleton(String(Character(scalar))) }
                if let skeleton, skeleton.unicodeScalars.count == 1,
                   let first = skeleton.unicodeScalars.first, ICU.script(first.value) == .latin {
                    let latin = String(Character(first))
                    suggestion += ICU.isUppercase(scalar.value) ? latin.uppercased() : latin
                } else {
                    complete = false
                    suggestion.unicodeScalars.append(scalar)
                }
            default:
                suggestion.unicodeScalars.append(scalar)
            }
        }
        return ConfusableFinding(word: word, utf8Offset: utf8Offset, foreignLetters: foreign,
                                 suggestion: complete ? suggestion : nil)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
