import VNCorpus

/// A load that stopped on bad input (without `skipBad`): every problem, errors first listed to
/// the load's `warn` handler before it was thrown.
///
/// ```swift
/// do { _ = try CorpusPipeline().load(inputs) } catch { print(error.errors.count, "problem(s)") }
/// ```
public struct CorpusLoadFailure: Error, CustomStringConvertible {
    /// The errors that stopped the load.
    public let errors: [CorpusProblem]

    public var description: String { "\(errors.count) problem(s) in the corpus" }
}
