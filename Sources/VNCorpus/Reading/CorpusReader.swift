import Foundation
import VNText

/// Reads a corpus from files and folders: `.txt` articles (with optional front matter), JSON Lines
/// feeds (`.jsonl`, `.ndjson`), and folders of either, recursively.
///
/// Every problem is collected with its file and place; nothing is dropped silently. The articles
/// come back sorted by id, so the order of the inputs does not matter.
///
/// ```swift
/// let corpus = CorpusReader().read(paths: ["Fixtures/corpus/dev"])
/// corpus.articles.count
/// corpus.problems.forEach { print($0) }
/// ```
public struct CorpusReader: Sendable {
    /// Options of a read.
    public struct Options: Sendable {
        /// Articles larger than this many bytes are refused.
        public var maxArticleBytes = 2_000_000
        /// Bodies with fewer words are refused as empty or near-empty.
        public var minWords = 20
        /// Tone style of the normalised text.
        public var style: ToneStyle = .old
        /// The language to assume for articles that do not say and cannot be detected, if any.
        public var defaultLanguage: Language?
        /// Force this language on every article read (`--en`/`--vi` paths).
        public var forcedLanguage: Language?
        /// The encoding of the files (`--from`); `.auto` detects it and repairs mojibake and VIQR.
        public var sourceEncoding: SourceEncoding = .auto
        /// Threads that make articles (normalise, find debris, detect the language, `prepare`)
        /// while reading goes on; 1 makes them on the reading thread.
        public var workers = 1
        /// Runs on the worker right after an article is made: extract its features, keep what is
        /// needed, drop the text of a large corpus. The article it returns is the one read.
        public var prepare: (@Sendable (Article) -> Article)?
        /// Called with the bytes read, line by line (JSON Lines) or file by file, for progress.
        public var onBytes: (@Sendable (Int) -> Void)?
        public init() {}
    }

    /// The articles read and the problems met.
    public struct Result: Sendable {
        public var articles: [Article]
        public var problems: [CorpusProblem]
        /// Problems that are errors (the others are warnings).
        public var errors: [CorpusProblem] { problems.filter { $0.severity == .error } }
    }

    public var options: Options
    /// The workers of a read with `options.workers > 1`.
    var pool: ArticlePool?

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads every path; `forced` gives a language per path index (for `--en`/`--vi`).
    public func read(paths: [String], languages: [Language?]? = nil) -> Result {
        var articles: [Article] = []
        var problems: [CorpusProblem] = []
        var visitedFolders = Set<String>()
        var base = self
        if options.workers > 1 { base.pool = ArticlePool(workers: options.workers) }
        for (index, path) in paths.enumerated() {
            var reader = base
            if let languages, index < languages.count, let forced = languages[index] { reader.options.forcedLanguage = forced }
            reader.readPath(path, articles: &articles, problems: &problems, visitedFolders: &visitedFolders, explicit: true)
        }
        if let pool = base.pool {
            let made = pool.finish()
            articles += made.articles
            problems += made.problems
        }
        // Duplicate ids: keep none of them silently; report each clash.
        var byId: [String: [Article]] = [:]
        for article in articles { byId[article.id, default: []].append(article) }
        var unique: [Article] = []
        for (id, group) in byId {
            if group.count > 1 {
                let sources = group.map(\.source).sorted()
                problems.append(CorpusProblem(source: sources[0], message: "duplicate id \"\(id)\" (also in \(sources.dropFirst().joined(separator: ", ")))"))
                unique.append(contentsOf: group.sorted { $0.source < $1.source }.prefix(1))
            } else {
                unique.append(group[0])
            }
        }
        unique.sort { $0.id < $1.id }
        problems.sort()
        return Result(articles: unique, problems: problems)
    }

