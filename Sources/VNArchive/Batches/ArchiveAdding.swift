import Foundation
import GRDB
import VNAlignment
import VNCorpus

extension Archive {
    /// Adds a batch in one transaction: stores each new article (an id already there with the
    /// same content is left alone; with other content its evidence is replaced), updates the
    /// corpus statistics, re-pairs the archive's articles within the window of the batch's days
    /// with the normal `Aligner` and the statistics of the whole archive, and replaces their
    /// decisions. A failure (or a kill) at any point leaves the archive as it was before.
    ///
    /// `settings` given here must be the archive's (they are fixed by its first batch). With
    /// `everything`, every article of the archive is paired again (one align over the whole
    /// archive, as after a change of scoring model), new articles or not.
    ///
    /// ```swift
    /// let report = try Archive(path: "desk.sqlite", access: .write).add(batch)
    /// report.newPairs.map { "\($0.en) ~ \($0.vi)" }
    /// ```
    public func add(_ batch: ArchiveBatch, settings requested: ArchiveSettings = ArchiveSettings(), everything: Bool = false,
                    now: Date = Date()) throws(ArchiveError) -> BatchReport {
        do {
            var report: BatchReport?
            try database.inTransaction(.immediate) { db in
                var pairing = try BatchPairing(db: db, path: path, batch: batch, requested: requested, everything: everything, now: now)
                report = try pairing.run()
                return report?.changed == true ? .commit : .rollback
            }
            return report!
        } catch {
            throw Self.failure(error, path: path, doing: "write")
        }
    }
}

/// One `add`, inside its transaction.
struct BatchPairing {
    let db: Database
    let path: String
    let batch: ArchiveBatch
    let settings: ArchiveSettings
    let options: VNAlignment.AlignmentOptions
    let model: ModelVersion
    let everything: Bool
    let now: Date

    init(db: Database, path: String, batch: ArchiveBatch, requested: ArchiveSettings, everything: Bool, now: Date) throws {
        self.db = db
        self.everything = everything
        self.path = path
        self.batch = batch
        self.now = now
        if let stored = try ArchiveSettings.stored(db) {
            let conflicts = requested.conflicts(with: stored)
            guard conflicts.isEmpty else {
                throw ArchiveError(.settings, path: path, "the archive pairs with \(conflicts.joined(separator: ", ")); its settings are fixed by its first batch, so leave them out or give these")
            }
            settings = stored
        } else {
            settings = requested.complete
            try settings.store(db)
        }
        options = settings.options
        model = ModelVersion(options.model)
    }

    /// An article of the archive as the batch found it.
    struct Stored {
        let number: Int64
        let published: Int?
        let evidence: ArticleEvidence
    }

