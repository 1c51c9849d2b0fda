import Foundation
import Testing
import VNTestSupport

/// The model shipped with vnalign is what `vnalign fit` makes of the development part: anyone can
/// reproduce it, and a change of the evidence that is not refitted is caught here.
@Suite("The bundled scoring model")
struct ScoringModelReproducibilityTests {
    @Test("vnalign fit --split dev writes the bundled model byte for byte")
    func reproducible() throws {
        let r = try Tool.run(["fit", "--split", "dev", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let bundled = try String(contentsOf: Tool.root.appendingPathComponent("Sources/VNAlignment/Resources/scoring-model.tsv"), encoding: .utf8)
        #expect(r.stdout == bundled, "refit with: vnalign fit --split dev --output Sources/VNAlignment/Resources/scoring-model.tsv")
    }

    @Test("Fitting on the test part is refused")
    func neverOnTest() throws {
        let r = try Tool.run(["fit", "--split", "test"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("test part"))
    }
}
