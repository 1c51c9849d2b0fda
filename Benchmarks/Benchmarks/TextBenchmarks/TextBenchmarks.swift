// Throughput of VNText's text passes on 20 MiB of generated Vietnamese news text, with Foundation's
// closest operations measured in the same run as the baseline.
//
//   cd Benchmarks && swift package --disable-sandbox benchmark --target TextBenchmarks
//
// One iteration processes the whole corpus once (BenchmarkCorpus.news, 20,971,520 bytes), so the
// scaling factor is `.one` and `throughput` counts whole-corpus passes per second. The custom
// metric `MB/s` is the input size (10^6 bytes) divided by the time of the call, measured around it
// in each iteration.
import Benchmark
import BenchmarkCorpus
import Foundation
import VNText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input megabytes (10^6 bytes) per second of one iteration.
let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// A benchmark that runs `operation` on the whole corpus once per iteration.
func textBenchmark(_ name: String, _ operation: @escaping (String) -> String) {
    Benchmark(name) { benchmark, corpus in
        for _ in benchmark.scaledIterations {
            let start = monotonicNanoseconds()
            let result = operation(corpus.text)
            let elapsed = monotonicNanoseconds() - start
            blackHole(result)
            let rate = BenchmarkCorpus.megabytesPerSecond(bytes: corpus.byteCount, nanoseconds: elapsed)
            benchmark.measurement(megabytesPerSecond, Int(rate.rounded()))
        }
    } setup: {
        // Generated once per process (about a second), outside the measurement.
        BenchmarkCorpus.news
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, megabytesPerSecond],
        timeUnits: .milliseconds,
        units: [megabytesPerSecond: .count, .throughput: .count, .peakMemoryResident: .mega],
        // The first call also builds VNText's 64K-entry tables from ICU: keep it out of the figures.
        warmupIterations: 1,
        // One iteration is a whole 20 MiB pass (0.05 to a few seconds): no inner loop needed.
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 10
    )

    let normalizer = Normalizer(style: .old)
    textBenchmark("normalize") { normalizer.normalize($0) }
    textBenchmark("key") { MatchingKey.of($0) }
    textBenchmark("Foundation NFC") { $0.precomposedStringWithCanonicalMapping }
    textBenchmark("Foundation fold") { $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
}
