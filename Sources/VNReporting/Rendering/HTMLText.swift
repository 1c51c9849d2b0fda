/// Text from a corpus made safe to put in an HTML page: as element content or as a quoted
/// attribute value. Control characters other than tab and newline are dropped (they are not
/// allowed in HTML), so a page built from any input parses the same in every browser.
///
/// ```swift
/// HTMLText.escape("<b>Tom & Jerry</b>")   // "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"
/// HTMLText.attribute("say \"hi\"")        // "say &quot;hi&quot;"
/// ```
public enum HTMLText {
    /// Escapes `&`, `<`, `>` for element content.
    public static func escape(_ text: String) -> String {
        replacing(text, quotes: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for an attribute value in double quotes.
    public static func attribute(_ text: String) -> String {
        replacing(text, quotes: true)
    }

    static func replacing(_ text: String, quotes: Bool) -> String {
        let needsWork = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))) || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
                || byte == 0x7F || byte == 0xC2   // 0xC2 starts the C1 controls (and some letters)
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