    mutating func run() throws -> BatchReport {
        // A damaged archive is never written to: SQLite's quick check of every page first.
        let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard problems == ["ok"] else {
            throw ArchiveError(.damaged, path: path, "the archive is damaged (PRAGMA quick_check: \(problems.prefix(3).joined(separator: "; "))\(problems.count > 3 ? "; ..." : "")); nothing was written. Restore it from a copy; vnalign archive check \(path) lists the damage")
        }
        // 1. Each entry: new, replaced or unchanged.
        var fresh: [ArchiveBatch.Entry] = [], replaced: [(ArchiveBatch.Entry, Stored)] = [], unchanged = 0
        let lookup = try db.cachedStatement(sql: "SELECT number, lang, published, hash, evidence FROM article WHERE id = ?")
        for entry in batch.entries {
            let hash = Self.bytes(hex: entry.hash)
            guard let row = try Row.fetchOne(lookup, arguments: [entry.id]) else {
                fresh.append(entry)
                continue
            }
            let old: Data = row["hash"]
            if [UInt8](old) == hash {
                unchanged += 1
                continue
            }
            replaced.append((entry, try Self.stored(row, id: entry.id)))
        }
        guard !fresh.isEmpty || !replaced.isEmpty || everything else {
            return BatchReport(batch: nil, newArticles: 0, replacedArticles: [], unchangedArticles: unchanged, decidedArticles: 0, window: [],
                               newPairs: [], replacedPairs: [], unpaired: [], refusedAtEdge: [],
                               totalPairs: try Int.fetchOne(db, sql: "SELECT count(*) FROM decision WHERE verdict = 'same-event'") ?? 0,
                               model: model.id)
        }

        // 2. The batch, its articles and the statistics.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let inputs = String(decoding: try encoder.encode(batch.inputs), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO batch (added, model, model_origin, inputs, new_articles, replaced_articles, unchanged_articles, decided_articles)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0)
            """, arguments: [ISO8601DateFormatter().string(from: now), model.id, model.origin, inputs, fresh.count, replaced.count, unchanged])
        let batchNumber = db.lastInsertedRowID
        var deltas: [String: (english: Int, vietnamese: Int)] = [:]
        var languages: [String: Int] = [:]
        func count(_ e: ArticleEvidence, _ step: Int) {
            languages[e.language.code, default: 0] += step
            for key in e.keys.keys {
                var d = deltas[key] ?? (0, 0)
                if e.language == .english { d.english += step } else { d.vietnamese += step }
                deltas[key] = d
            }
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO article (id, lang, published, title, url, source, hash, evidence, text, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var changedNumbers = Set<Int64>()
        var touchedDays = Set<Int>(), undated = false
        for entry in fresh {
            try insert.execute(arguments: Self.arguments(entry, batch: batchNumber))
            changedNumbers.insert(db.lastInsertedRowID)
            count(entry.evidence, 1)
            if let day = entry.evidence.publication?.dayNumber { touchedDays.insert(day) } else { undated = true }
        }
        let update = try db.cachedStatement(sql: """
            UPDATE article SET lang = ?, published = ?, title = ?, url = ?, source = ?, hash = ?, evidence = ?, text = ?, batch = ? WHERE number = ?
            """)
        for (entry, old) in replaced {
            try update.execute(arguments: Self.columns(entry, batch: batchNumber) + [old.number])
            changedNumbers.insert(old.number)
            count(old.evidence, -1)
            count(entry.evidence, 1)
            // The old day is touched too: its articles lose a candidate.
            for day in [old.published, entry.evidence.publication?.dayNumber] {
                if let day { touchedDays.insert(day) } else { undated = true }
            }
        }
        // A key's counts move by the batch's change (never below zero: a replaced article was counted).
        let change = try db.cachedStatement(sql: "UPDATE feature SET english = english + ?, vietnamese = vietnamese + ? WHERE key = ?")
        let first = try db.cachedStatement(sql: "INSERT INTO feature (key, english, vietnamese) VALUES (?, ?, ?)")
        for key in deltas.keys.sorted() {
            let d = deltas[key]!
            guard d.english != 0 || d.vietnamese != 0 else { continue }
            try change.execute(arguments: [d.english, d.vietnamese, key])
            if db.changesCount == 0 { try first.execute(arguments: [key, d.english, d.vietnamese]) }
        }
        try db.execute(sql: "DELETE FROM feature WHERE english = 0 AND vietnamese = 0")
        for (lang, step) in languages.sorted(by: { $0.key < $1.key }) where step != 0 {
            try db.execute(sql: "UPDATE language SET articles = articles + ? WHERE lang = ?", arguments: [step, lang])
            if db.changesCount == 0 { try db.execute(sql: "INSERT INTO language (lang, articles) VALUES (?, ?)", arguments: [lang, step]) }
        }

        // 3. The window: articles re-decided, articles read.
        let window = PairingWindow(days: touchedDays, undated: undated || everything, windowDays: options.windowDays)
        var read = try readArticles(window.read)
        var decided = Set(read.values.filter { window.decided.contains($0.published) }.map { (a: ReadArticle) in a.number }).union(changedNumbers)
        // An article re-decided takes its partner along: a pair is undone or kept as a whole.
        let partners = try db.cachedStatement(sql: "SELECT en, vi FROM decision WHERE verdict = 'same-event' AND (en = ? OR vi = ?)")
        var queue = Array(decided)
        var missing = Set<Int64>()
        while let n = queue.popLast() {
            for row in try Row.fetchAll(partners, arguments: [n, n]) {
                let en: Int64 = row["en"], vi: Int64 = row["vi"]
                for other in [en, vi] where other != n && !decided.contains(other) {
                    decided.insert(other)
                    queue.append(other)
                    if read[other] == nil { missing.insert(other) }
                }
            }
        }
        if !missing.isEmpty { read.merge(try readArticles(numbers: missing)) { a, _ in a } }

        // 4. Align what was read, with the statistics of the whole archive.
        let evidence = read.values.map { (a: ReadArticle) in a.evidence }
        let statistics = try self.statistics(of: evidence)
        let result = Aligner(options: options).align(evidence: evidence, statistics: statistics)

        // 5. The decisions of the articles re-decided.
        var numberOf: [String: Int64] = [:]
        for (n, a) in read { numberOf[a.id] = n }
        let old = try storedDecisions(touching: decided)
        var rows: [DecisionKey: DecisionRow] = [:]
        var scores: [DecisionKey: PairScore] = [:]
        var unpairedRows: [Int64: Aligner.Unpaired] = [:]
        var refused: [PairScore] = []
        for pair in result.pairs + result.related {
            let en = numberOf[pair.score.en]!, vi = numberOf[pair.score.vi]!
            guard decided.contains(en) || decided.contains(vi) else { continue }
            if pair.verdict == .sameEvent, !(decided.contains(en) && decided.contains(vi)) {
                refused.append(pair.score)
                continue
            }
            let key = DecisionKey(en: en, vi: vi)
            rows[key] = DecisionRow(verdict: pair.verdict, probability: pair.score.probability,
                                    fingerprint: DecisionFingerprint.of(pair.verdict, pair.score))
            scores[key] = pair.score
        }
        for u in result.unpaired {
            let n = numberOf[u.id]!
            if decided.contains(n) { unpairedRows[n] = u }
        }
        // A pair refused at the window's edge leaves its article inside unpaired, saying why.
        for score in refused {
            let inside = decided.contains(numberOf[score.en]!) ? score.en : score.vi
            let outside = inside == score.en ? score.vi : score.en
            let n = numberOf[inside]!
            unpairedRows[n] = Aligner.Unpaired(id: inside, language: inside == score.en ? .english : .vietnamese, bestCandidate: outside,
                                               bestProbability: score.probability,
                                               reason: "\(outside) lies outside this batch's window and keeps its earlier decisions")
        }

        try write(rows, scores: scores, unpaired: unpairedRows, old: old, decided: decided, batch: batchNumber)
        try db.execute(sql: "UPDATE batch SET decided_articles = ? WHERE number = ?", arguments: [decided.count, batchNumber])

        // 6. What changed.
        let idOf = Dictionary(uniqueKeysWithValues: read.map { ($0.key, $0.value.id) })
        let oldPairs = old.pairs.filter { $0.value.verdict == .sameEvent }
        let newPairs = rows.filter { $0.value.verdict == .sameEvent }
        let replacedIDs = Set(replaced.map(\.0.id))
        var partnerNow: [Int64: (partner: Int64, probability: Double)] = [:]
        for (key, row) in newPairs {
            partnerNow[key.en] = (key.vi, row.probability)
            partnerNow[key.vi] = (key.en, row.probability)
        }
        var undone: [BatchReport.Replaced] = []
        for (key, row) in oldPairs.sorted(by: { $0.key < $1.key }) where newPairs[key] == nil {
            let en = idOf[key.en]!, vi = idOf[key.vi]!
            var why: [String] = []
            for (id, number) in [(en, key.en), (vi, key.vi)] {
                if replacedIDs.contains(id) { why.append("\(id) was replaced by new content") }
                if let now = partnerNow[number] {
                    why.append("\(id) is now paired with \(idOf[now.partner]!) (probability \(Self.format(now.probability)))")
                } else if let u = unpairedRows[number] {
                    why.append("\(id) is now unpaired: \(u.reason)")
                }
            }
            undone.append(BatchReport.Replaced(en: en, vi: vi, probability: row.probability, why: why.joined(separator: "; ")))
        }
        let made = newPairs.keys.filter { oldPairs[$0] == nil }.sorted().map { scores[$0]! }
        let batchIDs = Set(fresh.map(\.id)).union(replacedIDs)
        let stillUnpaired = unpairedRows.values.filter { batchIDs.contains($0.id) }.sorted { ($0.lang, $0.id) < ($1.lang, $1.id) }
        func iso(_ r: ClosedRange<Int>) -> String { "\(CalendarDate(dayNumber: r.lowerBound))...\(CalendarDate(dayNumber: r.upperBound))" }
        return BatchReport(batch: Int(batchNumber), newArticles: fresh.count, replacedArticles: replaced.map(\.0.id).sorted(),
                           unchangedArticles: unchanged, decidedArticles: decided.count,
                           window: window.decided.everything ? ["everything"] : window.decided.ranges.map(iso),
                           newPairs: made, replacedPairs: undone, unpaired: stillUnpaired,
                           refusedAtEdge: refused.sorted { ($0.en, $0.vi) < ($1.en, $1.vi) },
                           totalPairs: try Int.fetchOne(db, sql: "SELECT count(*) FROM decision WHERE verdict = 'same-event'") ?? 0,
                           model: model.id)
    }

    static func format(_ p: Double) -> String { String(format: "%.3f", p) }

    /// How far a decision's probability may move, its verdict the same, before it is rewritten.
    static let kept = 0.01

    /// The columns of a new article, in the order of the insert.
    static func arguments(_ entry: ArchiveBatch.Entry, batch: Int64) -> StatementArguments {
        [entry.id] + columns(entry, batch: batch)
    }

    /// Its columns but the id, in the order of the update.
    static func columns(_ entry: ArchiveBatch.Entry, batch: Int64) -> StatementArguments {
        [entry.language.code, entry.evidence.publication?.dayNumber, entry.title, entry.url, entry.source,
         Data(bytes(hex: entry.hash)), Data(EvidenceCoding.encode(entry.evidence)), entry.text, batch]
    }

    static func bytes(hex: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8?
        for c in hex.utf8 {
            let v: UInt8 = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10
            if let h = high { out.append(h << 4 | v); high = nil } else { high = v }
        }
        return out
    }

    static func stored(_ row: Row, id: String) throws -> Stored {
        let lang: String = row["lang"]
        let published: Int? = row["published"]
        let blob: Data = row["evidence"]
        let evidence = try EvidenceCoding.decode([UInt8](blob), id: id, language: Language(rawValue: lang) ?? .english,
                                                 publication: published.map(CalendarDate.init(dayNumber:)))
        return Stored(number: row["number"], published: published, evidence: evidence)
    }

    /// An article read for the alignment.
    struct ReadArticle {
        let number: Int64
        let id: String
        let published: Int?
        let evidence: ArticleEvidence
    }

    /// The articles published on `days` (and the undated ones), their evidence decoded on every core.
    func readArticles(_ days: PairingWindow.Days) throws -> [Int64: ReadArticle] {
        let columns = "SELECT number, id, lang, published, evidence FROM article"
        var raws: [RawArticle] = []
        if days.everything {
            raws = try RawArticle.fetch(db, sql: columns)
        } else {
            for r in days.ranges {
                raws += try RawArticle.fetch(db, sql: columns + " WHERE published BETWEEN ? AND ?", arguments: [r.lowerBound, r.upperBound])
            }
            raws += try RawArticle.fetch(db, sql: columns + " WHERE published IS NULL")
        }
        return try Self.decode(raws)
    }

    func readArticles(numbers: Set<Int64>) throws -> [Int64: ReadArticle] {
        var raws: [RawArticle] = []
        for n in numbers.sorted() {
            raws += try RawArticle.fetch(db, sql: "SELECT number, id, lang, published, evidence FROM article WHERE number = ?", arguments: [n])
        }
        return try Self.decode(raws)
    }

    /// An article's columns before its evidence is decoded.
    struct RawArticle: Sendable {
        let number: Int64
        let id: String
        let language: Language
        let published: Int?
        let evidence: [UInt8]

        static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [RawArticle] {
            var out: [RawArticle] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let lang: String = row["lang"]
                let blob: Data = row["evidence"]
                out.append(RawArticle(number: row["number"], id: row["id"], language: Language(rawValue: lang) ?? .english,
                                      published: row["published"], evidence: [UInt8](blob)))
            }
            return out
        }
    }

    static func decode(_ raws: [RawArticle]) throws -> [Int64: ReadArticle] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(256, (raws.count + workers - 1) / workers)
        let chunks = (raws.count + chunk - 1) / chunk
        let results = DecodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var part: [ReadArticle] = []
            var failure: EvidenceCoding.Damaged?
            for raw in raws[(c * chunk)..<min(raws.count, (c + 1) * chunk)] {
                do throws(EvidenceCoding.Damaged) {
                    let e = try EvidenceCoding.decode(raw.evidence, id: raw.id, language: raw.language,
                                                      publication: raw.published.map(CalendarDate.init(dayNumber:)))
                    part.append(ReadArticle(number: raw.number, id: raw.id, published: raw.published, evidence: e))
                } catch {
                    failure = error
                    break
                }
            }
            results.store(part, failure: failure, at: c)
        }
        if let failure = results.failure { throw failure }
        var out: [Int64: ReadArticle] = [:]
        out.reserveCapacity(raws.count)
        for part in results.parts { for a in part { out[a.number] = a } }
        return out
    }

    /// The stored explanations of `scores`, in their order, encoded on every core.
    static func explanations(_ scores: [PairScore]) throws -> [String] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(64, (scores.count + workers - 1) / workers)
        let chunks = (scores.count + chunk - 1) / chunk
        let results = EncodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = scores[(c * chunk)..<min(scores.count, (c + 1) * chunk)]
            results.store(Result { try part.map(ExplanationCoding.encode) }, at: c)
        }
        return try results.parts.flatMap { try $0!.get() }
    }

    final class EncodedChunks: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var parts: [Result<[String], any Error>?]

        init(count: Int) { parts = Array(repeating: nil, count: count) }

        func store(_ part: Result<[String], any Error>, at index: Int) {
            lock.lock()
            parts[index] = part
            lock.unlock()
        }
    }

    /// The decoded chunks, filled by the workers.
    final class DecodedChunks: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var parts: [[ReadArticle]]
        private(set) var failure: EvidenceCoding.Damaged?

        init(count: Int) { parts = Array(repeating: [], count: count) }

        func store(_ part: [ReadArticle], failure f: EvidenceCoding.Damaged?, at index: Int) {
            lock.lock()
            parts[index] = part
            if failure == nil { failure = f }
            lock.unlock()
        }
    }

    /// The whole archive's statistics for the keys of `evidence` (the only ones the aligner asks for).
    func statistics(of evidence: [ArticleEvidence]) throws -> CorpusStatistics {
        var keys = Set<String>()
        for e in evidence { keys.formUnion(e.keys.keys) }
        let lookup = try db.cachedStatement(sql: "SELECT english, vietnamese FROM feature WHERE key = ?")
        var frequencies: [String: CorpusStatistics.Frequency] = [:]
        frequencies.reserveCapacity(keys.count)
        for key in keys {
            guard let row = try Row.fetchOne(lookup, arguments: [key]) else { continue }
            frequencies[key] = CorpusStatistics.Frequency(english: row["english"], vietnamese: row["vietnamese"])
        }
        let counts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT lang, articles FROM language").map { ($0["lang"] as String, $0["articles"] as Int) })
        return CorpusStatistics(englishArticles: counts["en"] ?? 0, vietnameseArticles: counts["vi"] ?? 0, frequencies: frequencies)
    }

    /// A decision's pair of article numbers.
    struct DecisionKey: Hashable, Comparable {
        let en: Int64
        let vi: Int64
        static func < (a: DecisionKey, b: DecisionKey) -> Bool { (a.en, a.vi) < (b.en, b.vi) }
    }

    /// A decision as the batch compares it with the stored one (the explanation is encoded only
    /// when it is written).
    struct DecisionRow {
        let verdict: Verdict
        let probability: Double
        let fingerprint: Int64
    }

    /// The decisions stored for `numbers`: pairs touching one of them, and their unpaired rows.
    struct OldDecisions {
        var pairs: [DecisionKey: DecisionRow] = [:]
        var models: [DecisionKey: String] = [:]
        var unpaired: [Int64: (best: String?, probability: Double?, reason: String, model: String)] = [:]
    }

    func storedDecisions(touching numbers: Set<Int64>) throws -> OldDecisions {
        var old = OldDecisions()
        let byEnglish = try db.cachedStatement(sql: """
            SELECT d.en, d.vi, d.verdict, d.probability, d.fingerprint, b.model FROM decision d JOIN batch b ON b.number = d.batch WHERE d.en = ?
            """)
        let byVietnamese = try db.cachedStatement(sql: """
            SELECT d.en, d.vi, d.verdict, d.probability, d.fingerprint, b.model FROM decision d JOIN batch b ON b.number = d.batch WHERE d.vi = ?
            """)
        let unpaired = try db.cachedStatement(sql: """
            SELECT u.best, u.probability, u.reason, b.model FROM unpaired u JOIN batch b ON b.number = u.batch WHERE u.article = ?
            """)
        for n in numbers {
            for statement in [byEnglish, byVietnamese] {
                for row in try Row.fetchAll(statement, arguments: [n]) {
                    let key = DecisionKey(en: row["en"], vi: row["vi"])
                    guard old.pairs[key] == nil else { continue }
                    old.pairs[key] = DecisionRow(verdict: Verdict(rawValue: row["verdict"]) ?? .related, probability: row["probability"],
                                                 fingerprint: row["fingerprint"])
                    old.models[key] = row["model"]
                }
            }
            if let row = try Row.fetchOne(unpaired, arguments: [n]) {
                old.unpaired[n] = (row["best"], row["probability"], row["reason"], row["model"])
            }
        }
        return old
    }

    /// Writes the decisions that differ from the stored ones (a decision made again alike keeps
    /// the batch that first made it, unless the model changed since).
    func write(_ rows: [DecisionKey: DecisionRow], scores: [DecisionKey: PairScore], unpaired: [Int64: Aligner.Unpaired], old: OldDecisions,
               decided: Set<Int64>, batch: Int64) throws {
        // A decision made again with the same verdict and a probability within `kept` of the
        // stored one is the stored decision: it stays, with its explanation and its batch (the
        // statistics move a little with every batch, and would otherwise rewrite the window).
        func same(_ a: DecisionRow, _ b: DecisionRow, _ key: DecisionKey) -> Bool {
            a.verdict == b.verdict && (a.fingerprint == b.fingerprint || abs(a.probability - b.probability) < Self.kept) && old.models[key] == model.id
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM decision WHERE en = ? AND vi = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO decision (en, vi, verdict, probability, fingerprint, explanation, batch) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (key, row) in old.pairs {
            if let new = rows[key], same(new, row, key) { continue }
            try delete.execute(arguments: [key.en, key.vi])
        }
        // The explanations to write, encoded on every core.
        let changed = rows.keys.filter { key in old.pairs[key].map { !same(rows[key]!, $0, key) } ?? true }.sorted()
        let explanations = try Self.explanations(changed.map { scores[$0]! })
        for (key, explanation) in zip(changed, explanations) {
            let row = rows[key]!
            try insert.execute(arguments: [key.en, key.vi, row.verdict.rawValue, row.probability, row.fingerprint, explanation, batch])
        }
        let deleteUnpaired = try db.cachedStatement(sql: "DELETE FROM unpaired WHERE article = ?")
        let insertUnpaired = try db.cachedStatement(sql: "INSERT INTO unpaired (article, best, probability, reason, batch) VALUES (?, ?, ?, ?, ?)")
        for n in decided.sorted() {
            let was = old.unpaired[n], now = unpaired[n]
            if let was, let now, was.best == now.bestCandidate, was.model == model.id,
               was.reason == now.reason || abs((was.probability ?? -1) - (now.bestProbability ?? -1)) < Self.kept { continue }
            if was != nil { try deleteUnpaired.execute(arguments: [n]) }
            if let now { try insertUnpaired.execute(arguments: [n, now.bestCandidate, now.bestProbability, now.reason, batch]) }
        }
    }
}
