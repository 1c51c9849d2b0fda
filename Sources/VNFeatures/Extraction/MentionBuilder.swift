/// Turns UTF-8 byte ranges of the normalised text into `Mention`s with scalar offsets and snippets.
public struct MentionBuilder: Sendable {
    let text: String
    let utf8: [UInt8]
    /// Scalar index of each UTF-8 byte offset that starts a scalar.
    let scalarIndex: [Int32]
    /// Whether every character of the text is one scalar that cannot join a space, tab or line
    /// feed into one character (no combining marks, joiners, carriage returns): then snippets
    /// can be cut at those bytes directly.
    let simple: Bool
    /// Whether mentions carry their snippet (a reader of the evidence alone needs none).
    let snippets: Bool

    /// A builder for mentions of `text`; with `snippets: false` their snippets are left empty.
    ///
    /// ```swift
    /// let mentions = MentionBuilder(text: "Talks in Hanoi", snippets: false)
    /// mentions.mention(9..<14).text      // "Hanoi"
    /// mentions.mention(9..<14).snippet   // ""
    /// ```
    public init(text: String, snippets: Bool = true) {
        self.text = text
        self.snippets = snippets
        utf8 = Array(text.utf8)
        var index = [Int32](repeating: 0, count: utf8.count + 1)
        var s: Int32 = 0
        for (i, b) in utf8.enumerated() {
            index[i] = s
            if b & 0xC0 != 0x80 { s += 1; index[i] = s - 1 }
        }
        index[utf8.count] = s
        scalarIndex = index
        simple = text.unicodeScalars.allSatisfy(Self.isSimple)
    }

    /// ASCII but the carriage return, and the Latin letters, symbols and punctuation of news text.
    static func isSimple(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0D: false
        case 0x00..<0x80: true
        case 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
        default: false
        }
    }

    /// The mention of the bytes `range`.
    public func mention(_ range: Range<Int>) -> Mention {
        let lower = max(0, min(range.lowerBound, utf8.count)), upper = max(lower, min(range.upperBound, utf8.count))
        let surface = String(decoding: utf8[lower..<upper], as: UTF8.self)
        guard snippets else { return Mention(text: surface, start: Int(scalarIndex[lower]), end: Int(scalarIndex[upper]), snippet: "") }
        var from = max(0, lower - 60), to = min(utf8.count, upper + 60)
        while from > 0 && utf8[from] & 0xC0 == 0x80 { from -= 1 }
        while to < utf8.count && utf8[to] & 0xC0 == 0x80 { to += 1 }
        var snippet = simple ? collapsed(from..<to)
            : String(decoding: utf8[from..<to], as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        if from > 0 { snippet = "…" + snippet }
        if to < utf8.count { snippet += "…" }
        return Mention(text: surface, start: Int(scalarIndex[lower]), end: Int(scalarIndex[upper]), snippet: snippet)
    }

    /// The words of `range` joined by single spaces (what splitting at spaces, tabs and line
    /// feeds and joining with a space gives, for simple text).
    func collapsed(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for i in range {
            let b = utf8[i]
            if b == 0x20 || b == 0x0A || b == 0x09 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
