// Speed and scale of vnalign on the synthetic bilingual corpus (`vnalign synth`): normalising and
// extracting kB/s on one thread, and the whole alignment of N x N reports (N = 1,000, 10,000,
// 100,000 pairs: read line by line, extracted on every core, aligned) with its wall time, peak
// memory and F1 against the corpus's gold pairs.
//
//   cd Benchmarks && swift package --disable-sandbox benchmark --target AlignmentBenchmarks
//   swift package --disable-sandbox benchmark --target AlignmentBenchmarks --filter 'align 1,000'
//
// The corpora are written once to `$VNALIGN_SYNTH_DIR` (default: the system's temporary folder)
// as `synth-<N>-seed-1/{en,vi}.jsonl, gold.tsv` (about 3.4 KB a pair) and reused.
import Benchmark
import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
import VNPipeline
import VNReporting
import VNSynthesis
import VNText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input kilobytes (10^3 bytes) per second of one iteration (MB/s = kB/s / 1000).
let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
/// F1 of the same-event pairs against the synthetic gold, in thousandths (980 = 0.980).
let f1Thousandths = BenchmarkMetric.custom("F1 (‰)", polarity: .prefersLarger, useScalingFactor: false)
/// Articles read, extracted and aligned per second of one iteration.
let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// The synthetic corpus of `pairs` pairs (seed 1), written once and reused.
func syntheticCorpus(pairs: Int) -> (folder: String, gold: GoldStandard) {
    let base = ProcessInfo.processInfo.environment["VNALIGN_SYNTH_DIR"] ?? NSTemporaryDirectory()
    let folder = (base as NSString).appendingPathComponent("synth-\(pairs)-seed-1")
    let goldPath = (folder as NSString).appendingPathComponent("gold.tsv")
    if !FileManager.default.fileExists(atPath: goldPath) {
        _ = try! CorpusSynthesizer(options: .init(pairs: pairs, seed: 1)).write(to: folder)
    }
    return (folder, try! GoldStandard(contentsOf: goldPath))
}

/// What `vnalign bench DIR --gold DIR/gold.tsv --no-baseline` does, through the same pipeline
/// (`CorpusPipeline`: read line by line with extraction on every core, only the aligner's evidence
/// kept, texts dropped once extracted), then align and compare with the gold pairs. Returns the F1.
func alignSynthetic(_ folder: String, gold: GoldStandard) -> (f1: Double, articles: Int) {
    var options = CorpusPipeline.Options()
    options.keep = .evidence
    let loaded = try! CorpusPipeline(options: options).load([CorpusInput(folder)])
    let result = CorpusPipeline.align(loaded, options: VNAlignment.AlignmentOptions())
    let evaluation = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) },
                                         related: result.related.map { ($0.score.en, $0.score.vi) }, gold: gold)
    return (evaluation.f1, loaded.articles.count)
}

/// The texts of the 1,000-pair corpus, as read (normalised) and as written.
struct Texts {
    let raw: [String]
    let articles: [Article]
    let bytes: Int

    static func load() -> Texts {
        let (folder, _) = syntheticCorpus(pairs: 1_000)
        let read = CorpusReader().read(paths: [folder])
        var raw: [String] = []
        for file in ["en.jsonl", "vi.jsonl"] {
            let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(file))!
            for line in data.split(separator: 0x0A) {
                let object = try! JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
                raw.append(object["text"] as! String)
            }
        }
        return Texts(raw: raw, articles: read.articles, bytes: raw.reduce(0) { $0 + $1.utf8.count })
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, kilobytesPerSecond],
        timeUnits: .milliseconds,
        units: [kilobytesPerSecond: .count, .peakMemoryResident: .mega],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 10
    )

    // One thread, the 1,000-pair corpus (2,200 reports, about 2.9 MB of article text); extraction
    // as `extract` does it (with snippets).
    Benchmark("normalise (synthetic reports)") { benchmark, texts in
        let normalizer = Normalizer(style: .old)
        for _ in benchmark.scaledIterations {
            let start = monotonicNanoseconds()
            for text in texts.raw { blackHole(normalizer.normalize(text)) }
            let elapsed = Double(monotonicNanoseconds() - start)
            benchmark.measurement(kilobytesPerSecond, Int((Double(texts.bytes) / 1e3 / (elapsed / 1e9)).rounded()))
        }
    } setup: {
        Texts.load()
    }

    Benchmark("extract (synthetic reports)") { benchmark, texts in
        for _ in benchmark.scaledIterations {
            let start = monotonicNanoseconds()
            for article in texts.articles { blackHole(FeatureExtractor.extract(article)) }
            let elapsed = Double(monotonicNanoseconds() - start)
            benchmark.measurement(kilobytesPerSecond, Int((Double(texts.bytes) / 1e3 / (elapsed / 1e9)).rounded()))
        }
    } setup: {
        Texts.load()
    }

    // The whole run on every core: N English and N Vietnamese reports plus N/10 hard negatives and
    // N/10 unpaired ones. Wall clock and peak memory are the figures of the targets.
    for (pairs, name, iterations) in [(1_000, "align 1,000 x 1,000", 5), (10_000, "align 10,000 x 10,000", 3), (100_000, "align 100,000 x 100,000", 1)] {
        Benchmark(name, configuration: .init(
            metrics: [.wallClock, .peakMemoryResident, f1Thousandths, articlesPerSecond],
            timeUnits: .milliseconds,
            units: [f1Thousandths: .count, articlesPerSecond: .count, .peakMemoryResident: .mega],
            warmupIterations: 0,
            scalingFactor: .one,
            maxDuration: .seconds(900),
            maxIterations: iterations
        )) { benchmark, corpus in
            for _ in benchmark.scaledIterations {
                let start = monotonicNanoseconds()
                let (f1, articles) = alignSynthetic(corpus.folder, gold: corpus.gold)
                let elapsed = Double(monotonicNanoseconds() - start) / 1e9
                benchmark.measurement(f1Thousandths, Int((f1 * 1000).rounded()))
                benchmark.measurement(articlesPerSecond, Int((Double(articles) / elapsed).rounded()))
            }
        } setup: {
            syntheticCorpus(pairs: pairs)
        }
    }
}
