import Foundation
import VNCorpus

/// A synthetic bilingual news corpus with known gold pairs, for measuring speed and quality at
/// any size: N events reported in both English and Vietnamese, hard negatives (the same actors in
/// another event: another day, another host, another congress or session number) reported in
/// one language, and unpaired reports.
///
/// Names come in every form the extractor meets (Vietnamese with and without diacritics, Hán-Việt
/// in Vietnamese and pinyin in English, foreign), dates in every style of both languages, bodies
/// numbered by the calendar, and numbers drawn per event, so the pairs are known. The output is
/// the same, byte for byte, for a seed.
///
/// ```swift
/// let synthesizer = CorpusSynthesizer(options: .init(pairs: 1_000, seed: 7))
/// let summary = try synthesizer.write(to: "synthetic-1k")   // en.jsonl, vi.jsonl, gold.tsv
/// summary.englishArticles
/// ```
public struct CorpusSynthesizer: Sendable {
    public struct Options: Sendable {
        /// Events reported in both languages: the gold same-event pairs.
        public var pairs: Int
        public var seed: UInt64
        /// Hard-negative reports (default: a tenth of `pairs`).
        public var hardNegatives: Int
        /// Reports with no partner (default: a tenth of `pairs`).
        public var unpaired: Int
        /// Events a day: the corpus spans `pairs / eventsPerDay` days, so its density does not
        /// change with its size.
        public var eventsPerDay: Int
        /// The first day of the corpus.
        public var start: CalendarDate

        public init(pairs: Int, seed: UInt64 = 1, hardNegatives: Int? = nil, unpaired: Int? = nil, eventsPerDay: Int = 100,
                    start: CalendarDate = CalendarDate(year: 2022, month: 1, day: 3)!) {
            self.pairs = pairs
            self.seed = seed
            self.hardNegatives = hardNegatives ?? pairs / 10
            self.unpaired = unpaired ?? pairs / 10
            self.eventsPerDay = max(1, eventsPerDay)
            self.start = start
        }
    }

    /// One synthetic report.
    public struct Article: Sendable {
        public let id: String
        public let language: Language
        public let date: CalendarDate
        public let title: String
        public let text: String

        /// The report as a line of JSON Lines (`id`, `lang`, `date`, `title`, `text`), without the newline.
        public var jsonLine: String {
            "{\"id\":\(CorpusSynthesizer.json(id)),\"lang\":\"\(language.code)\",\"date\":\"\(date)\",\"title\":\(CorpusSynthesizer.json(title)),\"text\":\(CorpusSynthesizer.json(text))}"
        }
    }

