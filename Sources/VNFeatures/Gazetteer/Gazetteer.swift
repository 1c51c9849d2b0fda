import Foundation
import VNCorpus
import VNText

/// The bilingual tables of organisations, places and roles (`organizations.tsv`, `places.tsv`,
/// `roles.tsv`) and a matcher that finds their forms in tokens, longest first.
///
/// Forms are matched on token matching keys, so `Hà Nội`, `Ha Noi` and `HÀ NỘI` all find `hanoi`.
/// Abbreviations (`CPV`, `NA`, `T.Ư`) must be written in capitals, and names of organisations and
/// places must start with a capital, so `my` (English) is not `Mỹ` and `na` is not `NA`.
///
/// ```swift
/// let g = Gazetteer.shared
/// let tokens = Tokenizer.tokenize("Tổng Bí thư Tô Lâm tiếp Đoàn Văn phòng T.Ư Đảng Nhân dân Cách mạng Lào")
/// g.matches(in: tokens, language: .vietnamese).map(\.entry.id)   // ["general-secretary", ..., "lprp"]
/// ```
public final class Gazetteer: Sendable {
    /// What an entry names.
    public enum Category: String, Sendable { case organization, place, role }

    /// One row of a table.
    public struct Entry: Sendable {
        public let id: String
        public let category: Category
        /// `party`, `country`, `city`, ... for organisations and places; the rank (`1`...`5`) for roles.
        public let kind: String
        public let englishName: String
        public let vietnameseName: String
        /// Role rank, 1 (heads of party, state, government, assembly) to 5.
        public let rank: Int?
        /// The role's family (`roles.tsv`'s third column): the roles one written title can stand
        /// for (`state-president`, `president`, `chinese-president` and `chairman` are all
        /// `president`). Nil for organisations and places.
        public let family: String?
        /// Every English form, the display form first.
        public let englishForms: [String]
        /// Every Vietnamese form, the display form first.
        public let vietnameseForms: [String]
    }

    /// A form found in a token sequence.
    public struct Match: Sendable {
        public let entry: Entry
        public let tokens: Range<Int>
    }

    struct FormToken: Hashable, Sendable {
        let key: String
        let mustBeCapitalized: Bool
        let mustBeAllCaps: Bool
    }

    final class Node: @unchecked Sendable {
        var children = WordTable<Node>()
        var entries: [(entry: Int, form: [FormToken])] = []
    }

    public let entries: [Entry]
    private let entryIndex: [String: Int]
    private let roots: [Language: Node]
    /// Every token key of every form, for telling names from gazetteer words.
    public let vocabulary: Set<String>

    /// The tables shipped with vnalign.
    public static let shared: Gazetteer = {
        do {
            return try Gazetteer(
                organizations: TSVTable.resource("organizations.tsv", in: .module),
                places: TSVTable.resource("places.tsv", in: .module),
                roles: TSVTable.resource("roles.tsv", in: .module))
        } catch {
            fatalError("vnalign's gazetteer is unreadable: \(error)")
        }
    }()

    /// Builds a gazetteer from its three tables.
    public init(organizations: TSVTable, places: TSVTable, roles: TSVTable) throws {
        var entries: [Entry] = []
        var forms: [(Int, Language, String)] = []
        for (table, category) in [(organizations, Category.organization), (places, .place), (roles, .role)] {
            for row in table.rows {
                // Roles have a family column between the rank and the forms.
                let columns = category == .role ? 5 : 4
                guard row.fields.count == columns else {
                    throw table.error(category == .role ? "expected 5 columns: id, rank, family, en, vi" : "expected 4 columns: id, kind, en, vi", at: row)
                }
                let english = row.fields[columns - 2].split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
                let vietnamese = row.fields[columns - 1].split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
                let rank = category == .role ? Int(row.fields[1]) : nil
                if category == .role && rank == nil { throw table.error("role rank must be a number", at: row) }
                let family = category == .role ? row.fields[2] : nil
                if category == .role && family!.isEmpty { throw table.error("role family must be given (the role's own id when it is alone)", at: row) }
                let index = entries.count
                entries.append(Entry(id: row.fields[0], category: category, kind: row.fields[1],
                                     englishName: english.first ?? row.fields[0], vietnameseName: vietnamese.first ?? row.fields[0], rank: rank,
                                     family: family, englishForms: english.filter { !$0.isEmpty }, vietnameseForms: vietnamese.filter { !$0.isEmpty }))
                // Abbreviations (`MLC`, `ASEAN`, `CPV`) stand in texts of both languages.
                let isAbbreviation = { (form: String) in !form.contains(" ") && form.count >= 2 && form == form.uppercased() && form.contains(where: \.isLetter) }
                for form in english where !form.isEmpty { forms.append((index, .english, form)) }
                for form in vietnamese where !form.isEmpty { forms.append((index, .vietnamese, form)) }
                for form in english where isAbbreviation(form) && !vietnamese.contains(form) { forms.append((index, .vietnamese, form)) }
                for form in vietnamese where isAbbreviation(form) && !english.contains(form) { forms.append((index, .english, form)) }
            }
        }
        let normalizer = Normalizer()
        var roots: [Language: Node] = [.english: Node(), .vietnamese: Node()]
        var vocabulary = Set<String>()
        for (index, language, form) in forms {
            let tokens = Tokenizer.tokenize(normalizer.normalize(form)).filter { $0.kind != .punctuation || $0.text == "&" }
            guard !tokens.isEmpty else { continue }
            let category = entries[index].category
            let isAbbreviation = tokens.count == 1 && (tokens[0].isAllCaps || tokens[0].text.contains("."))
            let formTokens = tokens.enumerated().map { i, t in
                FormToken(key: t.key,
                          mustBeCapitalized: category != .role && i == 0 && t.isCapitalized,
                          mustBeAllCaps: isAbbreviation || (t.isAllCaps && t.text.count <= 5))
            }
            var node = roots[language]!
            for t in formTokens {
                if let next = node.children[t.key] { node = next } else {
                    let next = Node()
                    node.children[t.key] = next
                    node = next
                }
                // Phonetic spellings (`Ô-xtrây-li-a`) and short pieces say nothing about names.
                // Multi-word place names (`Ben Tre`, `Long An`) share words with personal names.
                let isMultiWordPlace = category == .place && formTokens.count > 1
                if !form.contains("-") && t.key.count >= 3 && !isMultiWordPlace { vocabulary.insert(t.key) }
            }
            node.entries.append((index, formTokens))
        }
        self.entries = entries
        var entryIndex: [String: Int] = [:]
        for (i, e) in entries.enumerated() where entryIndex[e.id] == nil || e.category == .role { entryIndex[e.id] = i }
        self.entryIndex = entryIndex
        self.roots = roots
        self.vocabulary = vocabulary
    }

    /// The entry with an id, if any.
    public func entry(id: String) -> Entry? { entryIndex[id].map { entries[$0] } }

    /// The family of a role id (`roles.tsv`), the id itself when the table does not know it.
    ///
    /// ```swift
    /// Gazetteer.shared.roleFamily("state-president")   // "president"
    /// Gazetteer.shared.roleFamily("minister")          // "minister"
    /// ```
    public func roleFamily(_ id: String) -> String { entry(id: id)?.family ?? id }

    /// One of the data tables shipped with VNFeatures (`places.tsv`, `roles.tsv`, `surnames.tsv`,
    /// `hanviet-pinyin.tsv`, ...), for tools that need every form of an entry, such as the
    /// synthetic corpus generator.
    public static func bundledTable(_ name: String) throws -> TSVTable {
        try TSVTable.resource(name, in: .module)
    }

    /// Non-overlapping matches, longest first at each position, in token order. Punctuation
    /// tokens are skipped inside a form (`Việt Nam–Laos` does not matter, `People's` does).
    public func matches(in tokens: [Token], language: Language) -> [Match] {
        guard let root = roots[language] else { return [] }
        var result: [Match] = []
        // Each token's key hashed once; a form's words are found by it.
        let hashes = tokens.map { WordHash.of($0.key) }
        var i = 0
        while i < tokens.count {
            var node = root
            var j = i
            var best: Match?
            var formIndex = 0
            while j < tokens.count {
                let token = tokens[j]
                if token.kind == .punctuation {
                    // Apostrophes and dots inside a form are skipped; other punctuation ends it.
                    if formIndex > 0, token.text == "'" || token.text == "." || token.text == "-" { j += 1; continue }
                    break
                }
                guard let next = node.children.value(for: token.key, hash: hashes[j]) else { break }
                node = next
                formIndex += 1
                j += 1
                for candidate in node.entries where accepts(candidate.form, tokens: tokens, from: i, to: j) {
                    if best == nil || best!.tokens.upperBound < j || preferred(candidate.entry, over: best!.entry) {
                        best = Match(entry: entries[candidate.entry], tokens: i..<j)
                    }
                }
            }
            if let best {
                result.append(best)
                i = best.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    private func preferred(_ candidate: Int, over current: Entry) -> Bool { false }

    private func accepts(_ form: [FormToken], tokens: [Token], from: Int, to: Int) -> Bool {
        var k = 0
        for t in tokens[from..<to] where t.kind != .punctuation {
            guard k < form.count else { return false }
            let f = form[k]
            if f.mustBeAllCaps && !(t.isAllCaps || (t.text.count == 1 && t.isCapitalized) || t.text.contains(".") && t.isCapitalized) { return false }
            if f.mustBeCapitalized && !t.isCapitalized { return false }
            k += 1
        }
        return k == form.count
    }
}
