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
        String(MatchingKey.of(name).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    /// A rough sound key for foreign names and their Vietnamese phonetic spellings (`Pu-tin`,
    /// `Xi-xu-lít`): x/s, ph/f, th/t, ou/u merged, `h` after a consonant and at the end dropped,
    /// doubled letters collapsed.
    public static func phonetic(_ name: String) -> String {
        var s = compact(name)
        for (from, to) in [("ph", "f"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("ou", "u"), ("oo", "u"), ("x", "s"),
                           ("z", "s"), ("w", "u"), ("y", "i"), ("ee", "i"), ("k", "c"), ("q", "c"), ("d", "t")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        var out: [Character] = []
        for c in s {
            if c == "h", let last = out.last, !"aeiou".contains(last) { continue }
            if let last = out.last, last == c { continue }
            out.append(c)
        }
        while out.last == "h" { out.removeLast() }
        return String(out)
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

import Foundation
