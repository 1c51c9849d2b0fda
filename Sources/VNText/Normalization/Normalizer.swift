/// Normalises Vietnamese (and mixed English/Vietnamese) text for matching and display.
///
/// In one pass it
/// 1. composes the text to NFC (ICU `unorm2`, only on words that need it);
/// 2. replaces odd spaces by a plain space, removes zero-width characters and stray BOMs, and
///    unifies typographic quotes and dashes (`character-repairs.tsv`);
/// 3. replaces lookalikes of `Đ`/`đ` (`Ð` U+00D0, `Ɖ` U+0189) inside Vietnamese syllables;
/// 4. moves every tone mark to its canonical vowel in the chosen `ToneStyle`, repairing misplaced
///    marks (`hòan` -> `hoàn`, `qúy` -> `quý`, `gìa` -> `già`);
/// 5. finds words that mix Latin with lookalike letters of other scripts (reported, not changed).
///
/// Case, line breaks and the order and spacing of words are kept.
///
/// ```swift
/// let normalizer = Normalizer(style: .old)
/// normalizer.normalize("Hoà bình, thuỷ lợi")        // "Hòa bình, thủy lợi"
/// let (text, report) = normalizer.normalizeReporting("Ðà Nẵng")
/// // text == "Đà Nẵng", report.lookalikesReplaced == 1
/// ```
public struct Normalizer: Sendable {
    /// Where tone marks go in `oa`, `oe`, `uy`.
    public var style: ToneStyle

    /// A normaliser writing tone marks in `style` (the old style by default, as most news sites do).
    public init(style: ToneStyle = .old) {
        self.style = style
    }

    /// The normalised text.
    public func normalize(_ text: String) -> String {
        var engine = NormalizationEngine(style: style, reporting: false)
        return engine.run(text).text
    }

    /// The normalised text and a report of what changed.
    public func normalizeReporting(_ text: String) -> (text: String, report: NormalizationReport) {
        var engine = NormalizationEngine(style: style, reporting: true)
        return engine.run(text)
    }

    /// Normalises one word (a run of text without ASCII white space), for callers that build their
    /// own text.
    public func normalizeWord(_ word: String) -> String { normalize(word) }
}

/// The normaliser's working state for one text: scratch buffers reused across words.
struct NormalizationEngine {
    let style: ToneStyle
    let reporting: Bool
    let classes = ScalarClasses.shared
    let alphabet = VietnameseAlphabet.shared
    let orthography = Orthography.shared
    let repairs = CharacterRepairs.shared
    var report = NormalizationReport()
    var scalars: [UInt32] = []
    var output: [UInt8] = []
    /// Words whose tone mark was found in place, so that they are not decoded again.
    var memo = WordMemo()

    init(style: ToneStyle, reporting: Bool) {
        self.style = style
        self.reporting = reporting
        scalars.reserveCapacity(64)
    }

    mutating func run(_ text: String) -> (text: String, report: NormalizationReport) {
        var text = text
        let changed = text.withUTF8 { run(bytes: $0, offsetBase: 0) }
        guard changed else { return (text, report) }
        return (String(decoding: output, as: UTF8.self), report)
    }

