import VNText

/// Hán-Việt syllable -> Mandarin pinyin candidates, derived from Unicode's Unihan readings
/// (`hanviet-pinyin.tsv`; see `Scripts/derive-hanviet-table.swift`).
///
/// Lets `Tập Cận Bình` meet `Xi Jinping` without a list of people: each syllable's candidates
/// are tried in turn.
///
/// ```swift
/// HanVietTable.shared.pinyin(for: "tập")   // ["ji", "xi", "qi", "za"]
/// HanVietTable.shared.pinyinKeys(for: ["tập", "cận", "bình"]).contains("xi jin ping")   // true
/// ```
public final class HanVietTable: Sendable {
    /// Matching key of a Hán-Việt syllable -> pinyin candidates (most supported first); marks
    /// folded, so `tập`, `táp` and `tạp` share a list. For text written without marks.
    let readings: [String: [String]]
    /// Lower-case NFC syllable -> pinyin candidates, for text with its marks.
    let exactReadings: [String: [String]]

    public static let shared: HanVietTable = {
        do {
            return try HanVietTable(table: TSVTable.resource("hanviet-pinyin.tsv", in: .module))
        } catch {
            fatalError("vnalign's Hán-Việt table is unreadable: \(error)")
        }
    }()

    public init(table: TSVTable) throws {
        var readings: [String: [String]] = [:]
        var exact: [String: [String]] = [:]
        for row in table.rows {
            guard row.fields.count == 2 else { throw table.error("expected: hanviet, pinyin", at: row) }
            // Keys fold the marks away, so `tập` and `táp` share candidates; order by first seen.
            exact[row.fields[0]] = row.fields[1].split(separator: " ").map(String.init)
            let key = MatchingKey.of(row.fields[0])
            for candidate in row.fields[1].split(separator: " ").map(String.init) where !(readings[key]?.contains(candidate) ?? false) {
                readings[key, default: []].append(candidate)
            }
        }
        self.readings = readings
        exactReadings = exact
    }

    /// Pinyin candidates of a syllable: by its exact lower-case form when it has marks (`tập`),
    /// else by its matching key (`tap`).
    public func pinyin(for syllable: String) -> [String] {
        let lower = syllable.lowercased()
        if let exact = exactReadings[lower] { return exact }
        return lower == MatchingKey.of(lower) ? readings[lower] ?? [] : []
    }

    /// Every pinyin reading of a name, as space-separated syllables, capped at `limit` readings.
    public func pinyinKeys(for syllableKeys: [String], limit: Int = 256) -> [String] {
        var results: [[String]] = [[]]
        for syllable in syllableKeys {
            let candidates = pinyin(for: syllable)
            guard !candidates.isEmpty else { return [] }
            var next: [[String]] = []
            for prefix in results {
                for c in candidates.prefix(6) where next.count < limit { next.append(prefix + [c]) }
            }
            results = next
        }
        return results.map { $0.joined(separator: " ") }
    }
}
