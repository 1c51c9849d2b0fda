// swift-tools-version: 6.1
//
// Performance benchmarks of vnalign, kept as a separate package so that the main package does not
// depend on package-benchmark (and its malloc interposer).
//
//   swift package --disable-sandbox benchmark --target TextBenchmarks
//   swift package --disable-sandbox benchmark --target AlignmentBenchmarks
//   swift run -c release vnbench-text
import PackageDescription

let package = Package(
    name: "vnalign-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "vnalign", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic synthetic Vietnamese news text, shared by every benchmark.
        .target(name: "BenchmarkCorpus"),
        // Quick single-thread MB/s table for the README.
        .executableTarget(
            name: "vnbench-text",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "VNText", package: "vnalign"),
            ]
        ),
        // Writes the generated text to a file, for the command-line peers benchmark (peers.sh).
        .executableTarget(
            name: "vnbench-corpus",
            dependencies: ["BenchmarkCorpus"]
        ),
        .executableTarget(
            name: "TextBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "VNText", package: "vnalign"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/TextBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
        // Speed and scale on the synthetic corpus: normalise and extract MB/s, align N x N (issue 7).
        .executableTarget(
            name: "AlignmentBenchmarks",
            dependencies: [
                .product(name: "VNText", package: "vnalign"),
                .product(name: "VNCorpus", package: "vnalign"),
                .product(name: "VNFeatures", package: "vnalign"),
                .product(name: "VNAlignment", package: "vnalign"),
                .product(name: "VNPipeline", package: "vnalign"),
                .product(name: "VNReporting", package: "vnalign"),
                .product(name: "VNSynthesis", package: "vnalign"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/AlignmentBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
    ]
)
