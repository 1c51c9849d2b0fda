// vnbench-corpus: writes the benchmarks' generated Vietnamese news text to a file, for the
// command-line benchmarks (Benchmarks/peers.sh) that time whole programs on the same bytes.
//
//   vnbench-corpus --bytes 100000000 --out /tmp/news.txt            # with repairs to make
//   vnbench-corpus --bytes 100000000 --clean --out /tmp/clean.txt   # valid NFC, old tone style
//
// `--clean` turns off the defects (repairRate 0) and the new-style articles (rate 0), so that the
// text is already NFC and in the old tone style: `vnalign normalize` leaves it byte for byte as it
// is. The corpus statistics (size, FNV-1a fingerprint, repairs) go to standard error.
// Built by SwiftPM (target vnbench-corpus) or, without package-benchmark's checkout, by swiftc in
// one module with the generator's sources (Benchmarks/peers.sh does that).
#if canImport(BenchmarkCorpus)
import BenchmarkCorpus
#endif
import Foundation

func usage() -> Never {
    FileHandle.standardError.write(Data("""
        usage: vnbench-corpus --out FILE [--bytes N] [--seed N] [--clean]
          --out FILE   where to write the text (UTF-8)
          --bytes N    at least N bytes (default \(BenchmarkCorpus.defaultByteCount))
          --seed N     generator seed (default \(BenchmarkCorpus.defaultSeed))
          --clean      no defects and no new-style articles: valid NFC text in the old tone style

        """.utf8))
    exit(2)
}

var byteCount = BenchmarkCorpus.defaultByteCount
var seed = BenchmarkCorpus.defaultSeed
var clean = false
var out: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--bytes": guard let v = arguments.popFirst().flatMap({ Int($0) }), v > 0 else { usage() }; byteCount = v
    case "--seed": guard let v = arguments.popFirst().flatMap({ UInt64($0) }) else { usage() }; seed = v
    case "--clean": clean = true
    case "--out": guard let v = arguments.popFirst() else { usage() }; out = v
    default: usage()
    }
}
guard let out else { usage() }

var options = NewsTextGenerator.Options()
if clean {
    options.repairRate = 0
    options.newStyleArticleRate = 0
}
let corpus = BenchmarkCorpus.generate(byteCount: byteCount, seed: seed, options: options)
FileHandle.standardError.write(Data("vnbench-corpus: \(out): \(corpus.statistics)\n".utf8))
do {
    try Data(corpus.text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("vnbench-corpus: cannot write \(out): \(error)\n".utf8))
    exit(1)
}
