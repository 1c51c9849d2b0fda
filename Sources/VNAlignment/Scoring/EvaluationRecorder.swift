import Foundation

/// What the one evaluation of a pair (`ScoringTables.evaluate`) tells as it goes: each shared
/// key with the evidence it adds, each conflict with its strength and reason. The scan of
/// millions of candidates listens with `SilentRecorder` (nothing is built); the explanation of a
/// reported pair with `ExplainingRecorder`; the fitting of the model with `FeatureRecorder`. So
/// a rule is written once, and the explanation is what fired.
protocol EvaluationRecorder {
    /// Key `key` is shared and adds `amount` to the evidence of kind `kind` (an index of
    /// `EvidenceKind.allCases`).
    mutating func shared(key: Int32, kind: Int, amount: Double)
    /// A conflict of `kind` fired with `strength` (1, or less for a weaker form); `reason` is
    /// only evaluated by recorders that keep it.
    mutating func conflict(_ kind: ConflictKind, strength: Double, reason: @autoclosure () -> String)
}

/// Keeps nothing: the fast scan.
struct SilentRecorder: EvaluationRecorder {
    @inline(__always) mutating func shared(key: Int32, kind: Int, amount: Double) {}
    @inline(__always) mutating func conflict(_ kind: ConflictKind, strength: Double, reason: @autoclosure () -> String) {}
}

/// Keeps what fired, to explain a pair.
struct ExplainingRecorder: EvaluationRecorder {
    var keys: [(key: Int32, kind: Int, amount: Double)] = []
    var conflicts: [(kind: ConflictKind, strength: Double, reason: String)] = []

    mutating func shared(key: Int32, kind: Int, amount: Double) { keys.append((key, kind, amount)) }
    mutating func conflict(_ kind: ConflictKind, strength: Double, reason: @autoclosure () -> String) {
        conflicts.append((kind, strength, reason()))
    }
}

/// Keeps the model's inputs: the evidence sums by kind and the conflict strengths by kind.
struct FeatureRecorder: EvaluationRecorder {
    var sums = [Double](repeating: 0, count: EvidenceKind.allCases.count)
    var conflicts = [Double](repeating: 0, count: ConflictKind.allCases.count)

    mutating func shared(key: Int32, kind: Int, amount: Double) { sums[kind] += amount }
    mutating func conflict(_ kind: ConflictKind, strength: Double, reason: @autoclosure () -> String) {
        conflicts[ConflictKind.allCases.firstIndex(of: kind)!] += strength
    }

    /// The model's input vector: log(1 + sum) of each evidence kind, then each conflict's strength.
    var vector: [Double] { sums.map { log1p($0) } + conflicts }
}
