// vnbench-text: the quick single-thread throughput figures of VNText for the README.
//
// Runs each operation on the same generated corpus (BenchmarkCorpus.news, 20 MiB) for N rounds on
// the main thread, after one untimed warm-up round (which also builds VNText's tables), and prints
// a Markdown table of the median MB/s (1 MB = 10^6 bytes of input) on standard output. Details
// (corpus, min/median/max per operation) go to standard error.
//
//   swift run -c release vnbench-text                 # 5 rounds
//   swift run -c release vnbench-text --rounds 9 --only normalize,key
//   swift run -c release vnbench-text --check         # also check the key invariant and the repairs
import BenchmarkCorpus
import Foundation
import VNText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Operation {
    let name: String
    let label: String
    let run: (String) -> Int
}

let operations: [Operation] = [
    Operation(name: "normalize", label: "normalize (VNText `Normalizer(style: .old)`)") {
        Normalizer(style: .old).normalize($0).utf8.count
    },
    Operation(name: "key", label: "key (VNText `MatchingKey.of`)") {
        MatchingKey.of($0).utf8.count
    },
    Operation(name: "foundation-nfc", label: "Foundation `precomposedStringWithCanonicalMapping`") {
        $0.precomposedStringWithCanonicalMapping.utf8.count
    },
    Operation(name: "foundation-fold", label: "Foundation `folding([.diacriticInsensitive, .caseInsensitive])`") {
        $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).utf8.count
    },
]

@MainActor func usage() -> Never {
    let names = operations.map(\.name).joined(separator: ",")
    FileHandle.standardError.write(Data("""
        usage: vnbench-text [--rounds N] [--bytes N] [--seed N] [--only NAME,...] [--check]
          --rounds N   timed rounds per operation (default 5); the table shows their median
          --bytes N    corpus size in bytes (default \(BenchmarkCorpus.defaultByteCount))
          --seed N     corpus seed (default \(BenchmarkCorpus.defaultSeed))
          --only       operations to run, of: \(names)
          --check      check MatchingKey.of(normalize(x)) == MatchingKey.of(x) and print the repair report

        """.utf8))
    exit(2)
}

var rounds = 5
var byteCount = BenchmarkCorpus.defaultByteCount
var seed = BenchmarkCorpus.defaultSeed
var only: Set<String>? = nil
var check = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--rounds": guard let v = arguments.popFirst().flatMap({ Int($0) }), v > 0 else { usage() }; rounds = v
    case "--bytes": guard let v = arguments.popFirst().flatMap({ Int($0) }), v > 0 else { usage() }; byteCount = v
    case "--seed": guard let v = arguments.popFirst().flatMap({ UInt64($0) }) else { usage() }; seed = v
    case "--only":
        guard let v = arguments.popFirst() else { usage() }
        only = Set(v.split(separator: ",").map(String.init))
        if let unknown = only!.first(where: { name in !operations.contains { $0.name == name } }) {
            FileHandle.standardError.write(Data("unknown operation \(unknown)\n".utf8))
            usage()
        }
    case "--check": check = true
    default: usage()
    }
}

func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Monotonic nanoseconds.
func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

let generationStart = now()
let corpus = byteCount == BenchmarkCorpus.defaultByteCount && seed == BenchmarkCorpus.defaultSeed
    ? BenchmarkCorpus.news
    : BenchmarkCorpus.generate(byteCount: byteCount, seed: seed)
let text = corpus.text
log("corpus: \(corpus.statistics)")
log(String(format: "generated in %.2f s", Double(now() - generationStart) / 1e9))

if check {
    let (normalized, report) = Normalizer(style: .old).normalizeReporting(text)
    log("normalize changed \(normalized == text ? "nothing" : "the text"); report: \(report.summaryLines.joined(separator: "; "))")
    let keyOfOriginal = MatchingKey.of(text)
    let keyOfNormalized = MatchingKey.of(normalized)
    log("MatchingKey.of(normalize(x)) == MatchingKey.of(x): \(keyOfOriginal == keyOfNormalized)")
    if keyOfOriginal != keyOfNormalized { exit(1) }
}

var sink = 0
var rows: [(String, Double)] = []
for operation in operations where only?.contains(operation.name) ?? true {
    let warmStart = now()
    sink &+= operation.run(text)
    let warm = now() - warmStart
    var rates: [Double] = []
    for _ in 0..<rounds {
        let start = now()
        sink &+= operation.run(text)
        rates.append(BenchmarkCorpus.megabytesPerSecond(bytes: corpus.byteCount, nanoseconds: now() - start))
    }
    rates.sort()
    let median = rates.count % 2 == 1 ? rates[rates.count / 2] : (rates[rates.count / 2 - 1] + rates[rates.count / 2]) / 2
    log(operation.name + String(format: ": warm-up %.1f MB/s (%.3f s, includes table set-up); min %.1f, median %.1f, max %.1f MB/s",
               BenchmarkCorpus.megabytesPerSecond(bytes: corpus.byteCount, nanoseconds: warm),
               Double(warm) / 1e9, rates.first!, median, rates.last!))
    rows.append((operation.label, median))
}

print("| operation | MB/s (median of \(rounds)) |")
print("| --- | ---: |")
for (label, median) in rows {
    print("| \(label) | \(String(format: "%.1f", median)) |")
}
if sink == 42 { log("") } // keeps the results alive
