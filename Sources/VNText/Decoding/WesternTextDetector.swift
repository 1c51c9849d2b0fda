/// Reads bytes that are not UTF-8 as Windows-1252 or Latin-1 when they are Western text: English
/// archives saved by old Windows tools (`Minister\x92s`, `\x93historic\x94`, `caf\xE9`), where
/// no Vietnamese reading finds anything to read.
///
/// The bytes count as Western text when, read as Windows-1252, every byte above ASCII is a
/// character of the code page (none of 81 8D 8F 90 9D), no control characters show up, and at
/// most one letter in twenty is outside ASCII (Vietnamese in a legacy encoding has far more, and
/// Chinese or Cyrillic in their own code pages have little else). Windows-1252 and Latin-1 differ
/// only in bytes 80-9F: typographic quotes, dashes, `€` and `™` in Windows-1252, control characters
/// in Latin-1; so Windows-1252 is the reading when they occur, and when they do not the two read
/// the same.
///
/// How sure: more bytes above ASCII give more evidence (n / (n + 1)), and each letter outside
/// ASCII beyond the first in a hundred lowers it.
///
/// ```swift
/// let bytes: [UInt8] = Array("The Minister".utf8) + [0x92] + Array("s visit to a caf".utf8) + [0xE9] + Array(" in Hanoi".utf8)
/// let reading = WesternTextDetector.detect(bytes)!
/// reading.text        // "The Minister’s visit to a café in Hanoi"
/// reading.confidence  // 0.52: two bytes of evidence
/// ```
public enum WesternTextDetector {
    /// A Western reading of some bytes.
    public struct Reading: Sendable {
        public let text: String
        /// Bytes above ASCII.
        public let highBytes: Int
        /// Of them, bytes 80-9F (which Latin-1 reads as control characters).
        public let windowsOnlyBytes: Int
        /// Letters, and those outside ASCII.
        public let letters: Int
        public let nonASCIILetters: Int
        /// Up to five distinct characters above ASCII, in order of appearance, for messages.
        public let examples: [String]
        /// How sure the reading is, 0...1.
        public let confidence: Double

        /// "read as Windows-1252, not UTF-8: ...; confidence 0.86 (high)".
        public var summary: String {
            var line = "read as Windows-1252, not UTF-8: Western text (\(nonASCIILetters) of \(letters) letter(s) outside ASCII), "
                + "\(highBytes) byte(s) above ASCII (\(examples.joined(separator: " ")))"
            if windowsOnlyBytes > 0 {
                line += "; Latin-1 would read \(windowsOnlyBytes) of them as control characters"
            } else {
                line += "; Latin-1 reads them the same"
            }
            return line + "; " + ConfidenceWords.describe(confidence)
        }
    }

    /// The Western reading of `bytes`, or nil when they do not look like Western text.
    public static func detect(_ bytes: [UInt8]) -> Reading? {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(bytes.count)
        var high = 0, windowsOnly = 0, letters = 0, nonASCIILetters = 0
        var examples: [String] = []
        for b in bytes {
            let s = Windows1252.scalar(for: b)
            if b >= 0x80 {
                // Bytes Windows-1252 leaves undefined read as C1 controls: not text.
                guard s >= 0xA0 else { return nil }
                high += 1
                if b < 0xA0 { windowsOnly += 1 }
                let shown = String(Unicode.Scalar(s)!)
                if examples.count < 5 && !examples.contains(shown) { examples.append(shown) }
            } else if (b < 0x20 && !BinaryCheck.isTextControl(b)) || b == 0x7F {
                return nil
            }
            if SyllableScore.isLetter(s) {
                letters += 1
                if s >= 0x80 { nonASCIILetters += 1 }
            }
            scalars.append(s)
        }
        guard high > 0, letters > 0, nonASCIILetters * 20 <= letters else { return nil }
        let share = Double(nonASCIILetters) / Double(letters)
        let confidence = Double(high) / Double(high + 1) * (1 - 10 * max(0, share - 0.01))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return Reading(text: String(view), highBytes: high, windowsOnlyBytes: windowsOnly, letters: letters,
                       nonASCIILetters: nonASCIILetters, examples: examples, confidence: confidence)
    }
}
