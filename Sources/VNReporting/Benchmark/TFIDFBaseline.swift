import Foundation
import VNText

/// The simple baseline the aligner is measured against: TF-IDF cosine over the diacritic-folded
/// capitalised words and numbers of each article, with greedy one-to-one matching above a
/// threshold.
///
/// ```swift
/// let pairs = TFIDFBaseline(threshold: 0.2).align(english: [("en-1", text1)], vietnamese: [("vi-1", text2)])
/// ```
public struct TFIDFBaseline: Sendable {
    public var threshold: Double

    public init(threshold: Double = 0.2) { self.threshold = threshold }

    static func terms(_ text: String) -> [String: Double] {
        var tf: [String: Double] = [:]
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            guard let first = word.first, first.isUppercase || first.isNumber else { continue }
            tf[MatchingKey.of(word), default: 0] += 1
        }
        return tf
    }

    /// Greedy pairs above the threshold, best cosine first.
    public func align(english: [(String, String)], vietnamese: [(String, String)]) -> [(String, String)] {
        let en = english.map { ($0.0, Self.terms($0.1)) }, vi = vietnamese.map { ($0.0, Self.terms($0.1)) }
        var df: [String: Double] = [:]
        for (_, t) in en + vi { for k in t.keys { df[k, default: 0] += 1 } }
        let n = Double(en.count + vi.count)
        func vector(_ t: [String: Double]) -> [String: Double] {
            var v: [String: Double] = [:]
            var norm = 0.0
            for (k, f) in t { let w = (1 + log(f)) * log((n + 1) / (df[k]! + 1)); v[k] = w; norm += w * w }
            norm = sqrt(norm)
            return norm > 0 ? v.mapValues { $0 / norm } : v
        }
        let ev = en.map { ($0.0, vector($0.1)) }, vv = vi.map { ($0.0, vector($0.1)) }
        var scored: [(Double, String, String)] = []
        for (a, va) in ev {
            for (b, vb) in vv {
                var dot = 0.0
                for (k, w) in va { if let x = vb[k] { dot += w * x } }
                if dot >= threshold { scored.append((dot, a, b)) }
            }
        }
        scored.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
        var usedA = Set<String>(), usedB = Set<String>()
        var pairs: [(String, String)] = []
        for (_, a, b) in scored where !usedA.contains(a) && !usedB.contains(b) {
            usedA.insert(a); usedB.insert(b); pairs.append((a, b))
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}
