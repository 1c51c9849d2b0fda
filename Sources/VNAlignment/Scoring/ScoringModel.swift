import Foundation

/// A kind of evidence two reports share; each has one weight in the `ScoringModel`.
///
/// ```swift
/// EvidenceKind.of(.place, key: "l:lao-cai")   // .eventPlace (a province)
/// EvidenceKind.of(.place, key: "l:vn")        // .background (a country)
/// ```
public enum EvidenceKind: String, Sendable, Codable, CaseIterable {
    case person, body, thing, quantity, day
    case partialDay = "partial-day"
    case weekday
    case month, year
    /// A province or city.
    case eventPlace = "event-place"
    /// Countries, regions, international bodies, parties, media: named in report after report.
    case background
    /// A company, ministry or state body.
    case organization
    case number
    /// A kind of event named in both headlines or leads.
    case event

    /// The kind of a key of `type`.
    public static func of(_ type: ArticleEvidence.FeatureType, key: String) -> EvidenceKind {
        switch type {
        case .person: .person
        case .body: .body
        case .thing: .thing
        case .quantity: .quantity
        case .day: .day
        case .partialDay: .partialDay
        case .weekday: .weekday
        case .month: .month
        case .year: .year
        case .number: .number
        case .event: .event
        case .place: ArticleEvidence.corroborates(key, type: type) ? .eventPlace : .background
        case .organization: ArticleEvidence.corroborates(key, type: type) ? .organization : .background
        }
    }

    /// Whether sharing this kind makes a refused pair `related` (it shares key actors).
    var isKeyActor: Bool { self == .person || self == .body }
}

/// Evidence that two reports describe different events; each has one weight in the model.
public enum ConflictKind: String, Sendable, Codable, CaseIterable {
    /// A different Vietnamese holder of the same senior role, neither named by the other report.
    case role
    /// Different principals or counterparts, neither named by the other report.
    case principal
    /// Leads in provinces or cities the other report never names.
    case place
    /// A different number for the same numbered body of the same owner.
    case body
    /// Event days more than a day apart.
    case date
    /// Publication dates further apart than the window.
    case window
    /// Disjoint years.
    case years
    /// Nothing shared but dates and background.
    case uncorroborated
    /// The same quantity (a toll, a growth rate) with different figures.
    case quantity
    /// Exclusive event kinds: opening vs closing, first vs second leg, licence vs inauguration.
    case stage
    /// One report announces the event, the other tells what happened.
    case tense
}

/// The fitted logistic model of "these two reports describe one event": the log-odds of a pair
/// is `bias + Σ weight(kind) × log(1 + evidence of that kind) + Σ weight(conflict)`, where the
/// evidence of a kind is the sum of its shared keys' rarities (times the prominence of shared
/// people and the emphasis of keys in the lead). Fitted on the development part of the fixtures
/// by `vnalign fit`, stored in `Resources/scoring-model.tsv`.
///
/// ```swift
/// let model = ScoringModel.bundled
/// model.weight(.person)    // e.g. 2.9
/// model.weight(.stage)     // e.g. -2.4
/// ScoringModel.probability(logit: 0)   // 0.5
/// ```
public struct ScoringModel: Sendable, Codable, Equatable {
    public var bias: Double
    /// By `EvidenceKind.allCases` order.
    public var evidence: [Double]
    /// By `ConflictKind.allCases` order.
    public var conflicts: [Double]
    /// The second stage, by `rivalryTerms` order: its bias, the weight of the pair's own
    /// log-odds, of the weaker and of the stronger margin over the rivals (`Rivalry`).
    public var rivalry: [Double]
    /// The names of the second stage's terms in the table.
    public static let rivalryTerms = ["bias", "event", "weaker-margin", "stronger-margin"]
    /// Where the weights came from (the command that fitted them), for the output.
    public var origin: String

    public init(bias: Double, evidence: [Double], conflicts: [Double], rivalry: [Double] = [0, 1, 0, 0], origin: String) {
        precondition(evidence.count == EvidenceKind.allCases.count && conflicts.count == ConflictKind.allCases.count
                     && rivalry.count == Self.rivalryTerms.count)
        self.bias = bias
        self.evidence = evidence
        self.conflicts = conflicts
        self.rivalry = rivalry
        self.origin = origin
    }

    public func weight(_ kind: EvidenceKind) -> Double { evidence[EvidenceKind.allCases.firstIndex(of: kind)!] }
    public func weight(_ kind: ConflictKind) -> Double { conflicts[ConflictKind.allCases.firstIndex(of: kind)!] }