    /// Normalises `input` (valid UTF-8 that ends at the end of a word); returns whether anything
    /// changed, and then `output` holds the normalised bytes. `offsetBase` is the offset of the
    /// normalised input in the whole normalised text (for the offsets of confusable words).
    ///
    /// Fast path: one pass over each word's bytes reads the flags of its non-ASCII code points
    /// and where its tone mark is. A word without anything to repair or compose whose tone mark is
    /// on its only vowel or on its last shaped vowel (or that has none) is copied as it is,
    /// without being decoded; so is a word already checked with the same bytes (`WordMemo`).
    mutating func run(bytes input: UnsafeBufferPointer<UInt8>, offsetBase: Int) -> Bool {
        output.removeAll(keepingCapacity: true)
        let n = input.count
        let needsWork: UInt16 = ScalarClasses.repair | ScalarClasses.needsNFC | ScalarClasses.lookalike
            | (reporting ? ScalarClasses.otherScriptLetter : 0)
        // The loop's state lives inside the closure, in registers rather than a captured context.
        return classes.flags.withUnsafeBufferPointer { table -> Bool in
            var changedAny = false
            var i = 0
            // Unchanged text is copied in long stretches, only when a word before it changes.
            var copiedUpTo = 0
            while i < n {
                while i < n, input[i] <= 0x20, TextBlocks.isASCIISpace(input[i]) { i += 1 }
                let start = i
                var all: UInt16 = 0
                var nonASCII = false
                var tones = 0, vowels = 0, toneAt = -1, lastShaped = -1
                while i < n {
                    let b = input[i]
                    if b < 0x80 {
                        if b <= 0x20 && TextBlocks.isASCIISpace(b) { break }
                        // ASCII vowels count too (the flags table starts with ASCII).
                        vowels &+= Int(table[Int(b)] & ScalarClasses.vowel) >> 3
                        i &+= 1
                        continue
                    }
                    nonASCII = true
                    let at = i
                    let scalar = UTF8Scalars.decode(input, &i)
                    let f = scalar < 0x10000 ? table[Int(scalar)] : ScalarClasses.needsNFC
                    all |= f
                    vowels &+= Int(f & ScalarClasses.vowel) >> 3
                    let toned = f & ScalarClasses.tonedVowel != 0
                    tones &+= toned ? 1 : 0
                    toneAt = toned ? at : toneAt
                    lastShaped = f & ScalarClasses.shapedVowel != 0 ? at : lastShaped
                }
                guard nonASCII else { continue }
                let word = UnsafeBufferPointer(rebasing: input[start..<i])
                let toneMayMove = tones > 1 || (tones == 1 && vowels > 1 && toneAt != lastShaped)
                guard all & needsWork != 0 || toneMayMove else { continue }
                // Only the tone may move: a word seen before with the same bytes stays as it was.
                let memoable = all & needsWork == 0
                if memoable && memo.contains(word) { continue }
                let mark = output.count
                let offset = offsetBase + output.count + (start - copiedUpTo)
                if processWord(word, outputOffset: offset) {
                    // processWord appended the new form; put the unchanged stretch before it.
                    let replacement = Array(output[mark...])
                    output.removeSubrange(mark...)
                    if !changedAny { output.reserveCapacity(n + 16); changedAny = true }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copiedUpTo..<start]))
                    output.append(contentsOf: replacement)
                    copiedUpTo = i
                } else if memoable {
                    memo.insert(word)
                }
            }
            if changedAny { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copiedUpTo..<n])) }
            return changedAny
        }
    }

    /// Normalises one word that has non-ASCII bytes and appends it to `output`.
    ///
    /// A first pass reads the word's flags without storing anything; most words (no repair, no
    /// decomposed marks, a tone mark already on its only possible vowel) are copied as they are.
    @discardableResult
    mutating func processWord(_ word: UnsafeBufferPointer<UInt8>, outputOffset: Int) -> Bool {
        var all: UInt16 = 0
        var vowels = 0, tones = 0, toneAt = -1, lastShaped = -1
        var i = 0, index = 0
        let n = word.count
        while i < n {
            let scalar = UTF8Scalars.decode(word, &i)
            let f = classes.flags(of: scalar)
            all |= f
            if f & ScalarClasses.vowel != 0 {
                vowels += 1
                if f & ScalarClasses.tonedVowel != 0 { tones += 1; toneAt = index }
                if f & ScalarClasses.shapedVowel != 0 { lastShaped = index }
            }
            index += 1
        }
        let needsWork: UInt16 = ScalarClasses.repair | ScalarClasses.needsNFC | ScalarClasses.lookalike
            | (reporting ? ScalarClasses.otherScriptLetter : 0)
        let toneMayMove = tones > 1 || (tones == 1 && vowels > 1 && toneAt != lastShaped)
        guard all & needsWork != 0 || toneMayMove else { return false }
        scalars.removeAll(keepingCapacity: true)
        i = 0
        while i < n { scalars.append(UTF8Scalars.decode(word, &i)) }
        var changed = false
        if all & ScalarClasses.repair != 0 { changed = applyRepairs() || changed }
        if all & ScalarClasses.needsNFC != 0 { changed = composeNFC() || changed }
        if toneMayMove || all & (ScalarClasses.lookalike | ScalarClasses.needsNFC) != 0 {
            changed = canonicalizeLetterRuns(lookalikes: all & ScalarClasses.lookalike != 0) || changed
        }
        if reporting && all & ScalarClasses.otherScriptLetter != 0 {
            findConfusables(at: outputOffset)
        }
        if changed { appendScalars() }
        return changed
    }

    mutating func applyRepairs() -> Bool {
        var changed = false
        var j = 0
        for k in 0..<scalars.count {
            let s = scalars[k]
            if classes.flags(of: s) & ScalarClasses.repair != 0, let repair = repairs.repair(for: s) {
                changed = true
                if reporting { report.charactersRepaired[repair.kind, default: 0] += 1 }
                if let replacement = repair.replacement { scalars[j] = replacement; j += 1 }
            } else {
                scalars[j] = s; j += 1
            }
        }
        scalars.removeSubrange(j...)
        return changed
    }

    mutating func composeNFC() -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count + 4)
        for s in scalars { units.append(contentsOf: UTF16.encode(Unicode.Scalar(s)!)!) }
        guard let nfc = try? ICU.nfc(units), nfc != units else { return false }
        scalars.removeAll(keepingCapacity: true)
        for scalar in String(decoding: nfc, as: UTF16.self).unicodeScalars { scalars.append(scalar.value) }
        if reporting { report.wordsComposed += 1 }
        return true
    }

    @inline(__always)
    func isLetterOrMark(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        return classes.flags(of: s) & (ScalarClasses.letter | ScalarClasses.mark) != 0
    }

    mutating func canonicalizeLetterRuns(lookalikes: Bool) -> Bool {
        var changed = false
        var k = 0
        let n = scalars.count
        while k < n {
            guard isLetterOrMark(scalars[k]) else { k += 1; continue }
            let start = k
            while k < n && isLetterOrMark(scalars[k]) { k += 1 }
            if lookalikes { changed = replaceLookalikes(start..<k) || changed }
            changed = placeTone(start..<k) || changed
        }
        return changed
    }

    /// Replaces lookalikes of `Đ`/`đ` in a letter run when the result is a Vietnamese syllable.
    mutating func replaceLookalikes(_ run: Range<Int>) -> Bool {
        var candidate = Orthography.Letters()
        var positions: [Int] = []
        for k in run {
            var s = scalars[k]
            if classes.flags(of: s) & ScalarClasses.lookalike != 0, let r = repairs.repair(for: s)?.replacement {
                positions.append(k)
                s = r
            }
            guard candidate.count < Orthography.Letters.capacity, let code = Orthography.code(of: s) else { return false }
            candidate.append(code)
        }
        guard !positions.isEmpty, orthography.isSyllable(candidate) else { return false }
        for k in positions { scalars[k] = repairs.repair(for: scalars[k])!.replacement! }
        if reporting { report.lookalikesReplaced += positions.count }
        return true
    }

    /// Moves the tone mark of a letter run to its canonical vowel; returns whether it moved.
    mutating func placeTone(_ run: Range<Int>) -> Bool {
        guard run.count <= Orthography.Letters.capacity else { return false }
        var letters = Orthography.Letters()
        var toneAt = -1
        var tone = Tone.level
        var vowels = 0
        var lastShaped = -1
        for k in run {
            let s = scalars[k]
            guard let code = Orthography.code(of: s) else { return false }
            letters.append(code)
            if let v = alphabet.vowel(s) {
                vowels += 1
                if v.isShaped { lastShaped = k }
                if v.tone != .level {
                    if toneAt >= 0 { return false }
                    toneAt = k
                    tone = v.tone
                }
            }
        }
        guard toneAt >= 0 else { return false }
        // Fast paths: the only vowel, or the last vowel with a shape mark, is always right.
        if vowels == 1 || toneAt == lastShaped { return false }
        guard let structure = orthography.parse(letters) else { return false }
        let target = run.lowerBound + orthography.tonePosition(of: structure, in: letters, style: style)
        guard target != toneAt else { return false }
        let from = alphabet.vowel(scalars[toneAt])!
        let to = alphabet.vowel(scalars[target])!
        scalars[toneAt] = alphabet.compose(base: from.base, tone: .level, uppercase: from.uppercase)
        scalars[target] = alphabet.compose(base: to.base, tone: tone, uppercase: to.uppercase)
        if reporting { report.toneMarksMoved += 1 }
        return true
    }

    /// Reports letter runs that mix Latin letters with Cyrillic or Greek ones.
    mutating func findConfusables(at utf8Offset: Int) {
        var k = 0
        let n = scalars.count
        while k < n {
            guard isLetterOrMark(scalars[k]) else { k += 1; continue }
            let start = k
            var latin = false, foreign = false
            while k < n && isLetterOrMark(scalars[k]) {
                let f = scalars[k] < 0x80 ? ScalarClasses.latinLetter : classes.flags(of: scalars[k])
                if f & ScalarClasses.latinLetter != 0 { latin = true }
                if f & ScalarClasses.otherScriptLetter != 0 { foreign = true }
                k += 1
            }
            guard latin && foreign else { continue }
            let runScalars = scalars[start..<k]
            let word = String(String.UnicodeScalarView(runScalars.compactMap(Unicode.Scalar.init)))
            guard ConfusableDetector.shared.isSuspicious(word) else { continue }
            report.confusables.append(ConfusableDetector.shared.finding(word: word, utf8Offset: utf8Offset))
        }
    }

    mutating func appendScalars() {
        for s in scalars {
            switch s {
            case 0..<0x80:
                output.append(UInt8(s))
            case 0x80..<0x800:
                output.append(UInt8(0xC0 | (s >> 6)))
                output.append(UInt8(0x80 | (s & 0x3F)))
            case 0x800..<0x10000:
                output.append(UInt8(0xE0 | (s >> 12)))
                output.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (s & 0x3F)))
            default:
                output.append(UInt8(0xF0 | (s >> 18)))
                output.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
                output.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (s & 0x3F)))
            }
        }
    }
}
