// libFuzzer harness over vnalign's decoder, normaliser and feature extractor.
//
// Built and run by `Tests/Fuzz/run.sh` (see README.md there). Each input is a file's bytes; a first
// byte 0x00-0x07 picks the `--from` encoding (auto, utf8, cp1258, vni, tcvn3, viqr, viscii, cp1252)
// and is dropped, any other first byte means auto. The text decoded goes through the normaliser in
// both tone styles, the matching key, and the feature extractor as an English and as a Vietnamese
// article. The pipeline must never crash; decoding errors are fine. With
// VNALIGN_FUZZ_SKIP_EXTRACTOR=1 in the environment the extractor is left out (to fuzz the decoder
// and the normaliser alone while an extractor crash waits for its fix).
import Foundation
import VNCorpus
import VNFeatures
import VNText

/// The pipeline one input goes through (the same as `FuzzReplayTests` replays crashers with).
enum FuzzPipeline {
    static let publication = CalendarDate(iso: "2025-03-21")
    static let extract = ProcessInfo.processInfo.environment["VNALIGN_FUZZ_SKIP_EXTRACTOR"] != "1"

    static func run(_ input: [UInt8]) {
        var bytes = input[...]
        var encoding = SourceEncoding.auto
        if let first = bytes.first, first < 8 {
            encoding = SourceEncoding.allCases[Int(first)]
            bytes = bytes.dropFirst()
        }
        let data = Array(bytes)
        // Repairs of arbitrary (lossily decoded) text: mojibake, VIQR, legacy shown as Windows-1252.
        let lossy = String(decoding: data, as: UTF8.self)
        _ = TextDecoding.repair(lossy, from: encoding)
        guard let decoded = try? TextDecoding.decode(data, from: encoding) else { return }
        for style in ToneStyle.allCases {
            let (normalized, report) = Normalizer(style: style).normalizeReporting(decoded.text)
            _ = report.summaryLines
            _ = MatchingKey.of(normalized)
            for language in Language.allCases where extract {
                let article = Article(id: "fuzz", language: language, text: normalized, date: style == .old ? publication : nil,
                                      repairs: decoded.repairs)
                _ = FeatureExtractor.extract(article)
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
