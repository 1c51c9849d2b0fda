import Testing
@testable import VNText

// Shared helpers for the VNText specification tests.
//
// Swift's `String ==` compares by canonical equivalence, so "Việt" (NFC) equals
// "Vie\u{0323}\u{0302}t" (NFD). The normaliser's contract is about code points, so every
// expectation here compares Unicode scalars, never `String ==`.

let oldStyle = Normalizer(style: .old)
let newStyle = Normalizer(style: .new)

func normalizer(_ style: ToneStyle) -> Normalizer { Normalizer(style: style) }

/// The text with everything outside printable ASCII written as `\u{...}`, so that invisible
/// differences (NFD vs NFC, U+00A0 vs space) show in failure messages.
func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\\": out += "\\\\"
        default:
            if scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
    }
    return out
}

/// A readable and an exact rendering of a text.
func shown(_ text: String) -> String { "«\(text)» [\(escaped(text))]" }

/// Whether two texts consist of exactly the same Unicode scalars.
func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

/// Expects `actual` to consist of exactly the scalars of `expected`.
func expectScalars(
    _ actual: String, _ expected: String, _ context: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        sameScalars(actual, expected),
        "\(context.isEmpty ? "" : context + ": ")expected \(shown(expected)), got \(shown(actual))",
        sourceLocation: sourceLocation)
}

/// One input and its expected output, the same in both tone styles.
struct NormCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    init(_ input: String, _ expected: String) {
        self.input = input
        self.expected = expected
    }
    var testDescription: String { "\(shown(input)) -> \(shown(expected))" }
}

/// One input and its expected output in each tone style.
struct StyleCase: Sendable, CustomTestStringConvertible {
    let input: String
    let old: String
    let new: String
    init(_ input: String, old: String, new: String) {
        self.input = input
        self.old = old
        self.new = new
    }
    /// A case written the same in both styles.
    init(_ input: String, _ both: String) {
        self.init(input, old: both, new: both)
    }
    /// A case that both styles leave unchanged.
    static func unchanged(_ input: String) -> StyleCase { StyleCase(input, input) }

    func expected(_ style: ToneStyle) -> String { style == .old ? old : new }

    var testDescription: String {
        sameScalars(old, new)
            ? "\(shown(input)) -> \(shown(old))"
            : "\(shown(input)) -> old \(shown(old)), new \(shown(new))"
    }

    /// The same case in upper case (full Unicode case mapping of input and expectations).
    var uppercased: StyleCase {
        StyleCase(input.uppercased(), old: old.uppercased(), new: new.uppercased())
    }

    /// The same case with the first letter capitalised.
    var titlecased: StyleCase {
        StyleCase(titleCase(input), old: titleCase(old), new: titleCase(new))
    }
}

/// The text with its first character upper-cased and the rest kept.
func titleCase(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}

/// Checks one style case in both styles.
func check(_ c: StyleCase, sourceLocation: SourceLocation = #_sourceLocation) {
    expectScalars(oldStyle.normalize(c.input), c.old, "old style of \(shown(c.input))", sourceLocation: sourceLocation)
    expectScalars(newStyle.normalize(c.input), c.new, "new style of \(shown(c.input))", sourceLocation: sourceLocation)
}

/// Checks one style-independent case in both styles.
func check(_ c: NormCase, sourceLocation: SourceLocation = #_sourceLocation) {
    for style in ToneStyle.allCases {
        expectScalars(
            normalizer(style).normalize(c.input), c.expected, "\(style) style of \(shown(c.input))",
            sourceLocation: sourceLocation)
    }
}
