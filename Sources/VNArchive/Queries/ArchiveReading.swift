import Foundation
import GRDB
import VNAlignment
import VNCorpus

/// A decision of the archive: the pair, the verdict, its explanation, when its articles were
/// published and which batch (and scoring model) made it.
///
/// ```swift
/// for d in try archive.pairs(in: .all) { print(d.score.en, d.score.vi, d.score.probability, d.model) }
/// ```
public struct ArchivedDecision: Sendable, Codable, Equatable {
    public let verdict: Verdict
    public let score: PairScore
    public let englishPublished: CalendarDate?
    public let vietnamesePublished: CalendarDate?
    public let batch: Int
    /// The version of the scoring model that decided it (`ModelVersion.id`).
    public let model: String
}

/// One article of the archive as `archive show` tells it.
///
/// ```swift
/// let a = try archive.article(id: "en-1a2b3c")
/// a.evidence.keys.count   // its feature keys
/// a.decisions.first?.score.probability
/// ```
public struct ArchivedArticle: Sendable {
    public let id: String
    public let language: Language
    public let published: CalendarDate?
    public let title: String?
    public let url: String?
    /// Where it was read from when it was added.
    public let source: String
    /// Its content hash (`ContentHash`, SHA-256 in hexadecimal).
    public let hash: String
    public let batch: Int
    /// When its batch was added (ISO 8601).
    public let added: String
    public let evidence: ArticleEvidence
    /// The text, when the batch was added with `--keep-text`.
    public let text: String?
    /// Its same-event and related pairs.
    public let decisions: [ArchivedDecision]
    /// Why it is unpaired, when it is.
    public let unpaired: Aligner.Unpaired?
}

/// What a report shows of an article next to its id.
public struct ArchivedTitle: Sendable, Equatable {
    public let id: String
    public let language: Language
    public let title: String?
    public let published: CalendarDate?
    public let url: String?
}

/// What an archive holds.
///
/// ```swift
/// let s = try archive.stats()
/// print(s.pairs, "pairs,", s.bytesPerArticle, "bytes per article")
/// ```
public struct ArchiveStats: Sendable, Codable, Equatable {
    public let schemaVersion: Int
    public let englishArticles: Int
    public let vietnameseArticles: Int
    public let undatedArticles: Int
    /// The first and last publication days (ISO), if any article is dated.
    public let firstDay: String?
    public let lastDay: String?
    public let batches: Int
    public let lastBatchAdded: String?
    public let pairs: Int
    public let related: Int
    public let unpaired: Int
    /// Distinct feature keys counted in the statistics.
    public let featureKeys: Int
    /// Decisions (pairs, related, unpaired) by the version of the scoring model that made them.
    public let decisionsByModel: [String: Int]
    public let currentModel: String
    public let settings: ArchiveSettings
    /// The database's size (pages in use times page size) and per article.
    public let bytes: Int
    public let bytesPerArticle: Int
}

extension Archive {
    /// The same-event pairs (and with `related`, the related ones) with an article published in
    /// `period`, in English then Vietnamese id order.
    public func pairs(in period: ArchivePeriod = .all, related: Bool = false) throws(ArchiveError) -> [ArchivedDecision] {
        try reading { db in try Self.decisions(db, period: period, related: related) }
    }

