/// A spelling of a person an editor should check, with the evidence.
///
/// ```swift
/// for flag in report.flags {
///     print(flag.kind.rawValue, flag.variant, flag.reference ?? "", flag.evidence)
/// }
/// // marks  Tô Lam  Tô Lâm  "Tô Lam" differs from "Tô Lâm" only by its marks (en-5a0e1001)
/// ```
public struct NameFlag: Sendable, Codable, Equatable {
    /// What is wrong with the spelling.
    public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
        /// Marks differ from the dominant form (`Tô Lam` beside `Tô Lâm`), or one article writes
        /// the person with and without diacritics, or drops them in a text that keeps them elsewhere.
        case marks
        /// A variant one or two edits from another on the key (`Mangnormek` / `Mangnomek`).
        case misspelling
        /// Inside an aligned pair, the English form is not the Vietnamese one (`Liu Haitao` where
        /// the Vietnamese says `Lưu Hải Tinh`, read Liu Haixing).
        case crossLanguage = "cross-language"
        /// Letters of another script posing as Latin (ICU `uspoof`), or a lookalike of `Đ`.
        case confusable

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public let kind: Kind
    /// The id of the person's cluster.
    public let cluster: String
    /// The person's canonical form.
    public let canonical: String
    /// The spelling flagged, as the source writes it.
    public let variant: String
    /// The spelling it is measured against, when there is one.
    public let reference: String?
    /// Where the flagged spelling stands, sorted.
    public let articles: [String]
    /// Why, in words.
    public let evidence: String

    public init(kind: Kind, cluster: String, canonical: String, variant: String, reference: String?, articles: [String], evidence: String) {
        self.kind = kind
        self.cluster = cluster
        self.canonical = canonical
        self.variant = variant
        self.reference = reference
        self.articles = articles
        self.evidence = evidence
    }
}
