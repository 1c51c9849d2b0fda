import Foundation
import Testing
import VNCorpus
import VNFeatures
@testable import VNReporting

/// Extraction measured against the annotated fixture articles (`Fixtures/extraction.jsonl`). The
/// figures are printed; the floors are the figures measured when they were set, less about 0.02,
/// so a regression fails while the issue's targets (0.95 people and bodies, 0.90 dates) are
/// reported, not assumed.
@Suite("Extraction quality on the annotated fixtures")
struct ExtractionQualityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let evaluation: ExtractionEvaluation = {
        let corpus = CorpusReader().read(paths: [root.appendingPathComponent("corpus").path])
        let annotations = try! ExtractionAnnotations(contentsOf: root.appendingPathComponent("extraction.jsonl").path)
        return ExtractionEvaluation(features: corpus.articles.map(FeatureExtractor.extract), annotations: annotations)
    }()

    static func report(_ name: String, _ s: ExtractionEvaluation.Score) {
        print("extraction \(name): precision \(String(format: "%.3f", s.precision)) recall \(String(format: "%.3f", s.recall)) (TP \(s.truePositives), FP \(s.falsePositives), FN \(s.falseNegatives))")
    }

    @Test("Every annotated article is in the corpus")
    func coverage() throws {
        let annotations = try ExtractionAnnotations(contentsOf: Self.root.appendingPathComponent("extraction.jsonl").path)
        #expect(Self.evaluation.articles == annotations.articles.count)
        #expect(Self.evaluation.articles >= 30)
    }

    @Test("People: precision and recall")
    func people() {
        let s = Self.evaluation.people
        Self.report("people", s)
        #expect(s.precision >= 0.95)
        #expect(s.recall >= 0.95)
    }

    @Test("Numbered bodies: precision and recall")
    func bodies() {
        let s = Self.evaluation.bodies
        Self.report("numbered bodies", s)
        #expect(s.precision >= 0.94)
        #expect(s.recall >= 0.90)
    }

    @Test("Dates: precision and recall")
    func dates() {
        let s = Self.evaluation.dates
        Self.report("dates", s)
        #expect(s.precision >= 0.95)
        #expect(s.recall >= 0.94)
    }
}