    func readPath(_ path: String, articles: inout [Article], problems: inout [CorpusProblem],
                  visitedFolders: inout Set<String>, explicit: Bool) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                problems.append(CorpusProblem(source: path, message: "broken or looping symbolic link (to \(target))"))
            } else {
                problems.append(CorpusProblem(source: path, message: "no such file or folder"))
            }
            return
        }
        if isDirectory.boolValue {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard visitedFolders.insert(real).inserted else {
                // A link back to a folder that contains it is a loop (an error); a folder given twice is not.
                let parent = URL(fileURLWithPath: (path as NSString).deletingLastPathComponent).resolvingSymlinksInPath().path
                if !explicit && (parent == real || parent.hasPrefix(real + "/")) {
                    problems.append(CorpusProblem(source: path, message: "directory loop: a link back to \(real), which contains it"))
                } else {
                    problems.append(CorpusProblem(source: path, message: "folder already read (a link loop or a repeated path); skipped", severity: .warning))
                }
                return
            }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                problems.append(CorpusProblem(source: path, message: "folder cannot be read (permission denied?)"))
                return
            }
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                readPath((path as NSString).appendingPathComponent(entry), articles: &articles, problems: &problems,
                         visitedFolders: &visitedFolders, explicit: false)
            }
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "jsonl", "ndjson":
            readJSONLines(path, articles: &articles, problems: &problems)
        case "txt", "text":
            readTextFile(path, articles: &articles, problems: &problems)
        default:
            if explicit {
                readTextFile(path, articles: &articles, problems: &problems)
            } else if !["md", "tsv", "json"].contains(ext) {
                problems.append(CorpusProblem(source: path, message: "not an article file (.txt or .jsonl); skipped", severity: .warning))
            }
        }
    }

    func readBytes(_ path: String, problems: inout [CorpusProblem]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(CorpusProblem(source: path, message: "cannot be read (permission denied?)"))
            return nil
        }
        return [UInt8](data)
    }

    func readTextFile(_ path: String, articles: inout [Article], problems: inout [CorpusProblem]) {
        guard let bytes = readBytes(path, problems: &problems) else { return }
        options.onBytes?(bytes.count)
        guard bytes.count <= options.maxArticleBytes else {
            problems.append(CorpusProblem(source: path, message: "article of \(bytes.count) bytes is over the limit of \(options.maxArticleBytes) (--max-bytes)"))
            return
        }
        if bytes.contains(0) {
            problems.append(CorpusProblem(source: path, message: "binary file (contains NUL bytes)"))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, from: options.sourceEncoding)
        } catch let error as TextDecodingError {
            problems.append(CorpusProblem(source: path, line: error.line, message: error.message))
            return
        } catch {
            problems.append(CorpusProblem(source: path, message: "\(error)"))
            return
        }
        var text = decoded.text
        var fields: [String: String] = [:]
        var bodyLineOffset = 0
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
                for (k, line) in lines[1..<end].enumerated() {
                    guard let colon = line.firstIndex(of: ":") else {
                        problems.append(CorpusProblem(source: path, line: k + 2, message: "front matter line is not `key: value`"))
                        return
                    }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                    fields[key] = value
                }
                text = lines[(end + 1)...].joined(separator: "\n")
                bodyLineOffset = end + 1
            } else {
                problems.append(CorpusProblem(source: path, line: 1, message: "front matter is not closed by a `---` line"))
                return
            }
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        _ = bodyLineOffset
        makeArticle(id: fields["id"] ?? stem, tag: fields["lang"], title: fields["title"], date: fields["date"], url: fields["url"],
                    body: text, source: path, line: nil, repairs: decoded.repairs, articles: &articles, problems: &problems)
    }

    func readJSONLines(_ path: String, articles: inout [Article], problems: inout [CorpusProblem]) {
        // Line by line: a feed of any size is read with a small buffer.
        guard let lines = LineFile(path: path, onBytes: options.onBytes) else {
            problems.append(CorpusProblem(source: path, message: "cannot be read (permission denied?)"))
            return
        }
        var lineNumber = 0
        for lineBytes in lines {
            lineNumber += 1
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard lineBytes.count <= options.maxArticleBytes else {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "article of \(lineBytes.count) bytes is over the limit of \(options.maxArticleBytes) (--max-bytes)"))
                continue
            }
            // Legacy bytes are decoded for the whole line; UTF-8 text fields are repaired below.
            let decodedLine: DecodedText
            do {
                decodedLine = try TextDecoding.decodeBytes(Array(lineBytes), from: options.sourceEncoding)
            } catch let error as TextDecodingError {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "\(error.message) (offset within the line)"))
                continue
            } catch {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "\(error)"))
                continue
            }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(decodedLine.text.utf8)) as? [String: Any] else {
                    problems.append(CorpusProblem(source: path, line: lineNumber, message: "not a JSON object"))
                    continue
                }
                object = parsed
            } catch {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "not valid JSON"))
                continue
            }
            guard let id = object["id"].map({ "\($0)" }), !id.isEmpty else {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "missing \"id\""))
                continue
            }
            guard var text = object["text"] as? String else {
                problems.append(CorpusProblem(source: path, line: lineNumber, message: "missing \"text\" (article \(id))"))
                continue
            }
            var title = object["title"] as? String
            var repairs = decodedLine.repairs
            if decodedLine.encoding == .utf8 {
                let body = TextDecoding.repair(text, from: options.sourceEncoding)
                text = body.text
                repairs += body.repairs
                if let rawTitle = title {
                    let repairedTitle = TextDecoding.repair(rawTitle, from: options.sourceEncoding)
                    title = repairedTitle.text
                    repairs += repairedTitle.repairs.map { "title: \($0)" }
                }
            }
            makeArticle(id: id, tag: object["lang"] as? String, title: title, date: object["date"] as? String,
                        url: object["url"] as? String, body: text, source: "\(path):\(lineNumber)", line: lineNumber,
                        repairs: repairs, articles: &articles, problems: &problems)
        }
    }

    /// Makes the article now, or hands it to the workers.
    func makeArticle(id: String, tag: String?, title: String?, date: String?, url: String?, body: String, source: String,
                     line: Int?, repairs: [String], articles: inout [Article], problems: inout [CorpusProblem]) {
        let reader = self
        let work: ArticlePool.Work = {
            var made: [Article] = [], found: [CorpusProblem] = []
            reader.makeArticleNow(id: id, tag: tag, title: title, date: date, url: url, body: body, source: source,
                                  line: line, repairs: repairs, articles: &made, problems: &found)
            if let prepare = reader.options.prepare { made = made.map(prepare) }
            return (made, found)
        }
        if let pool {
            pool.submit(work)
        } else {
            let made = work()
            articles += made.articles
            problems += made.problems
        }
    }

    func makeArticleNow(id: String, tag: String?, title: String?, date: String?, url: String?, body: String, source: String,
                        line: Int?, repairs: [String], articles: inout [Article], problems: inout [CorpusProblem]) {
        let place = line == nil ? source : String(source.split(separator: ":").dropLast().joined(separator: ":"))
        let (normalized, report) = Normalizer(style: options.style).normalizeReporting(body)
        let debris = DebrisFinder.find(in: normalized)
        let text = DebrisFinder.blank(debris, in: normalized)
        let words = LanguageDetector.wordCount(text)
        guard words >= options.minWords else {
            problems.append(CorpusProblem(source: place, line: line, message: "article \(id) is empty or near-empty (\(words) words)"))
            return
        }
        var declared: Language?
        if let tag, !tag.isEmpty {
            declared = Language(tag: tag)
            if declared == nil {
                problems.append(CorpusProblem(source: place, line: line, message: "article \(id): unknown language tag \"\(tag)\" (expected en or vi)"))
                return
            }
        }
        if let forced = options.forcedLanguage { declared = forced }
        let detected = LanguageDetector.detect(text)
        let language: Language
        switch (declared, detected) {
        case let (declared?, detected?):
            if declared != detected.language && detected.confidence >= 0.8 {
                problems.append(CorpusProblem(source: place, line: line, message: "article \(id) is tagged \(declared.code) but reads as \(detected.language.code) (confidence \(String(format: "%.2f", detected.confidence))); using \(detected.language.code)", severity: .warning))
                language = detected.language
            } else {
                language = declared
            }
        case let (declared?, nil): language = declared
        case let (nil, detected?): language = detected.language
        case (nil, nil):
            guard let fallback = options.defaultLanguage else {
                problems.append(CorpusProblem(source: place, line: line, message: "article \(id): language unknown (neither English nor Vietnamese could be detected; tag it with lang)"))
                return
            }
            language = fallback
        }
        var publication: CalendarDate?
        if let date, !date.isEmpty {
            publication = CalendarDate(iso: date)
            if publication == nil {
                problems.append(CorpusProblem(source: place, line: line, message: "article \(id): date \"\(date)\" is not an ISO date (YYYY-MM-DD); ignored", severity: .warning))
            }
        }
        var allRepairs = repairs
        allRepairs.append(contentsOf: report.summaryLines)
        let evidence = detected.map { LanguageEvidence(detected: $0.language, confidence: $0.confidence, declared: declared) }
        articles.append(Article(id: id, language: language, text: text, title: title, date: publication, url: url,
                                source: source, debris: debris, repairs: allRepairs, languageEvidence: evidence))
    }
}
