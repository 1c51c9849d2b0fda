/// What a load keeps of each article once it is read and extracted.
///
/// ```swift
/// var options = CorpusPipeline.Options()
/// options.keep = [.features, .evidence]   // `bench` with extraction annotations
/// ```
public struct CorpusNeeds: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The features with their mentions and snippets (`extract`, `names`, the extraction benchmark).
    public static let features = CorpusNeeds(rawValue: 1)
    /// The compact evidence the aligner scores (`align`, `report`, `bench`, `fit`).
    public static let evidence = CorpusNeeds(rawValue: 2)
    /// The `ContentHash` of each article, taken before its text is dropped (`vnalign archive`).
    public static let contentHash = CorpusNeeds(rawValue: 4)
}
