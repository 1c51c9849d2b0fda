import VNAlignment

/// 64 bits that change whenever anything of a decision does (its verdict, numbers, shared
/// features, conflicts): a batch compares the decisions it makes again with the stored ones by
/// their fingerprints, and writes (and encodes) only those that differ. FNV-1a over the fields,
/// the same from run to run.
///
/// ```swift
/// DecisionFingerprint.of(.sameEvent, pair.score) == stored   // nothing to write
/// ```
enum DecisionFingerprint {
    static func of(_ verdict: Verdict, _ score: PairScore) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            h = (h ^ 0xFF) &* 0x100_0000_01b3
        }
        func add(_ x: Double?) { add(withUnsafeBytes(of: (x ?? .nan).bitPattern) { Array($0) }) }
        add(verdict.rawValue.utf8)
        add(score.en.utf8)
        add(score.vi.utf8)
        for x in [score.probability, score.score, score.eventScore, score.evidence, score.rivalry?.englishRival, score.rivalry?.vietnameseRival,
                  score.rivalry?.weakerMargin, score.rivalry?.strongerMargin] { add(x) }
        add([score.rivalry == nil ? 0 : 1])
        for f in score.shared {
            add(f.type.utf8)
            add(f.kind.rawValue.utf8)
            add(f.display.utf8)
            add(f.weight)
        }
        add([0xFE])
        for c in score.conflicts {
            add(c.type.rawValue.utf8)
            add(c.reason.utf8)
            add(c.penalty)
        }
        return Int64(bitPattern: h)
    }
}