    static func decisions(_ db: Database, period: ArchivePeriod, related: Bool, article: Int64? = nil) throws -> [ArchivedDecision] {
        let (e, eArgs) = period.condition("e"), (v, vArgs) = period.condition("v")
        var sql = """
            SELECT d.verdict, d.explanation, d.batch, b.model, e.published AS ep, v.published AS vp
            FROM decision d JOIN article e ON e.number = d.en JOIN article v ON v.number = d.vi JOIN batch b ON b.number = d.batch
            WHERE (\(e) OR \(v))
            """
        var arguments = StatementArguments(eArgs + vArgs)
        if !related { sql += " AND d.verdict = 'same-event'" }
        if let article {
            sql += " AND (d.en = ? OR d.vi = ?)"
            arguments += [article, article]
        }
        sql += " ORDER BY e.id, v.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let explanation: String = row["explanation"]
            let ep: Int? = row["ep"], vp: Int? = row["vp"]
            return ArchivedDecision(verdict: Verdict(rawValue: row["verdict"]) ?? .related,
                                    score: try ExplanationCoding.decode(explanation),
                                    englishPublished: ep.map(CalendarDate.init(dayNumber:)), vietnamesePublished: vp.map(CalendarDate.init(dayNumber:)),
                                    batch: row["batch"], model: row["model"])
        }
    }

    /// The decisions over `period` as the aligner's result, for the coverage report: the pairs and
    /// related pairs with an article in it, its unpaired articles, and its articles' counts.
    public func result(in period: ArchivePeriod = .all) throws(ArchiveError) -> Aligner.Result {
        try reading { db in
            let all = try Self.decisions(db, period: period, related: true)
            let (a, args) = period.condition("a")
            let counts = try Row.fetchAll(db, sql: "SELECT lang, count(*) AS n FROM article a WHERE \(a) GROUP BY lang", arguments: StatementArguments(args))
            var english = 0, vietnamese = 0
            for row in counts { if (row["lang"] as String) == "en" { english = row["n"] } else { vietnamese = row["n"] } }
            let unpaired = try Row.fetchAll(db, sql: """
                SELECT a.id, a.lang, u.best, u.probability, u.reason FROM unpaired u JOIN article a ON a.number = u.article
                WHERE \(a) ORDER BY a.lang, a.id
                """, arguments: StatementArguments(args)).map { row in
                Aligner.Unpaired(id: row["id"], language: Language(rawValue: row["lang"] as String) ?? .english, bestCandidate: row["best"], bestProbability: row["probability"], reason: row["reason"])
            }
            let options = try ArchiveSettings.stored(db)?.options ?? ArchiveSettings().options
            return Aligner.Result(pairs: all.filter { $0.verdict == .sameEvent }.map { Aligner.Pair(verdict: .sameEvent, score: $0.score) },
                                  related: all.filter { $0.verdict == .related }.map { Aligner.Pair(verdict: .related, score: $0.score) },
                                  unpaired: unpaired, englishCount: english, vietnameseCount: vietnamese, candidatesScored: 0, options: options)
        }
    }

    /// The titles, days and urls of the articles published in `period`, in id order.
    ///
    /// ```swift
    /// try archive.titles(in: .all).first?.title   // "Prime Minister receives Lao counterpart"
    /// ```
    public func titles(in period: ArchivePeriod = .all) throws(ArchiveError) -> [ArchivedTitle] {
        try reading { db in
            let (a, args) = period.condition("a")
            return try Row.fetchAll(db, sql: "SELECT id, lang, title, published, url FROM article a WHERE \(a) ORDER BY id",
                                    arguments: StatementArguments(args)).map { row in
                ArchivedTitle(id: row["id"], language: Language(rawValue: row["lang"] as String) ?? .english, title: row["title"],
                              published: (row["published"] as Int?).map(CalendarDate.init(dayNumber:)), url: row["url"])
            }
        }
    }

    /// The article with this id, its evidence and its decisions.
    public func article(id: String) throws(ArchiveError) -> ArchivedArticle {
        let found: ArchivedArticle? = try reading { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.*, b.added FROM article a JOIN batch b ON b.number = a.batch WHERE a.id = ?
                """, arguments: [id]) else { return nil }
            let number: Int64 = row["number"]
            let language = Language(rawValue: row["lang"] as String) ?? .english
            let published: Int? = row["published"]
            let blob: Data = row["evidence"], hash: Data = row["hash"]
            let date = published.map(CalendarDate.init(dayNumber:))
            let evidence = try EvidenceCoding.decode([UInt8](blob), id: id, language: language, publication: date)
            let unpaired = try Row.fetchOne(db, sql: "SELECT best, probability, reason FROM unpaired WHERE article = ?", arguments: [number]).map { u in
                Aligner.Unpaired(id: id, language: language, bestCandidate: u["best"], bestProbability: u["probability"], reason: u["reason"])
            }
            return ArchivedArticle(id: id, language: language, published: date, title: row["title"], url: row["url"], source: row["source"],
                                   hash: hash.map { String(format: "%02x", $0) }.joined(), batch: row["batch"], added: row["added"],
                                   evidence: evidence, text: row["text"],
                                   decisions: try Self.decisions(db, period: .all, related: true, article: number), unpaired: unpaired)
        }
        guard let found else { throw ArchiveError(.unknownArticle, path: path, "no article has the id \"\(id)\"") }
        return found
    }

    /// What the archive holds.
    public func stats() throws(ArchiveError) -> ArchiveStats {
        try reading { db in
            func int(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let languages = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT lang, articles FROM language").map { ($0["lang"] as String, $0["articles"] as Int) })
            let first: Int? = try Int.fetchOne(db, sql: "SELECT min(published) FROM article")
            let last: Int? = try Int.fetchOne(db, sql: "SELECT max(published) FROM article")
            var byModel: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT b.model, count(*) AS n FROM (SELECT batch FROM decision UNION ALL SELECT batch FROM unpaired) d
                JOIN batch b ON b.number = d.batch GROUP BY b.model
                """) { byModel[row["model"]] = row["n"] }
            let pages = try int("PRAGMA page_count") - int("PRAGMA freelist_count")
            let bytes = pages * (try int("PRAGMA page_size"))
            let articles = (languages["en"] ?? 0) + (languages["vi"] ?? 0)
            return ArchiveStats(schemaVersion: try int("PRAGMA user_version"),
                                englishArticles: languages["en"] ?? 0, vietnameseArticles: languages["vi"] ?? 0,
                                undatedArticles: try int("SELECT count(*) FROM article WHERE published IS NULL"),
                                firstDay: first.map { CalendarDate(dayNumber: $0).description }, lastDay: last.map { CalendarDate(dayNumber: $0).description },
                                batches: try int("SELECT count(*) FROM batch"),
                                lastBatchAdded: try String.fetchOne(db, sql: "SELECT added FROM batch ORDER BY number DESC LIMIT 1"),
                                pairs: try int("SELECT count(*) FROM decision WHERE verdict = 'same-event'"),
                                related: try int("SELECT count(*) FROM decision WHERE verdict = 'related'"),
                                unpaired: try int("SELECT count(*) FROM unpaired"),
                                featureKeys: try int("SELECT count(*) FROM feature"),
                                                decisionsByModel: byModel, currentModel: ModelVersion(.bundled).id,
                                settings: try ArchiveSettings.stored(db) ?? ArchiveSettings().complete,
                                bytes: bytes, bytesPerArticle: articles == 0 ? 0 : bytes / articles)
        }
    }
}
