import VNText

/// Keys that let two spellings of one name meet.
///
/// ```swift
/// NameKeys.compact("Xi Jinping")   // "xijinping"
/// NameKeys.compact("Tô Lâm")       // "tolam"
/// NameKeys.phonetic("Xi-xu-lít")   // "sisulit"
/// NameKeys.phonetic("Sisoulith")   // "sisulit"
/// ```
public enum NameKeys {
    /// The matching key without spaces or hyphens: `Xi Jinping` and the pinyin of `Tập Cận Bình`
    /// (`xi jin ping`) meet here.
    public static func compact(_ name: String) -> String {
        // Bytes of other scalars are all 0x80 or above, so filtering bytes keeps the same letters.
        String(decoding: MatchingKey.of(name).utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }

    /// A rough sound key for foreign names and their Vietnamese phonetic spellings (`Pu-tin`,
    /// `Xi-xu-lít`): x/s, ph/f, th/t, ou/u merged, `h` after a consonant and at the end dropped,
    /// doubled letters collapsed.
    public static func phonetic(_ name: String) -> String {
        // The compact key is ASCII letters and digits: the rules run on its bytes, each over the
        // result of the one before, left to right without overlaps.
        var s = Array(compact(name).utf8)
        for (from, to) in phoneticRules { s = replacing(from, with: to, in: s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            if c == UInt8(ascii: "h"), let last = out.last, !isVowel(last) { continue }
            if let last = out.last, last == c { continue }
            out.append(c)
        }
        while out.last == UInt8(ascii: "h") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    static let phoneticRules: [([UInt8], [UInt8])] = [
        ("ph", "f"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("ou", "u"), ("oo", "u"), ("x", "s"),
        ("z", "s"), ("w", "u"), ("y", "i"), ("ee", "i"), ("k", "c"), ("q", "c"), ("d", "t"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    /// `bytes` with every occurrence of `from` replaced by `to`, found left to right without
    /// overlaps (what `replacingOccurrences(of:with:)` does).
    static func replacing(_ from: [UInt8], with to: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= from.count else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + from.count <= bytes.count, bytes[i] == from[0], from.count == 1 || bytes[i + 1] == from[1] {
                out.append(contentsOf: to)
                i += from.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// Edit distance between two keys (Levenshtein), capped at `limit + 1`.
    public static func distance(_ a: String, _ b: String, limit: Int = 3) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : (y.isEmpty ? x.count : previous[y.count])
    }
}
