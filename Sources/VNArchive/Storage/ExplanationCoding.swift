import Foundation
import VNAlignment

/// A decision's explanation as the archive stores it: the JSON of its `PairScore` (sorted keys)
/// with the JSON's recurring pieces (`{"display":"`, `","kind":"person","type":"person","weight":`,
/// ...) each written as one control byte. JSON never holds a raw control byte (its strings escape
/// them), so the bytes read back are exactly the JSON written, at about half its size.
///
/// ```swift
/// let stored = try ExplanationCoding.encode(score)
/// let back = try ExplanationCoding.decode(stored)   // == score
/// ```
public enum ExplanationCoding {
    /// The pieces, byte 0x01 first (31 at most: 0x01-0x1F); longer pieces are replaced before
    /// the shorter ones they hold.
    static let pieces: [String] = {
        let kinds = [("person", "person"), ("day", "day"), ("partial-day", "partial-day"), ("event", "event"), ("event-place", "place"),
                     ("background", "place"), ("background", "organization"), ("month", "month"), ("year", "year"), ("number", "number"),
                     ("organization", "organization"), ("body", "body"), ("thing", "thing"), ("quantity", "quantity")]
        return kinds.map { "\",\"kind\":\"\($0.0)\",\"type\":\"\($0.1)\",\"weight\":" } + [
            "},{\"display\":\"", "{\"display\":\"", "\",\"kind\":\"", "\",\"type\":\"", "\",\"weight\":",
            "{\"conflicts\":[{\"penalty\":", "},{\"penalty\":", ",\"reason\":\"",
            "\",\"eventScore\":", ",\"evidence\":", ",\"probability\":", ",\"rivalry\":{\"englishRival\":", ",\"strongerMargin\":",
            ",\"vietnameseRival\":", ",\"weakerMargin\":", "},\"score\":", "}],\"vi\":\"",
        ]
    }()

    /// The pieces by their first byte, longest first, with their byte.
    static let byFirstByte: [[(piece: [UInt8], byte: UInt8)]] = {
        var table = [[(piece: [UInt8], byte: UInt8)]](repeating: [], count: 256)
        for (i, piece) in pieces.enumerated() {
            let bytes = Array(piece.utf8)
            table[Int(bytes[0])].append((bytes, UInt8(i + 1)))
        }
        return table.map { $0.sorted { $0.piece.count > $1.piece.count } }
    }()

    /// The stored form of `score`: in one pass over the JSON's bytes, the longest piece that
    /// starts at each place is written as its byte.
    public static func encode(_ score: PairScore) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = [UInt8](try encoder.encode(score))
        var out: [UInt8] = []
        out.reserveCapacity(json.count / 2)
        var i = 0
        let n = json.count
        while i < n {
            var matched = false
            for (piece, byte) in byFirstByte[Int(json[i])] where i + piece.count <= n {
                var equal = true
                for k in 1..<piece.count where json[i + k] != piece[k] {
                    equal = false
                    break
                }
                if equal {
                    out.append(byte)
                    i += piece.count
                    matched = true
                    break
                }
            }
            if !matched {
                out.append(json[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The JSON of a stored explanation.
    public static func json(_ stored: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(stored.utf8.count * 2)
        let expanded = pieces.map { Array($0.utf8) }
        for b in stored.utf8 {
            if b >= 1, Int(b) <= expanded.count { out.append(contentsOf: expanded[Int(b) - 1]) } else { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The score of a stored explanation.
    public static func decode(_ stored: String) throws -> PairScore {
        try JSONDecoder().decode(PairScore.self, from: Data(json(stored).utf8))
    }
}
