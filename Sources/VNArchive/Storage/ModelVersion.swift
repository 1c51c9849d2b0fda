import VNAlignment
import VNPipeline

/// The version of a scoring model that decisions record: `sha256:` and the first 16 hexadecimal
/// digits of the hash of its table (`ScoringModel.tsv()`, the content of
/// `Resources/scoring-model.tsv`), with the origin line that says how it was fitted.
///
/// ```swift
/// ModelVersion(.bundled).id       // "sha256:5c1e…"
/// ModelVersion(.bundled).origin   // "vnalign fit --split dev --l2 0.3"
/// ```
public struct ModelVersion: Sendable, Equatable {
    public let id: String
    public let origin: String

    public init(_ model: ScoringModel) {
        id = "sha256:" + SHA256.hex(Array(model.tsv().utf8)).prefix(16)
        origin = model.origin
    }
}
