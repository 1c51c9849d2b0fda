/// The shared texts of vnalign's benchmarks.
///
/// Every benchmark measures the same deterministic text, generated in memory (nothing large is
/// stored in the repository): `BenchmarkCorpus.news` is at least 20 MiB of Vietnamese news-like
/// prose from `NewsTextGenerator` with the default seed, generated once per process.
///
/// Throughput is reported in MB/s with 1 MB = 10^6 bytes of UTF-8 input.
public enum BenchmarkCorpus {
    /// The default size: 20 MiB (20,971,520 bytes, 21.0 MB).
    public static let defaultByteCount = 20 * 1024 * 1024
    /// The default seed; change it only together with the figures in Benchmarks/README.md.
    public static let defaultSeed: UInt64 = 0x766E_616C_6967_6E01

    /// The standard corpus (default size and seed), generated on first use.
    public static let news: NewsTextGenerator.Corpus = generate()

    /// A corpus of at least `byteCount` bytes.
    public static func generate(
        byteCount: Int = defaultByteCount,
        seed: UInt64 = defaultSeed,
        options: NewsTextGenerator.Options = .init()
    ) -> NewsTextGenerator.Corpus {
        var generator = NewsTextGenerator(seed: seed, options: options)
        return generator.generate(byteCount: byteCount)
    }

    /// Megabytes (10^6 bytes) per second for `bytes` processed in `nanoseconds`.
    public static func megabytesPerSecond(bytes: Int, nanoseconds: UInt64) -> Double {
        nanoseconds == 0 ? 0 : Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9)
    }
}
