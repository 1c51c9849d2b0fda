import Foundation

/// Finds page debris in an article body: image placeholders (`![]() |`), bylines glued to a time
/// (`Đinh Minh Hằng2 minutes ago`), photo credits (`Ảnh: TTXVN`, `(Photo: VNA)`) and trailing
/// related-article teasers (`Tin liên quan`, `Related news`), so that none of it becomes evidence.
///
/// ```swift
/// let ranges = DebrisFinder.find(in: "![]() |\nĐinh Minh Hằng2 minutes ago\nHÀ NỘI — ...")
/// // the first two lines
/// ```
public enum DebrisFinder {
    static let agoWords = ["minutes ago", "minute ago", "hours ago", "hour ago", "days ago", "day ago",
                           "phút trước", "giờ trước", "ngày trước", "giây trước", "seconds ago"]
    static let creditPrefixes = ["Ảnh:", "Ảnh :", "Photo:", "Photo :", "(Ảnh:", "(Photo:", "Nguồn ảnh:", "Photo courtesy", "Ảnh minh họa", "Ảnh minh hoạ"]
    static let teaserStarts = ["Tin liên quan", "Xem thêm", "Đọc thêm", "Bài liên quan", "Related news", "Related:", "Related articles", "READ MORE", "Read more:", "See also:"]

    /// The byte ranges of `text` (UTF-8) that are debris, in order.
    public static func find(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var sawBody = false
        for line in lines(of: text) {
            let length = line.utf8.count
            let trimmed = trimmingWhitespace(line)
            let start = offset
            offset += length + 1
            if trimmed.isEmpty { continue }
            // Wire credits and teasers start with one of a few characters: other lines are not
            // compared with them marker by marker.
            let marked = trimmed.unicodeScalars.first.map { markerStarts.contains($0) } ?? false
            if isImageLine(trimmed) || (!sawBody && isByline(trimmed)) || marked && isWireCredit(trimmed) {
                ranges.append(start..<start + length)
                continue
            }
            if sawBody, marked, teaserStarts.contains(where: { trimmed.hasPrefix($0) }) {
                ranges.append(start..<text.utf8.count)
                return ranges
            }
            if let credit = creditRange(in: line) {
                ranges.append(start + credit.lowerBound..<start + credit.upperBound)
                if credit.lowerBound == 0 { continue }
            }
            sawBody = true
        }
        return ranges
    }

    /// The lines of `text`: what `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives, found on the UTF-8 bytes instead of by characters (a line feed is a character of its
    /// own but after a carriage return, which joins it).
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A && previous != 0x0D {
                lines.append(Substring(utf8[start..<i]))
                start = utf8.index(after: i)
            }
            previous = byte
            i = utf8.index(after: i)
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    /// The first characters of the wire credits and teasers (none of them has another canonically
    /// equivalent form, so a line that starts otherwise has no such prefix).
    static let markerStarts = Set((wireCredits + teaserStarts).compactMap(\.unicodeScalars.first))

    static let wireCredits = ["Reporting by", "(Reporting by", "Writing by", "(Writing by", "Editing by", "(Editing by", "Additional reporting by", "(Additional reporting by", "Compiled by", "Our Standards:"]

    /// Wire-service credit lines (`Reporting by ...; Editing by ...`).
    static func isWireCredit(_ line: String) -> Bool {
        wireCredits.contains { line.hasPrefix($0) }
    }

    static func isImageLine(_ line: String) -> Bool {
        if line.hasPrefix("![") { return true }
        if line.allSatisfy({ $0 == "|" || $0 == " " || $0 == "-" }) { return true }
        return false
    }

    static func isByline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words <= 8 else { return false }
        let lower = line.lowercased()
        return agoWords.contains { lower.hasSuffix($0) } || lower.hasPrefix("by ") && words <= 5
    }

    /// The UTF-8 range of a photo credit in a line, from its marker to the end of the line.
    static func creditRange(in line: Substring) -> Range<Int>? {
        // Every marker holds one of these ASCII runs, which no normalisation changes: a line
        // without them has no credit, and is not searched marker by marker.
        guard mayHoldCredit(line) else { return nil }
        for (prefix, bytes) in zip(creditPrefixes, creditPrefixBytes) {
            if let r = firstRange(of: prefix, bytes: bytes, in: line) {
                let before = line.utf8.distance(from: line.startIndex, to: r.lowerBound)
                let tail = line[r.upperBound...]
                guard tail.split(separator: " ").count <= 6 || before == 0 && line.split(separator: " ").count <= 12 else { continue }
                return before..<line.utf8.count
            }
        }
        return nil
    }

    static let creditPrefixBytes = creditPrefixes.map { Array($0.utf8) }

    /// What `line.range(of: prefix)` finds, found on the bytes: the normalised text is NFC, so
    /// the first byte match is Foundation's match unless a combining character follows it (then
    /// Foundation is asked).
    static func firstRange(of prefix: String, bytes: [UInt8], in line: Substring) -> Range<Substring.Index>? {
        let utf8 = line.utf8
        guard let first = bytes.first, utf8.count >= bytes.count else { return nil }
        var i = utf8.startIndex
        let last = utf8.index(utf8.endIndex, offsetBy: -bytes.count)
        while i <= last {
            if utf8[i] == first, utf8[i...].starts(with: bytes) {
                let end = utf8.index(i, offsetBy: bytes.count)
                if end == utf8.endIndex || utf8[end] < 0xCC { return i..<end }
                return line.range(of: prefix)
            }
            i = utf8.index(after: i)
        }
        return nil
    }

    /// `line` without the spaces and tabs at its ends: what `trimmingCharacters(in: .whitespaces)`
    /// gives (tab and the space separators, Zs), without bridging every line to `NSString`.
    static func trimmingWhitespace(_ line: Substring) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(line) }
        var from = scalars.startIndex, to = scalars.endIndex
        while from < to, isSpace(scalars[from]) { from = scalars.index(after: from) }
        while to > from, isSpace(scalars[scalars.index(before: to)]) { to = scalars.index(before: to) }
        return String(scalars[from..<to])
    }

    /// Whether `line` holds `Photo`, `nh:`, `nh :` or `nh minh ho` (the ASCII core of every
    /// credit marker) as bytes.
    static func mayHoldCredit(_ line: Substring) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for i in 0..<(bytes.count - 2) {
                switch bytes[i] {
                case 0x50:  // P
                    if i + 4 < bytes.count, bytes[i + 1] == 0x68, bytes[i + 2] == 0x6F, bytes[i + 3] == 0x74, bytes[i + 4] == 0x6F { return true }
                case 0x6E:  // n
                    guard bytes[i + 1] == 0x68 else { continue }
                    if bytes[i + 2] == 0x3A { return true }
                    if bytes[i + 2] == 0x20, i + 3 < bytes.count, bytes[i + 3] == 0x3A || bytes[i + 3] == 0x6D { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// `text` with every debris byte replaced by a space, so offsets are kept.
    public static func blank(_ ranges: [Range<Int>], in text: String) -> String {
        guard !ranges.isEmpty else { return text }
        var bytes = Array(text.utf8)
        // Invariant (debug builds): every debris range lies inside the text.
        assert(ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= bytes.count }, "debris range outside the text's \(bytes.count) bytes")
        for range in ranges {
            for i in range where i < bytes.count && bytes[i] != 0x0A { bytes[i] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