    /// The probability of a log-odds.
    public static func probability(logit: Double) -> Double { 1 / (1 + exp(-logit)) }
    /// The log-odds of a probability (clamped away from 0 and 1).
    public static func logit(probability p: Double) -> Double {
        let q = min(max(p, 1e-9), 1 - 1e-9)
        return log(q / (1 - q))
    }

    /// The model shipped with vnalign.
    public static let bundled: ScoringModel = {
        guard let url = Bundle.module.url(forResource: "scoring-model", withExtension: "tsv", subdirectory: "Resources") else {
            fatalError("vnalign's scoring model (Resources/scoring-model.tsv) is missing from the VNAlignment bundle")
        }
        do { return try ScoringModel(tsv: String(contentsOf: url, encoding: .utf8), source: "scoring-model.tsv") } catch {
            fatalError("vnalign's scoring model (\(url.path)) is unreadable: \(error)")
        }
    }()

    /// A model read from its table: `bias`, `evidence KIND`, `conflict KIND` rows with a weight;
    /// `#` lines are comments (the first `# origin:` line says where the weights came from).
    public init(tsv text: String, source: String) throws {
        var bias: Double?
        var evidence = [Double?](repeating: nil, count: EvidenceKind.allCases.count)
        var conflicts = [Double?](repeating: nil, count: ConflictKind.allCases.count)
        var rivalry = [Double?](repeating: nil, count: Self.rivalryTerms.count)
        var origin = ""
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("# origin:") { origin = String(line.dropFirst(9)).trimmingCharacters(in: .whitespaces) }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t").map(String.init)
            func fail(_ why: String) -> ScoringModelError { ScoringModelError(message: "\(source):\(n + 1): \(why)") }
            guard let w = f.last.flatMap(Double.init), w.isFinite else { throw fail("expected a finite weight last") }
            switch (f.first, f.count) {
            case ("bias", 2): bias = w
            case ("evidence", 3):
                guard let k = EvidenceKind(rawValue: f[1]) else { throw fail("unknown evidence kind \(f[1])") }
                evidence[EvidenceKind.allCases.firstIndex(of: k)!] = w
            case ("conflict", 3):
                guard let k = ConflictKind(rawValue: f[1]) else { throw fail("unknown conflict kind \(f[1])") }
                conflicts[ConflictKind.allCases.firstIndex(of: k)!] = w
            case ("rivalry", 3):
                guard let i = Self.rivalryTerms.firstIndex(of: f[1]) else { throw fail("unknown rivalry term \(f[1])") }
                rivalry[i] = w
            default: throw fail("expected: bias W, evidence KIND W, conflict KIND W or rivalry TERM W (tab-separated)")
            }
        }
        guard let bias else { throw ScoringModelError(message: "\(source): no bias row") }
        if let i = evidence.firstIndex(where: { $0 == nil }) {
            throw ScoringModelError(message: "\(source): no weight for evidence \(EvidenceKind.allCases[i].rawValue)")
        }
        if let i = conflicts.firstIndex(where: { $0 == nil }) {
            throw ScoringModelError(message: "\(source): no weight for conflict \(ConflictKind.allCases[i].rawValue)")
        }
        if let i = rivalry.firstIndex(where: { $0 == nil }) {
            throw ScoringModelError(message: "\(source): no weight for rivalry \(Self.rivalryTerms[i])")
        }
        self.init(bias: bias, evidence: evidence.map { $0! }, conflicts: conflicts.map { $0! }, rivalry: rivalry.map { $0! }, origin: origin)
    }

    /// The table form of the model (what `init(tsv:source:)` reads).
    public func tsv(header: [String] = []) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("# origin: \(origin)")
        lines.append("bias\t\(Self.format(bias))")
        for (k, w) in zip(EvidenceKind.allCases, evidence) { lines.append("evidence\t\(k.rawValue)\t\(Self.format(w))") }
        for (k, w) in zip(ConflictKind.allCases, conflicts) { lines.append("conflict\t\(k.rawValue)\t\(Self.format(w))") }
        for (k, w) in zip(Self.rivalryTerms, rivalry) { lines.append("rivalry\t\(k)\t\(Self.format(w))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ w: Double) -> String { String(format: "%.4f", w) }
}

/// A scoring model table that cannot be read.
public struct ScoringModelError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
