/// JSON written by hand for data embedded in an HTML page: strings escaped so that the text can
/// sit inside `<script type="application/json">` (`<`, `>`, `&` and the line separators as
/// `\u` escapes, so no `</script>` or `<!--` can appear), numbers with a fixed number of
/// decimals, so the bytes depend only on the values.
///
/// ```swift
/// JSONText.string("</script> & \"x\"")   // "\"\\u003c/script\\u003e \\u0026 \\\"x\\\"\""
/// JSONText.number(9.6149)                // "9.61"
/// ```
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number with at most `decimals` decimals, trailing zeros (and a bare `.`) left out;
    /// `null` for a value that is not finite.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "null" }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
