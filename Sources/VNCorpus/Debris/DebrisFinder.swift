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
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let start = offset
            offset += length + 1
            if trimmed.isEmpty { continue }
            if isImageLine(trimmed) || (!sawBody && isByline(trimmed)) || isWireCredit(trimmed) {
                ranges.append(start..<start + length)
                continue
            }
            if sawBody, teaserStarts.contains(where: { trimmed.hasPrefix($0) }) {
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
        for prefix in creditPrefixes {
            if let r = line.range(of: prefix) {
                let before = line.utf8.distance(from: line.startIndex, to: r.lowerBound)
                let tail = line[r.upperBound...]
                guard tail.split(separator: " ").count <= 6 || before == 0 && line.split(separator: " ").count <= 12 else { continue }
                return before..<line.utf8.count
            }
        }
        return nil
    }

    /// `text` with every debris byte replaced by a space, so offsets are kept.
    public static func blank(_ ranges: [Range<Int>], in text: String) -> String {
        guard !ranges.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for range in ranges {
            for i in range where i < bytes.count && bytes[i] != 0x0A { bytes[i] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation
