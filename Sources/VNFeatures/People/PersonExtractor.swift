import VNCorpus
import VNText

/// Finds the people an article names, in either language, and resolves their second mentions.
///
/// A full name is a run of capitalised words that is not a gazetteer form (organisation, place,
/// role) and either
/// - opens with a family name and is all Vietnamese syllables (`Tô Lâm`, `To Lam`, `Tập Cận Bình`), or
/// - is two to four foreign-looking words (`Thongsalith Mangnomek`, `Xi Jinping`) that are not
///   common capitalised words and, in English, not written in lower case elsewhere in the article, or
/// - is a hyphenated phonetic spelling (`Pu-tin`).
///
/// A single capitalised word that is the last word of a full name in the article (the given name
/// of a Vietnamese, the family name of a foreigner: `Lâm`, `Mangnomek`), or the first word of a
/// foreign name (`Thongloun`), is a second mention of that person.
///
/// ```swift
/// let people = PersonExtractor.extract(tokens: tokens, language: .english, entities: matches, mentions: builder)
/// people.map(\.name)   // ["Tô Lâm", "Thongsalith Mangnomek", "Lê Hoài Trung"]
/// ```
public enum PersonExtractor {
    struct Candidate {
        var tokens: Range<Int>
        var origin: String
        var roles: [Gazetteer.Entry]
        var role: Gazetteer.Entry? { roles.min { ($0.rank ?? 9) < ($1.rank ?? 9) } }
    }

    public static func extract(tokens: [Token], language: Language, entities: [Gazetteer.Match], mentions: MentionBuilder) -> [PersonFeature] {
        let lexicon = NameLexicon.shared
        let gazetteer = Gazetteer.shared
        var masked = [Bool](repeating: false, count: tokens.count)
        var roleEndingAt: [Int: Gazetteer.Match] = [:]
        var roleStartingAt: [Int: Gazetteer.Match] = [:]
        for m in entities {
            // `Đức`, `Nga`, `Anh` are countries and given names: inside a run of capitalised
            // words (`Nguyễn Minh Đức`) a one-word place stays part of the name.
            if m.entry.category == .place, m.tokens.count == 1, m.tokens.lowerBound > 0,
               tokens[m.tokens.lowerBound - 1].isCapitalizedWord, !masked[m.tokens.lowerBound - 1],
               !tokens[m.tokens.lowerBound].isAllCaps {
                continue
            }
            for t in m.tokens { masked[t] = true }
            if m.entry.category == .role {
                roleEndingAt[m.tokens.upperBound] = m
                roleStartingAt[m.tokens.lowerBound] = m
            }
        }
        var lowercaseKeys = WordSet()
        if language == .english {
            for t in tokens where t.kind == .word && !t.isCapitalized { lowercaseKeys.insert(t.key) }
        }
        func isVietnameseSyllable(_ token: Token) -> Bool {
            guard let letters = Orthography.Letters(token.text) else { return false }
            return token.hasMarks ? Orthography.shared.isSyllable(letters) : Orthography.shared.isSyllableIgnoringMarks(letters)
        }
        func isNameWord(_ t: Token) -> Bool {
            t.kind == .word && t.isCapitalized && !(t.isAllCaps && t.text.count <= 4 && t.text.count > 1 && !t.hasMarks && language == .vietnamese)
        }

        // 1. Runs of capitalised words.
        var candidates: [Candidate] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(tokens[i]), !masked[i] else { i += 1; continue }
            var j = i
            while j < tokens.count {
                if isNameWord(tokens[j]), !masked[j] { j += 1; continue }
                // An initial with its dot (`Niels B. Christiansen`), a particle (`Lula da Silva`).
                if j > i, j + 1 < tokens.count, isNameWord(tokens[j + 1]), !masked[j + 1] {
                    if tokens[j].text == ".", tokens[j - 1].text.count == 1 { j += 1; continue }
                    if language == .english, ["da", "de", "do", "dos", "van", "von", "der", "bin", "binti", "al", "di"].contains(tokens[j].text) { j += 1; continue }
                }
                break
            }
            var end = j
            while end > i, language == .english, lexicon.isStopWord(tokens[end - 1].key),
                  !(end - i >= 2 && lexicon.isFamilyName(tokens[end - 2].key)) { end -= 1 }
            // The longest tail of the run that is a name (`The Lao official Thongsalith ...`,
            // `To Lam` where `To` is also an English word).
            var start = i
            while start < end {
                // Vietnamese honorifics and sentence openers before a foreign name: `Ông Blinken`.
                let t = tokens[start]
                if language == .vietnamese, end - start > 1, lexicon.familyNameOrigin(of: t) == nil, isVietnameseSyllable(t),
                   ["ong", "ba", "ngai"].contains(t.key) || t.startsSentence {
                    start += 1
                    continue
                }
                if let origin = classify(tokens[start..<end], language: language, lexicon: lexicon, gazetteer: gazetteer,
                                         lowercaseKeys: lowercaseKeys, isSyllable: isVietnameseSyllable) {
                    candidates.append(Candidate(tokens: start..<end, origin: origin, roles: []))
                    break
                }
                start += 1
            }
            i = j
        }

        // 2. Roles stated with the name: just before it (optionally with a country or party in
        // between), or in apposition right after it.
        for c in candidates.indices {
            candidates[c].roles = rolesBefore(candidates[c].tokens.lowerBound, tokens: tokens, entities: entities, roleEndingAt: roleEndingAt)
                + rolesAfter(candidates[c].tokens.upperBound, tokens: tokens, entities: entities, roleStartingAt: roleStartingAt)
        }

        // 3. People by compact key; the fullest, best-marked form names them.
        var people: [PersonFeature] = []
        var byKey: [String: Int] = [:]
        for c in candidates {
            let range = tokens[c.tokens.lowerBound].range.lowerBound..<tokens[c.tokens.upperBound - 1].range.upperBound
            let mention = mentions.mention(range)
            let text = mention.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            let compact = NameKeys.compact(text)
            if let p = byKey[compact] {
                people[p].mentions.append(mention)
                for role in c.roles where !people[p].roles.contains(role.id) { people[p].roles.append(role.id) }
                if let role = c.role, (role.rank ?? 9) < (people[p].roleRank ?? 9) { people[p].role = role.id; people[p].roleRank = role.rank }
                let current = people[p].name
                if text.unicodeScalars.filter({ $0.value >= 0x80 }).count > current.unicodeScalars.filter({ $0.value >= 0x80 }).count {
                    people[p].name = text
                }
            } else {
                byKey[compact] = people.count
                var alt: [String] = []
                let syllables = tokens[c.tokens].filter { $0.kind == .word }.map(\.text)
                if c.origin == "hanviet" || (language == .vietnamese && c.origin == "vietnamese" && lexicon.familyNameOrigin(of: tokens[c.tokens.lowerBound]) == "both") {
                    alt = HanVietTable.shared.pinyinKeys(for: syllables)
                }
                if c.origin == "phonetic" || c.origin == "foreign" { alt.append(NameKeys.phonetic(text)) }
                people.append(PersonFeature(name: text, key: MatchingKey.of(text), altKeys: alt, role: c.role?.id, roleRank: c.role?.rank, roles: c.roles.map(\.id),
                                            mentions: [mention], origin: c.origin == "phonetic" ? .foreign : PersonOrigin(rawValue: c.origin)!))
            }
        }

        // 4. Second mentions: single capitalised words naming a person found in full.
        var lastWord: [String: [Int]] = [:]
        var firstWord: [String: [Int]] = [:]
        for (p, person) in people.enumerated() {
            let words = person.name.split(separator: " ").map { MatchingKey.of($0) }
            guard words.count >= 2 else { continue }
            lastWord[words.last!, default: []].append(p)
            if person.origin == .foreign || person.origin == .hanviet { firstWord[words.first!, default: []].append(p) }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for c in candidates { for k in c.tokens { covered[k] = true } }
        for (k, t) in tokens.enumerated() where isNameWord(t) && !masked[k] && !covered[k] {
            let neighbours = (k > 0 && isNameWord(tokens[k - 1]) && !masked[k - 1]) || (k + 1 < tokens.count && isNameWord(tokens[k + 1]) && !masked[k + 1])
            if neighbours { continue }
            let owners = lastWord[t.key] ?? firstWord[t.key] ?? []
            guard owners.count == 1 else { continue }
            people[owners[0]].mentions.append(mentions.mention(t.range))
        }
        return people
    }

    /// Roles written before a name: a chain of roles, organisations, places and `of the`, `(CPV)`,
    /// `,` (`General Secretary of the CPV Central Committee Tô Lâm`, `Tổng Bí thư, Chủ tịch nước Lào Thongloun`).
    static func rolesBefore(_ start: Int, tokens: [Token], entities: [Gazetteer.Match], roleEndingAt: [Int: Gazetteer.Match]) -> [Gazetteer.Entry] {
        var roles: [Gazetteer.Entry] = []
        var k = start
        var steps = 0
        while k > 0, steps < 14 {
            if let role = roleEndingAt[k] { roles.append(role.entry); k = role.tokens.lowerBound; steps += 1; continue }
            if let m = entities.first(where: { $0.tokens.upperBound == k }) { k = m.tokens.lowerBound; steps += 1; continue }
            let previous = tokens[k - 1]
            if ["(", ")", ",", "'", "-"].contains(previous.text) || ["s", "the", "of", "and", "dong", "chi", "ong", "ba", "ngai", "va", "kiem", "cua", "mr", "ms", "mrs"].contains(previous.key) {
                k -= 1; steps += 1; continue
            }
            break
        }
        return roles
    }

    /// Roles in apposition after a name (`Thongsalith Mangnomek, Secretary of ...`, `Lê Minh Hưng - Bí thư T.Ư Đảng, Chánh Văn phòng T.Ư`).
    static func rolesAfter(_ end: Int, tokens: [Token], entities: [Gazetteer.Match], roleStartingAt: [Int: Gazetteer.Match]) -> [Gazetteer.Entry] {
        var a = end
        guard a < tokens.count, [",", "-"].contains(tokens[a].text) else { return [] }
        a += 1
        var roles: [Gazetteer.Entry] = []
        var steps = 0
        while a < tokens.count, steps < 14 {
            if let role = roleStartingAt[a] { roles.append(role.entry); a = role.tokens.upperBound; steps += 1; continue }
            if let m = entities.first(where: { $0.tokens.lowerBound == a }) { a = m.tokens.upperBound; steps += 1; continue }
            if [",", "(", ")", "'"].contains(tokens[a].text) || ["of", "the", "and", "va", "kiem", "cua", "s"].contains(tokens[a].key) { a += 1; steps += 1; continue }
            break
        }
        return roles
    }

    static func isStop(_ token: Token, language: Language, lexicon: NameLexicon, gazetteer: Gazetteer, strict: Bool) -> Bool {
        if lexicon.isStopWord(token.key) { return true }
        if language == .vietnamese && token.startsSentence && !lexicon.isFamilyName(token.key) { return true }
        return false
    }

    /// The origin of a run that is a name (`vietnamese`, `hanviet`, `foreign`, `phonetic`), or nil.
    static func classify(_ fullRun: ArraySlice<Token>, language: Language, lexicon: NameLexicon, gazetteer: Gazetteer,
                         lowercaseKeys: WordSet, isSyllable: (Token) -> Bool) -> String? {
        let words = fullRun.filter { $0.kind == .word && $0.text.count > 1 || $0.kind == .word && $0.isCapitalized }
        if words.count == 1 {
            // `Pu-tin`: a hyphenated phonetic spelling standing alone.
            if language == .vietnamese, words[0].text.contains("-"), words[0].text.split(separator: "-").count >= 2 { return "phonetic" }
            return nil
        }
        guard !words.isEmpty, words.count <= 5 else { return nil }
        if let origin = lexicon.familyNameOrigin(of: words[0]), words.count <= 4, words.allSatisfy(isSyllable) {
            if words.dropFirst().contains(where: { lexicon.isStopWord($0.key) && language == .english }) { return nil }
            return origin == "hanviet" ? "hanviet" : "vietnamese"
        }
        let named = words.filter { $0.text.count > 1 && $0.isCapitalized }
        if named.contains(where: { lexicon.isStopWord($0.key) || gazetteer.vocabulary.contains($0.key) }) { return nil }
        if language == .english {
            if words.contains(where: { lowercaseKeys.contains($0.key) }) { return nil }
            // All Vietnamese syllables without a family name first: a place written without its
            // marks (`Tho Xuan`, `Cat Bi`), not a foreign person.
            if words.allSatisfy(isSyllable) { return nil }
            if words.contains(where: { $0.isAllCaps && $0.text.count > 1 }) { return nil }
            return named.count <= 3 || words.count > named.count ? "foreign" : nil
        }
        // Vietnamese text: foreign names keep their Latin spelling, which is rarely all Vietnamese syllables.
        if words.contains(where: { !isSyllable($0) }) && words.count <= 3 { return "foreign" }
        return nil
    }
}
