import VNAlignment

/// What a long load tells while it runs: bytes read, articles extracted, then the alignment's
/// progress. The command line's progress display is one; a load without one runs silently.
///
/// ```swift
/// final class Counter: LoadProgress { ... }
/// let loaded = try CorpusPipeline().load([CorpusInput("news/")], progress: Counter())
/// ```
public protocol LoadProgress: AnyObject, Sendable {
    /// Bytes of the input read (a JSON line, a file).
    func read(bytes: Int)
    /// One more article read and extracted.
    func articleDone()
    /// The alignment's progress, from the scoring workers.
    func aligned(_ progress: AlignmentProgress)
    /// Runs `body`, which writes messages, without the display in the way.
    func pausing(_ body: () -> Void)
    /// Stops the display.
    func finish()
}
