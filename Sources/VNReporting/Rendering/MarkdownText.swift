/// Text from a corpus made safe to put in Markdown: the characters that would start emphasis,
/// a link, an HTML tag or code are escaped with a backslash (a table's `|` is escaped by
/// `TextTable.markdown()`).
///
/// ```swift
/// MarkdownText.escape("*Breaking* [live]")          // "\\*Breaking\\* \\[live\\]"
/// MarkdownText.escapeURL("https://a.example/x (1)")  // "https://a.example/x%20%281%29"
/// ```
public enum MarkdownText {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#"]

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if c == "\n" || c == "\r" { out.append(" "); continue }
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A url as a link target: spaces, parentheses and angle brackets percent-encoded, so the
    /// link cannot end early.
    public static func escapeURL(_ url: String) -> String {
        var out = ""
        for c in url {
            switch c {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\n", "\r": continue
            default: out.append(c)
            }
        }
        return out
    }
}
