/// A string as a JSON string literal, written by hand where bytes must depend on the values
/// alone (the synthetic corpus, data embedded in the HTML report): `"`, `\`, line breaks, tabs
/// and other control characters escaped; with `escapingHTML` also `<`, `>`, `&` and the line
/// separators, so that the literal can sit inside `<script type="application/json">`.
///
/// ```swift
/// JSONStringLiteral.encode("a \"b\"\n")                       // "\"a \\\"b\\\"\\n\""
/// JSONStringLiteral.encode("</script>", escapingHTML: true)  // "\"\\u003c/script\\u003e\""
/// ```
public enum JSONStringLiteral {
    public static func encode(_ text: String, escapingHTML: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where escapingHTML: out += "\\u003c"
            case ">" where escapingHTML: out += "\\u003e"
            case "&" where escapingHTML: out += "\\u0026"
            case "\u{2028}" where escapingHTML: out += "\\u2028"
            case "\u{2029}" where escapingHTML: out += "\\u2029"
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
}
