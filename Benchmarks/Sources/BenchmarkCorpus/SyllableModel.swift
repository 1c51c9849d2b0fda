/// The generator's model of a written Vietnamese syllable: onset + rhyme + tone, with the spelling
/// rules (`c`/`k`/`qu`, `g`/`gh`, `ng`/`ngh`, `gi`, `iê`/`yê`) and the tone-placement rule of both
/// styles. Frequencies are rough figures for news prose, good enough to give the normaliser and the
/// key builder a realistic mix of letters, shapes and tones.

/// The six tones, in the order of the vowel tables below.
enum SyllableTone: Int, CaseIterable, Sendable {
    case level, grave, acute, hook, tilde, dot

    /// The combining mark of the tone (nil for the level tone).
    var combiningMark: Unicode.Scalar? {
        switch self {
        case .level: nil
        case .grave: "\u{0300}"
        case .acute: "\u{0301}"
        case .hook: "\u{0309}"
        case .tilde: "\u{0303}"
        case .dot: "\u{0323}"
        }
    }
}

/// How a syllable's letters are encoded in the text.
enum SyllableForm: Sendable {
    /// NFC, as almost all text is.
    case composed
    /// Shape marks precomposed, the tone as a combining mark after its vowel (the Windows-1258
    /// habit, common in text pasted from old software).
    case combiningTone
    /// Fully decomposed (NFD, canonical order), as macOS file names and some editors write it.
    case decomposed
}

/// Upper-casing of a syllable.
enum SyllableCase: Int, Sendable {
    case lower = 0, capitalized = 1, upper = 2
}

enum VietnameseLetters {
    /// Vowels with their six toned forms (level, grave, acute, hook, tilde, dot), lower case.
    static let lowerVowels: [String] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]
    /// The same in upper case.
    static let upperVowels: [String] = [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ]
    /// For each vowel of `lowerVowels`: the base letter and shape mark of its decomposition.
    static let decomposition: [(Unicode.Scalar, Unicode.Scalar?)] = [
        ("a", nil), ("a", "\u{0306}"), ("a", "\u{0302}"), ("e", nil), ("e", "\u{0302}"), ("i", nil),
        ("o", nil), ("o", "\u{0302}"), ("o", "\u{031B}"), ("u", nil), ("u", "\u{031B}"), ("y", nil),
    ]

    /// toned[vowel][tone] and its upper-case twin, as scalars.
    static let lowerTable: [[Unicode.Scalar]] = lowerVowels.map { Array($0.unicodeScalars) }
    static let upperTable: [[Unicode.Scalar]] = upperVowels.map { Array($0.unicodeScalars) }

    /// Index into the vowel tables of a level-tone lower-case vowel, or nil for a consonant.
    static func vowelIndex(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "a": 0
        case "ă": 1
        case "â": 2
        case "e": 3
        case "ê": 4
        case "i": 5
        case "o": 6
        case "ô": 7
        case "ơ": 8
        case "u": 9
        case "ư": 10
        case "y": 11
        default: nil
        }
    }

    static func isShaped(_ s: Unicode.Scalar) -> Bool {
        s == "ă" || s == "â" || s == "ê" || s == "ô" || s == "ơ" || s == "ư"
    }

    static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if let v = vowelIndex(s) { return upperTable[v][0] }
        if s == "đ" { return "Đ" }
        if s.value >= 0x61 && s.value <= 0x7A { return Unicode.Scalar(UInt8(s.value - 0x20)) }
        return s
    }

    /// Canonical combining class of the few marks used here.
    static func combiningClass(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x031B: 216
        case 0x0323: 220
        default: 230
        }
    }

    /// Checks the tables once: every entry must be one precomposed scalar.
    static let tablesAreValid: Bool = {
        lowerTable.allSatisfy { $0.count == 6 } && upperTable.allSatisfy { $0.count == 6 }
    }()
}

/// One rhyme (vần): the vowel group and the final consonant, with its frequency.
struct Rhyme: Sendable {
    let letters: [Unicode.Scalar]
    let weight: Double
    /// Ends in c, ch, p or t: only the acute and dot tones occur.
    let isStopped: Bool
    /// Starts with a glide `o`/`u` (`oa`, `oe`, `uy`, `uâ`, `uê`, `uơ`): after `c` it is spelled `qu`.
    let hasGlide: Bool

    init(_ text: String, _ weight: Double) {
        letters = Array(text.unicodeScalars)
        self.weight = weight
        let last = text.unicodeScalars.last!
        isStopped = last == "c" || last == "p" || last == "t" || text.hasSuffix("ch")
        if letters.count >= 2, letters[0] == "o" || letters[0] == "u" {
            let second = letters[1]
            hasGlide = letters[0] == "o"
                ? (second == "a" || second == "ă" || second == "e")
                : (second == "y" || second == "â" || second == "ê" || second == "ơ")
        } else {
            hasGlide = false
        }
    }
}

