import Foundation
import Testing
import VNTestSupport
@testable import vnalign

/// Replays the option-parser fuzz target's seeds and crashers (`FUZZ_TARGET=arguments bash
/// Tests/Fuzz/run.sh`): every input is split at NUL bytes into arguments and parsed, validated and
/// its message rendered, as the harness does. Passing means no crash.
@Suite("Fuzz crashers: the option parser")
struct ArgumentFuzzReplayTests {
    static let seeds = Tool.root.appendingPathComponent("Fixtures/fuzz-seeds/arguments").path
    static let crashers = Tool.root.appendingPathComponent("Fixtures/fuzz-seeds/crashers").path

    static func files(in folder: String, prefix: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted().map { folder + "/" + $0 }
    }

    @Test("the seeds parse without crashing, and a valid one parses to its command")
    func seeds() throws {
        let files = Self.files(in: Self.seeds)
        #expect(files.count >= 10)
        for file in files { ArgumentFuzzing.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))) }
        let command = try VNAlign.parseAsRoot(["align", "a.txt", "--format", "tsv"])
        #expect(command is AlignCommand)
    }

    /// In a child process, so that a crash fails this test instead of the whole run.
    @Test("every option-parser crasher parses without crashing")
    func crashers() async {
        await #expect(processExitsWith: .success, "an option-parser crasher still crashes") {
            for file in ArgumentFuzzReplayTests.files(in: ArgumentFuzzReplayTests.crashers, prefix: "arguments-") {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                ArgumentFuzzing.parse([UInt8](data))
            }
        }
    }
}
