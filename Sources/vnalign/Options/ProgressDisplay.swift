import Foundation
import VNAlignment
import VNPipeline

/// A one-line progress display on standard error for long runs: articles read, pairs scored,
/// the rate and the time left. It appears only when standard error is a terminal, only after
/// about two seconds, and never with `--quiet`; the line is cleared when the run ends.
///
/// ```
/// vnalign: reading: 84,112 articles (212 MB of 512 MB, 9,870 articles/s), about 40 s left
/// vnalign: aligning: 61,000 of 110,000 English articles, 3,402,113 candidate pairs, 212,044 scored, about 2 s left
/// ```
final class ProgressDisplay: LoadProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var timer: DispatchSourceTimer?
    private var drawn = false
    private let totalBytes: Int
    private var bytesRead = 0
    private var articles = 0
    private var aligning: AlignmentProgress?
    private var alignStarted: Date?
    /// Seconds before the display appears.
    static let delay = 2.0

    /// A display for reading `paths`, or nil when it must stay silent (`--quiet`, or standard
    /// error is not a terminal).
    init?(paths: [String], quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        totalBytes = Self.size(of: paths)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + Self.delay, repeating: 0.25)
        self.timer = timer
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Bytes of the input read (a JSON line, a file).
    func read(bytes: Int) {
        lock.lock()
        bytesRead += bytes
        lock.unlock()
    }

    /// One more article read and extracted.
    func articleDone() {
        lock.lock()
        articles += 1
        lock.unlock()
    }

    func aligned(_ progress: AlignmentProgress) {
        lock.lock()
        if alignStarted == nil { alignStarted = Date() }
        aligning = progress
        lock.unlock()
    }

    /// Clears the line while `body` writes to standard error; the next tick draws it again.
    func pausing(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
        body()
    }

    /// Stops the display and clears its line.
    func finish() {
        lock.lock()
        timer?.cancel()
        timer = nil
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
        lock.unlock()
    }

    deinit { timer?.cancel() }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil else { return }
        let now = Date()
        let line: String
        if let a = aligning, let since = alignStarted {
            let seconds = max(now.timeIntervalSince(since), 0.001)
            let rate = Double(a.englishDone) / seconds
            let left = rate > 0 ? Double(a.englishTotal - a.englishDone) / rate : .infinity
            line = "aligning: \(Self.number(a.englishDone)) of \(Self.number(a.englishTotal)) English articles, "
                + "\(Self.number(a.candidates)) candidate pairs, \(Self.number(a.scored)) scored, \(Self.left(left))"
        } else {
            let seconds = max(now.timeIntervalSince(started), 0.001)
            let rate = Double(articles) / seconds
            var text = "reading: \(Self.number(articles)) articles ("
            if totalBytes > 0 {
                text += "\(bytesRead / 1_000_000) MB of \(totalBytes / 1_000_000) MB, "
            }
            text += "\(Self.number(Int(rate))) articles/s)"
            if totalBytes > 0, bytesRead > 0 {
                let byteRate = Double(bytesRead) / seconds
                text += ", \(Self.left(Double(max(0, totalBytes - bytesRead)) / byteRate))"
            }
            line = text
        }
        FileHandle.standardError.write(Data("\r\u{1B}[Kvnalign: \(line)".utf8))
        drawn = true
    }

    static func left(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "time left unknown" }
        if seconds < 90 { return "about \(Int(seconds.rounded())) s left" }
        return "about \(Int((seconds / 60).rounded())) min left"
    }

    static func number(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// Bytes of the article files under `paths`.
    static func size(of paths: [String]) -> Int {
        var total = 0
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                total += (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                continue
            }
            guard let walk = manager.enumerator(atPath: path) else { continue }
            while let entry = walk.nextObject() as? String {
                let ext = (entry as NSString).pathExtension.lowercased()
                guard ["jsonl", "ndjson", "txt", "text"].contains(ext) else { continue }
                total += (try? manager.attributesOfItem(atPath: (path as NSString).appendingPathComponent(entry))[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
