import VNFeatures

/// Whether two written forms name one person across spellings and languages.
///
/// Two full forms are the same name when they share the compact key (`Tô Lâm` / `To Lam`), the
/// words in another order (`Kishida Fumio` / `Fumio Kishida`), a Hán-Việt reading (`Tập Cận Bình`
/// reads `xi jin ping`), the sound key of a foreign name (`Thông-lun Xi-xu-lít` / `Thongloun
/// Sisoulith`), or when one is the other without an honorific or a trailing name (`Hun Manet` /
/// `Thipadei Hun Manet`), or when a one-word form is one of the other's words (`Pu-tin` and
/// `Vladimir Putin`).
///
/// ```swift
/// let a = NameCorrespondence.Form("Liu Haixing", pinyin: [], foreign: true)
/// let b = NameCorrespondence.Form("Lưu Hải Tinh", pinyin: ["liuhaixing"], foreign: false)
/// NameCorrespondence.sameName(a, b)   // true
/// ```
public enum NameCorrespondence {
    /// The keys of one written form.
    public struct Form: Sendable {
        public let text: String
        public let compact: String
        public let words: [String]
        /// Compact pinyin readings of the person, for a Hán-Việt name.
        public let pinyin: Set<String>
        /// Sound key, for a foreign name.
        public let phonetic: String?

        public init(_ text: String, pinyin: Set<String>, foreign: Bool) {
            self.text = text
            compact = NameSpelling.compactKey(text)
            words = NameSpelling.wordKeys(text)
            self.pinyin = pinyin
            phonetic = foreign ? NameKeys.phonetic(NameSpelling.repaired(text)) : nil
        }
    }

    /// Whether the two forms are the same name written two ways.
    public static func sameName(_ a: Form, _ b: Form) -> Bool {
        if a.compact == b.compact || b.pinyin.contains(a.compact) || a.pinyin.contains(b.compact) { return true }
        if a.words.count >= 2, a.words.sorted() == b.words.sorted() { return true }
        if let p = a.phonetic, p == b.phonetic { return true }
        return contains(a.words, b.words) || contains(b.words, a.words) || namesOne(a, b) || namesOne(b, a)
    }

    /// A one-word form (`Pu-tin`, `Mangnomek`) names a longer one when it is one of its words, by
    /// key or, for foreign names, by sound.
    static func namesOne(_ single: Form, _ full: Form) -> Bool {
        guard single.words.count == 1, full.words.count >= 2, let word = single.words.first else { return false }
        if full.words.contains(word) { return true }
        guard single.phonetic != nil, full.phonetic != nil else { return false }
        let sound = NameKeys.phonetic(word)
        return full.words.contains { NameKeys.phonetic($0) == sound }
    }

    /// Whether `short` (two words or more) opens or closes `long`.
    static func contains(_ long: [String], _ short: [String]) -> Bool {
        short.count >= 2 && long.count > short.count && (Array(long.prefix(short.count)) == short || Array(long.suffix(short.count)) == short)
    }

    /// A Hán-Việt reading close to an English form: same family syllable, given names alike (a
    /// shared first syllable, or two edits at most): `Liu Haitao` against `Lưu Hải Tinh`, read
    /// `liu hai xing`. Returns the reading and the edit distance of the given names.
    public static func closeReading(of words: [String], among readings: [[String]]) -> (reading: [String], distance: Int)? {
        guard words.count >= 2 else { return nil }
        var best: (reading: [String], distance: Int)?
        for reading in readings where reading.count >= 2 && reading[0] == words[0] {
            let given = words.dropFirst().joined(), readingGiven = reading.dropFirst().joined()
            let distance = NameKeys.distance(given, readingGiven, limit: 8)
            let prefix = zip(given, readingGiven).prefix { $0 == $1 }.count
            guard prefix >= 2 || distance <= 2 else { continue }
            if best == nil || distance < best!.distance { best = (reading, distance) }
        }
        return best
    }
}
