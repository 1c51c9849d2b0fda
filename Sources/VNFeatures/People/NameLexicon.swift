import VNText

/// The word lists that tell a personal name from other capitalised words: family names
/// (`surnames.tsv`) and capitalised non-name words (`name-stopwords.tsv`).
///
/// ```swift
/// NameLexicon.shared.isFamilyName("nguyen")   // true
/// NameLexicon.shared.isStopWord("congress")   // true
/// ```
public final class NameLexicon: Sendable {
    /// Matching keys of family names, with their origin (`vietnamese`, `hanviet`, `both`).
    public let familyNames: [String: String]
    /// Lower-case NFC family names with their origin: `Đông` is not `Đồng`, though both fold to `dong`.
    public let exactFamilyNames: [String: String]
    /// Matching keys of capitalised words that are not names.
    public let stopWords: Set<String>
    /// The same three lists as `WordTable`s, for the per-token look-ups.
    private let familyNameTable: WordTable<String>
    private let exactFamilyNameTable: WordTable<String>
    private let stopWordSet: WordSet

    public static let shared: NameLexicon = {
        do {
            return try NameLexicon(surnames: TSVTable.resource("surnames.tsv", in: .module),
                                   stopWords: TSVTable.resource("name-stopwords.tsv", in: .module))
        } catch {
            fatalError("vnalign's name lexicon is unreadable: \(error)")
        }
    }()

    public init(surnames: TSVTable, stopWords: TSVTable) throws {
        var names: [String: String] = [:]
        var exact: [String: String] = [:]
        for row in surnames.rows {
            guard row.fields.count == 2 else { throw surnames.error("expected: family name, origin", at: row) }
            let key = MatchingKey.of(row.fields[0])
            if let existing = names[key], existing != row.fields[1] { names[key] = "both" } else { names[key] = row.fields[1] }
            let lower = Normalizer().normalize(row.fields[0]).lowercased()
            if let existing = exact[lower], existing != row.fields[1] { exact[lower] = "both" } else { exact[lower] = row.fields[1] }
        }
        familyNames = names
        exactFamilyNames = exact
        self.stopWords = Set(stopWords.rows.map { MatchingKey.of($0.fields[0]) })
        var table = WordTable<String>(), exactTable = WordTable<String>()
        for (key, origin) in names { table[key] = origin }
        for (lower, origin) in exact { exactTable[lower] = origin }
        familyNameTable = table
        exactFamilyNameTable = exactTable
        stopWordSet = WordSet(self.stopWords)
    }

    public func isFamilyName(_ key: String) -> Bool { familyNameTable[key] != nil }

    /// The origin of a family name as written: exact when it has marks, by key when it has none
    /// (`Nguyen`, `To`).
    public func familyNameOrigin(of token: Token) -> String? {
        token.hasMarks ? exactFamilyNameTable[TokenView.lowercased(token.text)] : familyNameTable[token.key]
    }
    public func isStopWord(_ key: String) -> Bool { stopWordSet.contains(key) }
}