enum SyllableModel {
    /// Onsets (`c` stands for c/k/qu before a glide, `g` for g/gh, `ng` for ng/ngh), with weights.
    static let onsets: [(String, Double)] = [
        ("", 5), ("b", 4), ("c", 9), ("ch", 5), ("d", 4), ("đ", 7), ("g", 1.5), ("gi", 3), ("h", 7),
        ("kh", 4), ("l", 6), ("m", 5), ("n", 5), ("ng", 6), ("nh", 6), ("ph", 4), ("qu", 2), ("r", 2),
        ("s", 3), ("t", 8), ("th", 8), ("tr", 6), ("v", 5), ("x", 2), ("p", 0.1),
    ]

    static let rhymes: [Rhyme] = [
        // open, one vowel
        Rhyme("a", 6), Rhyme("e", 1.5), Rhyme("ê", 1.2), Rhyme("i", 3), Rhyme("o", 1.5), Rhyme("ô", 1.5),
        Rhyme("ơ", 1.5), Rhyme("u", 1.5), Rhyme("ư", 1), Rhyme("y", 1),
        // open, two or three vowels
        Rhyme("ai", 2), Rhyme("ao", 1.5), Rhyme("au", 0.8), Rhyme("ay", 1.5), Rhyme("âu", 1.2),
        Rhyme("ây", 1.5), Rhyme("eo", 0.3), Rhyme("êu", 0.5), Rhyme("ia", 0.6), Rhyme("iu", 0.3),
        Rhyme("oi", 0.6), Rhyme("ôi", 1), Rhyme("ơi", 0.8), Rhyme("ua", 0.8), Rhyme("ưa", 0.8),
        Rhyme("ui", 0.5), Rhyme("ưi", 0.1), Rhyme("ưu", 0.3), Rhyme("oa", 1.6), Rhyme("oe", 0.4),
        Rhyme("uy", 1.0), Rhyme("uê", 0.2), Rhyme("uơ", 0.02), Rhyme("oai", 0.5), Rhyme("oay", 0.1),
        Rhyme("uôi", 0.4), Rhyme("ươi", 0.6), Rhyme("ươu", 0.05), Rhyme("iêu", 0.5), Rhyme("uya", 0.05),
        Rhyme("uyu", 0.02), Rhyme("oeo", 0.02),
        // closed
        Rhyme("an", 2.5), Rhyme("ang", 1.5), Rhyme("anh", 2.5), Rhyme("am", 1), Rhyme("ac", 0.8),
        Rhyme("ach", 0.6), Rhyme("at", 1.2), Rhyme("ap", 0.5),
        Rhyme("ăn", 1), Rhyme("ăng", 0.8), Rhyme("ăm", 0.5), Rhyme("ăc", 0.5), Rhyme("ăt", 0.5), Rhyme("ăp", 0.2),
        Rhyme("ân", 2), Rhyme("âng", 0.3), Rhyme("âm", 0.8), Rhyme("âc", 0.3), Rhyme("ât", 1.2), Rhyme("âp", 0.5),
        Rhyme("en", 0.5), Rhyme("em", 0.5), Rhyme("et", 0.5), Rhyme("ep", 0.2), Rhyme("eng", 0.05),
        Rhyme("ên", 0.8), Rhyme("ênh", 0.4), Rhyme("êm", 0.3), Rhyme("êch", 0.2), Rhyme("êt", 0.6), Rhyme("êp", 0.2),
        Rhyme("in", 0.8), Rhyme("inh", 2), Rhyme("im", 0.4), Rhyme("ich", 0.8), Rhyme("it", 0.5), Rhyme("ip", 0.2),
        Rhyme("on", 0.6), Rhyme("ong", 2), Rhyme("om", 0.3), Rhyme("oc", 1.2), Rhyme("ot", 0.4), Rhyme("op", 0.2),
        Rhyme("ôn", 0.6), Rhyme("ông", 3), Rhyme("ôm", 0.3), Rhyme("ôc", 1.2), Rhyme("ôt", 0.4), Rhyme("ôp", 0.1),
        Rhyme("ơn", 0.6), Rhyme("ơm", 0.2), Rhyme("ơt", 0.2), Rhyme("ơp", 0.2),
        Rhyme("un", 0.3), Rhyme("ung", 1.5), Rhyme("um", 0.2), Rhyme("uc", 0.8), Rhyme("ut", 0.3), Rhyme("up", 0.2),
        Rhyme("ưng", 1), Rhyme("ưc", 1.5), Rhyme("ưt", 0.2), Rhyme("ưn", 0.05),
        Rhyme("iên", 2), Rhyme("iêng", 0.3), Rhyme("iêm", 0.4), Rhyme("iêc", 0.4), Rhyme("iêt", 1), Rhyme("iêp", 0.5),
        Rhyme("uôn", 0.4), Rhyme("uông", 0.3), Rhyme("uôc", 0.5), Rhyme("uôt", 0.1), Rhyme("uôm", 0.05),
        Rhyme("ươn", 0.3), Rhyme("ương", 2), Rhyme("ươm", 0.1), Rhyme("ươc", 0.6), Rhyme("ươt", 0.2), Rhyme("ươp", 0.1),
        Rhyme("oan", 0.8), Rhyme("oang", 0.2), Rhyme("oanh", 0.3), Rhyme("oat", 0.3), Rhyme("oac", 0.05),
        Rhyme("oăn", 0.1), Rhyme("oăc", 0.05), Rhyme("oăt", 0.05), Rhyme("oen", 0.02), Rhyme("oet", 0.02),
        Rhyme("uân", 0.5), Rhyme("uât", 0.3), Rhyme("uyên", 0.6), Rhyme("uyêt", 0.3), Rhyme("uynh", 0.1),
        Rhyme("uych", 0.02), Rhyme("uyt", 0.05), Rhyme("oong", 0.02),
    ]

