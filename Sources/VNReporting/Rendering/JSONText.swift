import VNCorpus
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
        JSONStringLiteral.encode(text, escapingHTML: true)
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
