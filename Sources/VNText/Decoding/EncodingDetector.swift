/// Picks the legacy encoding of bytes that are not UTF-8: every single-byte candidate reads the
/// bytes, each reading is scored by how many valid Vietnamese syllables it yields
/// (`SyllableScore`), and the best reading wins. Two different readings with the same best score
/// are a tie, and a best reading without any Vietnamese syllable wins nothing: the verdict is
/// `unknown`.
///
/// ```swift
/// let verdict = EncodingDetector.detect([0x56, 0x69, 0x65, 0xE4, 0x74, 0x20, 0x4E, 0x61, 0x6D])
/// verdict.chosen?.encoding   // .vni ("Vieät Nam" -> "Việt Nam")
/// ```
public enum EncodingDetector {
    /// One reading of the bytes.
    public struct Candidate: Sendable {
        public let encoding: SourceEncoding
        public let text: String
        public let score: SyllableScore
        /// High bytes the encoding does not define, read as Windows-1252.
        public let unlistedBytes: Int
    }

    /// The outcome of a detection.
    public struct Verdict: Sendable {
        /// The winning reading, nil when no reading wins (`unknown`).
        public let chosen: Candidate?
        /// The best reading that differs from the winner.
        public let runnerUp: Candidate?
        /// Every reading, best first.
        public let candidates: [Candidate]
        /// How sure the choice is, 0...1: the share of good words in the winning reading times how
        /// far it is ahead of the runner-up.
        public let confidence: Double

        /// The scores, for messages: "VNI-Windows 12, TCVN3 (ABC) 12, ...".
        public var scoreList: String {
            candidates.map { "\($0.encoding.displayName) \($0.score.value)" }.joined(separator: ", ")
        }
    }

    /// Reads `bytes` with every single-byte candidate and picks one.
    public static func detect(_ bytes: [UInt8], among encodings: [SourceEncoding] = SourceEncoding.byteCandidates) -> Verdict {
        let candidates = encodings.compactMap { encoding -> Candidate? in
            guard let codec = LegacyCodec.codec(for: encoding) else { return nil }
            let result = codec.decode(bytes)
            return Candidate(encoding: encoding, text: result.text, score: SyllableScore.of(result.text), unlistedBytes: result.unlistedBytes)
        }
        return decide(candidates)
    }

    /// Picks the best of some readings (in order of preference for equal, identical readings).
    public static func decide(_ readings: [Candidate]) -> Verdict {
        let order = Dictionary(uniqueKeysWithValues: readings.enumerated().map { ($0.element.encoding, $0.offset) })
        let ranked = readings.sorted { a, b in
            a.score.value != b.score.value ? a.score.value > b.score.value : order[a.encoding]! < order[b.encoding]!
        }
        guard let top = ranked.first else { return Verdict(chosen: nil, runnerUp: nil, candidates: [], confidence: 0) }
        let tied = ranked.filter { $0.score.value == top.score.value }
        let unknown = Verdict(chosen: nil, runnerUp: nil, candidates: ranked, confidence: 0)
        if tied.contains(where: { !sameText($0.text, top.text) }) { return unknown }
        // Without a single Vietnamese syllable nothing speaks for any reading (`Vi\xFFt`, English
        // in Windows-1252): the caller's error asks for `--from`.
        guard top.score.good > 0, top.score.value > 0 else { return unknown }
        let runnerUp = ranked.first { !sameText($0.text, top.text) }
        return Verdict(chosen: top, runnerUp: runnerUp, candidates: ranked,
                       confidence: confidence(top.score, runnerUp: runnerUp?.score))
    }

    /// The share of good words times the separation from the runner-up.
    static func confidence(_ top: SyllableScore, runnerUp: SyllableScore?) -> Double {
        let judged = top.good + top.bad
        let purity = judged == 0 ? 0.5 : Double(top.good) / Double(judged)
        guard let runnerUp else { return purity }
        let margin = max(1, top.value - runnerUp.value)
        return purity * (1 - 1 / Double(1 + margin))
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }
}
