import Foundation
import VNText

/// Reads a corpus from files and folders: `.txt` articles (with optional front matter), JSON Lines
/// feeds (`.jsonl`, `.ndjson`), and folders of either, recursively; `-` is standard input, and
/// a file named on the command line with another extension, or a pipe, is read as JSON Lines
/// when its first character is `{`, else as one article.
///
/// Every problem is collected with its file and place; nothing is dropped silently. Files are
/// opened by their bytes, so any name the file system allows is read, and shown escaped
/// (`RawPath.description`). The articles come back sorted by id, so the order of the inputs
/// does not matter.
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
        /// Bodies with fewer words are refused (`--min-words`); empty ones always are.
        public var minWords = 1
        /// Bodies with fewer words are kept with a note that they are short (briefs, headlines
        /// with their lead).
        public var shortWords = 20
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

    /// The name standard input has in messages and article sources.
    public static let standardInputName = "<stdin>"

    /// What a read has gathered so far.
    struct Walk {
        var articles: [Article] = []
        var problems: [CorpusProblem] = []
        /// Folders read, by their resolved paths.
        var visitedFolders = Set<RawPath>()
        var readStandardInput = false
    }

    /// Reads every path (UTF-8 names); `languages` gives a forced language per path index (for `--en`/`--vi`).
    public func read(paths: [String], languages: [Language?]? = nil) -> Result {
        read(rawPaths: paths.map(RawPath.init), languages: languages)
    }

    /// Reads every path, given as the bytes the file system knows; `languages` gives a forced
    /// language per path index (for `--en`/`--vi`).
    public func read(rawPaths paths: [RawPath], languages: [Language?]? = nil) -> Result {
        var walk = Walk()
        var base = self
        if options.workers > 1 { base.pool = ArticlePool(workers: options.workers) }
        for (index, path) in paths.enumerated() {
            var reader = base
            if let languages, index < languages.count, let forced = languages[index] { reader.options.forcedLanguage = forced }
            reader.readPath(path, walk: &walk, explicit: true)
        }
        return base.finish(walk)
    }

    /// Reads the articles in `bytes` as a file named `source` whose kind its name does not tell:
    /// JSON Lines when its first character is `{`, else one article (optional front matter, then
    /// the body; its id is the name's stem unless the front matter gives one). Bytes in memory
    /// (and the fuzzer's inputs) go through the very code that reads files.
    ///
    /// ```swift
    /// CorpusReader().read(bytes: Array("{\"id\": \"a\", \"text\": \"...\"}".utf8), source: "feed").articles
    /// ```
    public func read(bytes: [UInt8], source: String) -> Result {
        var walk = Walk()
        var reader = self
        if options.workers > 1 { reader.pool = ArticlePool(workers: options.workers) }
        if Self.looksLikeJSONLines(bytes) {
            for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                options.onBytes?(line.count + 1)
                reader.readJSONLine(Array(line), source: source, line: index + 1, walk: &walk)
            }
        } else if bytes.count > options.maxArticleBytes {
            walk.problems.append(CorpusProblem(source: source, message: "article of \(bytes.count) bytes is over the limit of \(options.maxArticleBytes) (--max-bytes)"))
        } else {
            options.onBytes?(bytes.count)
            reader.readTextFile(bytes, source: source, stem: RawPath(source).stem, walk: &walk)
        }
        return reader.finish(walk)
    }

    /// The result of a read: the workers' articles gathered, duplicate ids reported, sorted by id.
    func finish(_ walk: Walk) -> Result {
        var articles = walk.articles
        var problems = walk.problems
        if let pool = self.pool {
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

    func readPath(_ path: RawPath, walk: inout Walk, explicit: Bool) {
        if explicit && path.isStandardInput {
            readStandardInput(walk: &walk)
            return
        }
        let name = path.description
        let status: FileStatus
        do {
            status = try FileStatus(of: path, followingLinks: true)
        } catch {
            if error.code == ENOENT || error.code == ELOOP, let target = path.linkDestination {
                walk.problems.append(CorpusProblem(source: name, message: "broken or looping symbolic link (to \(target))"))
            } else if error.code == ENOENT {
                walk.problems.append(CorpusProblem(source: name, message: error.reason))
            } else {
                walk.problems.append(CorpusProblem(source: name, message: "cannot be read: \(error.reason)"))
            }
            return
        }
        let ext = path.pathExtension
        switch status.kind {
        case .folder:
            readFolder(path, walk: &walk, explicit: explicit)
        case .regularFile where ["jsonl", "ndjson"].contains(ext):
            withOpenFile(path, walk: &walk) { descriptor, walk in
                readJSONLines(LineFile(descriptor: descriptor, closes: false, onBytes: options.onBytes), source: name, walk: &walk)
            }
        case .regularFile where ["txt", "text"].contains(ext):
            withOpenFile(path, walk: &walk) { descriptor, walk in
                readText(descriptor: descriptor, size: status.size, source: name, stem: path.stem, walk: &walk)
            }
        case .regularFile, .pipe, .characterDevice:
            if explicit {
                // Named on the command line (a file without a known extension, `<(...)`, /dev/stdin).
                withOpenFile(path, walk: &walk) { descriptor, walk in
                    readSniffing(descriptor: descriptor, closes: false, size: status.kind == .regularFile ? status.size : nil,
                                 source: name, stem: path.stem, walk: &walk)
                }
            } else if status.kind != .regularFile {
                walk.problems.append(CorpusProblem(source: name, message: "not a regular file (a \(status.kind.rawValue)); skipped", severity: .warning))
            } else if !["md", "tsv", "json"].contains(ext) {
                walk.problems.append(CorpusProblem(source: name, message: "not an article file (.txt or .jsonl); skipped", severity: .warning))
            }
        default:
            walk.problems.append(CorpusProblem(source: name, message: "not an article file but a \(status.kind.rawValue)\(explicit ? "" : "; skipped")",
                                               severity: explicit ? .error : .warning))
        }
    }

    func readFolder(_ path: RawPath, walk: inout Walk, explicit: Bool) {
        let name = path.description
        let real = path.resolved ?? path
        guard walk.visitedFolders.insert(real).inserted else {
            // A link back to a folder that contains it is a loop (an error); a folder given twice is not.
            let parent = path.parent.resolved ?? path.parent
            if !explicit && (parent == real || parent.bytes.starts(with: real.bytes + [0x2F]) || real == RawPath("/")) {
                walk.problems.append(CorpusProblem(source: name, message: "directory loop: a link back to \(real), which contains it"))
            } else {
                walk.problems.append(CorpusProblem(source: name, message: "folder already read (a link loop or a repeated path); skipped", severity: .warning))
            }
            return
        }
        let entries: [[UInt8]]
        do {
            entries = try path.folderEntries()
        } catch {
            walk.problems.append(CorpusProblem(source: name, message: "folder cannot be read: \(error.reason)"))
            return
        }
        for entry in entries where entry.first != 0x2E {
            readPath(path.appending(entry), walk: &walk, explicit: false)
        }
    }

    /// Opens `path`, runs `body` with the descriptor and closes it; a file that cannot be opened is a problem.
    func withOpenFile(_ path: RawPath, walk: inout Walk, _ body: (Int32, inout Walk) -> Void) {
        let descriptor: Int32
        do {
            descriptor = try FileBytes.open(path)
        } catch {
            walk.problems.append(CorpusProblem(source: path.description, message: "cannot be read: \(error.reason)"))
            return
        }
        defer { close(descriptor) }
        body(descriptor, &walk)
    }

    /// Standard input (`-`), read once: JSON Lines when its first character is `{`, else one article.
    func readStandardInput(walk: inout Walk) {
        guard !walk.readStandardInput else {
            walk.problems.append(CorpusProblem(source: Self.standardInputName, message: "standard input (-) given more than once; read once", severity: .warning))
            return
        }
        walk.readStandardInput = true
        readSniffing(descriptor: STDIN_FILENO, closes: false, size: nil, source: Self.standardInputName, stem: "stdin", walk: &walk)
    }

    /// Whether text that begins with `bytes` is JSON Lines: its first character, after a
    /// byte-order mark and white space, is `{`.
    public static func looksLikeJSONLines<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == 0x7B
    }

    /// Reads an open file whose kind its name does not tell, by its first bytes.
    func readSniffing(descriptor: Int32, closes: Bool, size: Int?, source: String, stem: String, walk: inout Walk) {
        let first: [UInt8]
        do {
            first = try FileBytes.read(descriptor, upTo: 4096)
        } catch {
            walk.problems.append(CorpusProblem(source: source, message: "cannot be read: \(error.reason)"))
            return
        }
        if Self.looksLikeJSONLines(first) {
            readJSONLines(LineFile(descriptor: descriptor, closes: closes, prefix: first, onBytes: options.onBytes), source: source, walk: &walk)
        } else {
            readText(descriptor: descriptor, size: size, prefix: first, source: source, stem: stem, walk: &walk)
        }
    }

    /// Reads one article from an open file (`size` when it is known: a regular file).
    func readText(descriptor: Int32, size: Int?, prefix: [UInt8] = [], source: String, stem: String, walk: inout Walk) {
        if let size, size > options.maxArticleBytes {
            options.onBytes?(size)
            walk.problems.append(CorpusProblem(source: source, message: "article of \(size) bytes is over the limit of \(options.maxArticleBytes) (--max-bytes)"))
            return
        }
        let read: [UInt8]?
        do {
            read = try FileBytes.read(descriptor, limit: options.maxArticleBytes, prefix: prefix)
        } catch {
            walk.problems.append(CorpusProblem(source: source, message: "cannot be read: \(error.reason)"))
            return
        }
        guard let bytes = read else {
            walk.problems.append(CorpusProblem(source: source, message: "article of more than \(options.maxArticleBytes) bytes is over the limit (--max-bytes)"))
            return
        }
        options.onBytes?(bytes.count)
        readTextFile(bytes, source: source, stem: stem, walk: &walk)
    }

    /// One article from the bytes of a `.txt` file: optional front matter, then the body.
    func readTextFile(_ bytes: [UInt8], source path: String, stem: String, walk: inout Walk) {
        if bytes.contains(0) {
            walk.problems.append(CorpusProblem(source: path, message: "binary file (contains NUL bytes)"))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, from: options.sourceEncoding)
        } catch let error as TextDecodingError {
            walk.problems.append(CorpusProblem(source: path, line: error.line, message: error.message))
            return
        } catch {
            walk.problems.append(CorpusProblem(source: path, message: "\(error)"))
            return
        }
        var text = decoded.text
        var fields: [String: String] = [:]
        var fieldLines: [String: Int] = [:]
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
                for (k, line) in lines[1..<end].enumerated() {
                    guard let colon = line.firstIndex(of: ":") else {
                        walk.problems.append(CorpusProblem(source: path, line: k + 2, message: "front matter line is not `key: value`"))
                        return
                    }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                    fields[key] = value
                    fieldLines[key] = k + 2
                }
                text = lines[(end + 1)...].joined(separator: "\n")
            } else {
                walk.problems.append(CorpusProblem(source: path, line: 1, message: "front matter is not closed by a `---` line"))
                return
            }
        }
        let id = fields["id"] ?? stem
        guard let date = publicationDate(fields["date"], article: id, source: path, line: fieldLines["date"], problems: &walk.problems) else { return }
        makeArticle(id: id, tag: fields["lang"], title: fields["title"], date: date, url: fields["url"],
                    body: text, source: path, line: nil, repairs: decoded.repairs, articles: &walk.articles, problems: &walk.problems)
    }

    /// The publication date of the metadata: `.some(nil)` when there is none or it is not an ISO
    /// date (a warning: the date is ignored), nil when it names a day that does not exist (an
    /// error naming the file and line: the article is not made).
    func publicationDate(_ raw: String?, article id: String, source: String, line: Int?,
                         problems: inout [CorpusProblem]) -> CalendarDate?? {
        guard let raw, !raw.isEmpty else { return .some(nil) }
        switch CalendarDate.reading(iso: raw) {
        case .date(let date):
            return .some(date)
        case .impossible(let reason):
            problems.append(CorpusProblem(source: source, line: line, message: "article \(id): date \"\(raw)\" does not exist (\(reason))"))
            return nil
        case .malformed:
            problems.append(CorpusProblem(source: source, line: line, message: "article \(id): date \"\(raw)\" is not an ISO date (YYYY-MM-DD); ignored", severity: .warning))
            return .some(nil)
        }
    }

    /// The articles of a JSON Lines feed, line by line (a feed of any size is read with a small buffer).
    func readJSONLines(_ lines: LineFile, source path: String, walk: inout Walk) {
        var lineNumber = 0
        for lineBytes in lines {
            lineNumber += 1
            readJSONLine(lineBytes, source: path, line: lineNumber, walk: &walk)
        }
        if let failure = lines.failure {
            walk.problems.append(CorpusProblem(source: path, line: lineNumber + 1, message: "cannot be read: \(failure.reason)"))
        }
    }

    /// One line of a JSON Lines feed: an article, a blank line, or a problem.
    func readJSONLine(_ lineBytes: [UInt8], source path: String, line lineNumber: Int, walk: inout Walk) {
        if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
        func problem(_ message: String) {
            walk.problems.append(CorpusProblem(source: path, line: lineNumber, message: message))
        }
        guard lineBytes.count <= options.maxArticleBytes else {
            return problem("article of \(lineBytes.count) bytes is over the limit of \(options.maxArticleBytes) (--max-bytes)")
        }
        // Legacy bytes are decoded for the whole line; UTF-8 text fields are repaired below.
        let decodedLine: DecodedText
        do {
            decodedLine = try TextDecoding.decodeBytes(lineBytes, from: options.sourceEncoding)
        } catch let error as TextDecodingError {
            return problem("\(error.message) (offset within the line)")
        } catch {
            return problem("\(error)")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(decodedLine.text.utf8)) as? [String: Any] else {
                return problem("not a JSON object")
            }
            object = parsed
        } catch {
            return problem("not valid JSON")
        }
        let id: String
        switch object["id"] {
        case let text as String where !text.isEmpty: id = text
        case let number as NSNumber: id = "\(number)"
        case nil, is NSNull: return problem("missing \"id\"")
        default: return problem("\"id\" is not a string or a number")
        }
        guard var text = object["text"] as? String else {
            return problem("missing \"text\" (article \(id))")
        }
        for field in ["lang", "title", "date", "url"] {
            if let value = object[field], !(value is String), !(value is NSNull) {
                return problem("article \(id): \"\(field)\" is not a string")
            }
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
        guard let date = publicationDate(object["date"] as? String, article: id, source: path, line: lineNumber, problems: &walk.problems) else { return }
        makeArticle(id: id, tag: object["lang"] as? String, title: title, date: date,
                    url: object["url"] as? String, body: text, source: "\(path):\(lineNumber)", line: lineNumber,
                    repairs: repairs, articles: &walk.articles, problems: &walk.problems)
    }

    /// Makes the article now, or hands it to the workers.
    func makeArticle(id: String, tag: String?, title: String?, date: CalendarDate?, url: String?, body: String, source: String,
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

    /// "1 word", "13 words".
    static func words(_ count: Int) -> String { count == 1 ? "1 word" : "\(count) words" }

    func makeArticleNow(id: String, tag: String?, title: String?, date: CalendarDate?, url: String?, body: String, source: String,
                        line: Int?, repairs: [String], articles: inout [Article], problems: inout [CorpusProblem]) {
        let place = line == nil ? source : String(source.split(separator: ":").dropLast().joined(separator: ":"))
        let (normalized, report) = Normalizer(style: options.style).normalizeReporting(body)
        let debris = DebrisFinder.find(in: normalized)
        let text = DebrisFinder.blank(debris, in: normalized)
        let words = LanguageDetector.wordCount(text)
        guard words > 0 else {
            problems.append(CorpusProblem(source: place, line: line, message: "article \(id) is empty (0 words)"))
            return
        }
        guard words >= options.minWords else {
            problems.append(CorpusProblem(source: place, line: line, message: "article \(id) has \(Self.words(words)), fewer than \(options.minWords) (--min-words)"))
            return
        }
        if words < options.shortWords {
            problems.append(CorpusProblem(source: place, line: line, message: "article \(id) is short (\(Self.words(words))); kept", severity: .note))
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
        var allRepairs = repairs
        allRepairs.append(contentsOf: report.summaryLines)
        let evidence = detected.map { LanguageEvidence(detected: $0.language, confidence: $0.confidence, declared: declared) }
        articles.append(Article(id: id, language: language, text: text, title: title, date: date, url: url,
                                source: source, debris: debris, repairs: allRepairs, languageEvidence: evidence))
    }
}