    /// What was written.
    public struct Summary: Sendable {
        public var englishArticles = 0
        public var vietnameseArticles = 0
        public var goldPairs = 0
        public var hardNegatives = 0
        public var bytes = 0
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Generates the corpus, handing each report to `sink` in a fixed order, and returns the gold
    /// standard (same-event pairs first, then hard negatives).
    public func generate(_ sink: (Article) throws -> Void) rethrows -> GoldStandard {
        let vocabulary = SynthVocabulary.shared
        let seed = options.seed
        let span = max(1, (options.pairs + options.eventsPerDay - 1) / options.eventsPerDay)
        let factory = SynthEventFactory(seed: seed, start: options.start, spanDays: span, vocabulary: vocabulary)
        let writer = SynthArticleWriter(vocabulary: vocabulary)
        var englishCount = 0, vietnameseCount = 0
        func report(_ event: SynthEvent, _ language: Language, stream: Int, salt: UInt64) throws -> String {
            var random = SynthRandom(seed: seed, stream: UInt64(stream), salt)
            let late = random.chance(language == .english ? 0.3 : 0.2)
            let publication = event.day.adding(days: late ? 1 : 0)
            let written = writer.write(event, language: language, publication: publication, random: &random)
            let id: String
            if language == .english {
                id = Self.id("en", englishCount, seed: seed)
                englishCount += 1
            } else {
                id = Self.id("vi", vietnameseCount, seed: ~seed &* 0x9E37_79B9)
                vietnameseCount += 1
            }
            try sink(Article(id: id, language: language, date: publication, title: written.title, text: written.text))
            return id
        }
        func note(_ e: SynthEvent) -> String {
            let who = [e.host.name.vi, e.guest?.name.vi, e.second?.name.vi].compactMap { $0 }.joined(separator: ", ")
            let body = e.body.map { " \($0.kind.rawValue) \($0.number)" } ?? ""
            let games = e.games.map { " SEA Games \($0)" } ?? ""
            return "\(e.kind.rawValue)\(body)\(games): \(who), \(e.city), \(e.day)"
        }

        // Identities already drawn: an event that would be one of them is drawn again (up to
        // 50 times, the first ones of the same kind). A hard negative whose draws are all taken
        // is left out (a sports sibling has one draw only: the Games before, two years earlier);
        // so would be a pair, which no corpus has needed (the summary counts what was written).
        var taken = Set<String>()
        func fresh(_ draw: (Int) -> SynthEvent) -> SynthEvent? {
            for attempt in 0..<50 {
                let event = draw(attempt)
                if taken.insert(event.identity).inserted { return event }
            }
            return nil
        }

        var rows: [GoldStandard.Row] = []
        var related: [GoldStandard.Row] = []
        var bases: [(event: SynthEvent, en: String, vi: String)] = []
        bases.reserveCapacity(options.pairs)
        for i in 0..<options.pairs {
            guard let event = fresh({ factory.event(i, attempt: $0) }) else { continue }
            let en = try report(event, .english, stream: i, salt: 3)
            let vi = try report(event, .vietnamese, stream: i, salt: 4)
            bases.append((event, en, vi))
            rows.append(GoldStandard.Row(en: en, vi: vi, relation: "same-event", split: "synthetic", domain: event.kind.rawValue, category: event.kind.rawValue, note: note(event)))
        }
        if !bases.isEmpty {
            for j in 0..<options.hardNegatives {
                var random = SynthRandom(seed: seed, stream: UInt64(j), 5)
                let base = bases[random.int(bases.count)]
                var category = ""
                guard let event = fresh({ attempt in
                    let (event, kind) = factory.sibling(of: base.event, index: j, attempt: attempt)
                    category = kind
                    return event
                }) else { continue }
                let english = random.chance(0.5)
                let id = try report(event, english ? .english : .vietnamese, stream: options.pairs + j, salt: english ? 3 : 4)
                related.append(GoldStandard.Row(en: english ? id : base.en, vi: english ? base.vi : id, relation: "related",
                                                split: "synthetic", domain: base.event.kind.rawValue, category: category, note: "\(note(base.event)) vs \(event.day)"))
            }
        }
        for u in 0..<options.unpaired {
            let index = options.pairs + options.hardNegatives + u
            var random = SynthRandom(seed: seed, stream: UInt64(u), 6)
            guard let event = fresh({ factory.event(index, attempt: $0) }) else { continue }
            _ = try report(event, random.chance(0.5) ? .english : .vietnamese, stream: index, salt: 7)
        }
        return GoldStandard(rows: rows + related)
    }

    /// Writes `en.jsonl`, `vi.jsonl` and `gold.tsv` (the format of `Fixtures/gold.tsv`) to `folder`.
    public func write(to folder: String) throws -> Summary {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let english = try Output(path: (folder as NSString).appendingPathComponent("en.jsonl"))
        let vietnamese = try Output(path: (folder as NSString).appendingPathComponent("vi.jsonl"))
        var summary = Summary()
        let gold = try generate { article in
            var line = article.jsonLine
            line += "\n"
            summary.bytes += line.utf8.count
            if article.language == .english {
                summary.englishArticles += 1
                try english.write(line)
            } else {
                summary.vietnameseArticles += 1
                try vietnamese.write(line)
            }
        }
        try english.close()
        try vietnamese.close()
        var tsv = "en_id\tvi_id\trelation\tsplit\tcategory\tnote\n"
        for row in gold.rows {
            tsv += [row.en, row.vi, row.relation, row.split, row.category, row.note].joined(separator: "\t") + "\n"
        }
        try Data(tsv.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("gold.tsv")))
        summary.goldPairs = gold.rows.filter { $0.relation == "same-event" }.count
        summary.hardNegatives = gold.rows.count - summary.goldPairs
        return summary
    }

    /// A buffered output file.
    final class Output {
        let handle: FileHandle
        var buffer: [UInt8] = []

        init(path: String) throws {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            buffer.reserveCapacity(1 << 22)
        }

        func write(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 22 { try flush() }
        }

        func flush() throws {
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        func close() throws {
            try flush()
            try handle.close()
        }
    }

    /// `en-3f9c1a07b2`: a counter through a bijection of 40 bits, so ids are unique but their
    /// order says nothing of the events.
    static func id(_ prefix: String, _ n: Int, seed: UInt64) -> String {
        let mask: UInt64 = (1 << 40) - 1
        var x = UInt64(n) & mask
        x = (x &* 0x9E37_79B9_7F) & mask
        x = (x &+ (seed &* 0x2545_F491_4F6C_DD1D)) & mask
        x ^= x >> 19
        x = (x &* 0xD6E8_FEB8_6659_FD93) & mask
        x ^= x >> 21
        let hex = String(x, radix: 16)
        return "\(prefix)-" + String(repeating: "0", count: max(0, 10 - hex.count)) + hex
    }

    /// A JSON string literal.
    static func json(_ s: String) -> String { JSONStringLiteral.encode(s) }
}
