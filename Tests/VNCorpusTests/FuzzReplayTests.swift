import Foundation
import Testing
import VNCorpus
import VNFeatures
import VNText

/// Replays every input the fuzzer ever crashed on (`Fixtures/fuzz-seeds/crashers/`) and every seed
/// through the fuzz harness's pipeline (`Tests/Fuzz/FuzzTarget.swift`): decoding, normalising in
/// both styles, the matching key, feature extraction in both languages. Passing means no crash.
@Suite("Fuzz crashers")
struct FuzzReplayTests {
    static func inputs(in folder: String) -> [String] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().map { folder + "/" + $0 }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    static let seeds = (CorpusFixtures.checkout.path + "/Fixtures/fuzz-seeds")

    @Test("the seeds go through the pipeline without crashing")
    func seeds() throws {
        let files = Self.inputs(in: Self.seeds).filter { !$0.hasPrefix(CorpusFixtures.crashers + "/") }
        #expect(files.count >= 30)
        for file in files {
            FuzzReplay.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
    }

    /// Every crasher, in a child process: a crash fails this test instead of killing the test run.
    /// See which file and where with `bash Tests/Fuzz/run.sh Fixtures/fuzz-seeds/crashers/*`.
    @Test("every crasher goes through the pipeline without crashing")
    func crashers() async {
        await #expect(processExitsWith: .success,
                      "a crasher still crashes; see where with: bash Tests/Fuzz/run.sh Fixtures/fuzz-seeds/crashers/*") {
            for file in FuzzReplayTests.inputs(in: CorpusFixtures.crashers) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzReplay.run([UInt8](data))
            }
        }
    }

    @Test("crashers are read by the corpus reader without crashing")
    func corpusReader() throws {
        let folder = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, file) in Self.inputs(in: CorpusFixtures.crashers).enumerated() {
            try FileManager.default.copyItem(atPath: file, toPath: folder.appendingPathComponent("crasher-\(index).txt").path)
        }
        _ = CorpusReader().read(paths: [folder.path])
    }
}

/// The fuzz harness's pipeline (kept in step with `FuzzPipeline` in `Tests/Fuzz/FuzzTarget.swift`).
enum FuzzReplay {
    static let publication = CalendarDate(iso: "2025-03-21")

    static func run(_ input: [UInt8]) {
        var bytes = input[...]
        var encoding = SourceEncoding.auto
        if let first = bytes.first, first < 8 {
            encoding = SourceEncoding.allCases[Int(first)]
            bytes = bytes.dropFirst()
        }
        let data = Array(bytes)
        _ = TextDecoding.repair(String(decoding: data, as: UTF8.self), from: encoding)
        guard let decoded = try? TextDecoding.decode(data, from: encoding) else { return }
        for style in ToneStyle.allCases {
            let (normalized, report) = Normalizer(style: style).normalizeReporting(decoded.text)
            _ = report.summaryLines
            _ = MatchingKey.of(normalized)
            for language in Language.allCases {
                _ = FeatureExtractor.extract(Article(id: "fuzz", language: language, text: normalized,
                                                     date: style == .old ? publication : nil, repairs: decoded.repairs))
            }
        }
    }
}