    /// Tones of open and nasal-final syllables: level, grave, acute, hook, tilde, dot.
    static let tones = WeightedTable<SyllableTone>([
        (.level, 32), (.grave, 22), (.acute, 16), (.hook, 10), (.tilde, 5), (.dot, 15),
    ])
    /// Tones of syllables ending in c, ch, p, t.
    static let stoppedTones = WeightedTable<SyllableTone>([(.acute, 55), (.dot, 45)])

    static let onsetTable = WeightedTable<Int>(onsets.indices.map { ($0, onsets[$0].1) })
    static let rhymeTable = WeightedTable<Int>(rhymes.indices.map { ($0, rhymes[$0].weight) })

    /// The spelled letters of onset + rhyme (lower case, no tone) and the index of the vowel that
    /// takes the tone in the old and in the new style; nil when the pair does not occur.
    static func spell(onset onsetIndex: Int, rhyme rhymeIndex: Int) -> (letters: [Unicode.Scalar], toneOld: Int, toneNew: Int)? {
        let onsetText = onsets[onsetIndex].0
        let rhyme = rhymes[rhymeIndex]
        var r = rhyme.letters
        var onset = Array(onsetText.unicodeScalars)
        let first = r[0]
        let front = first == "i" || first == "e" || first == "ê" || first == "y"
        let startsWithIE = r.count >= 2 && r[0] == "i" && r[1] == "ê"
        switch onsetText {
        case "c":
            if rhyme.hasGlide {
                onset = ["q", "u"]
                r.removeFirst()
            } else if front {
                onset = ["k"]
            }
        case "qu":
            if rhyme.hasGlide || first == "u" || first == "ư" || first == "o" || first == "ơ" { return nil }
            if first == "i" {
                guard r.count == 1 || startsWithIE else { return nil }
                r[0] = "y"
            }
        case "g", "ng":
            if first == "y" { return nil }
            if front { onset.append("h") }
        case "gi":
            if first == "y" || rhyme.hasGlide { return nil }
            if first == "i" {
                let text = String(String.UnicodeScalarView(r))
                guard ["i", "in", "iêng", "iên", "iêt", "iêm", "iêu"].contains(text) else { return nil }
                onset = ["g"]
            }
        case "":
            if startsWithIE { r[0] = "y" }
        case "b", "m", "ph", "v", "p":
            if rhyme.hasGlide { return nil }
        default:
            break
        }
        // Tone placement on the spelled rhyme.
        var vowels = 0
        while vowels < r.count, VietnameseLetters.vowelIndex(r[vowels]) != nil { vowels += 1 }
        let closed = vowels < r.count
        var old: Int
        var new: Int
        if closed || vowels == 1 {
            old = vowels - 1
            new = old
        } else if vowels == 3 {
            old = 1
            new = 1
        } else {
            if VietnameseLetters.isShaped(r[1]) {
                old = 1
                new = 1
            } else if (r[0] == "o" && (r[1] == "a" || r[1] == "e")) || (r[0] == "u" && r[1] == "y") {
                // After `qu` the `u` belongs to the onset, so `quy` never gets here.
                old = 0
                new = 1
            } else {
                old = 0
                new = 0
            }
        }
        // Any vowel with a shape mark wins (`ươ` + final -> `ơ`).
        if let shaped = (0..<vowels).last(where: { VietnameseLetters.isShaped(r[$0]) }) {
            old = shaped
            new = shaped
        }
        return (onset + r, onset.count + old, onset.count + new)
    }
}
