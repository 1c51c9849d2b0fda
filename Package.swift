// swift-tools-version: 6.0
//
// vnalign: pairs English and Vietnamese news reports of the same event.
//
// The modules form a pipeline, and dependencies point one way only:
//
//   CICUShim -> VNText -> VNCorpus -> VNFeatures -> VNAlignment -> VNPipeline -> VNReporting -> vnalign
//                                                \-> VNNames (name consistency: features and pairs) -> VNReporting
//                                                \-> VNSynthesis (synthetic corpora) ---------------> vnalign
//                                                                               VNPipeline -> VNArchive (SQLite) -> vnalign
//
// CICUShim is the only target that sees the system's ICU (Debian's libicu-dev); VNArchive the only
// one that sees SQLite (through GRDB, on the system's libsqlite3).
import PackageDescription

let package = Package(
    name: "vnalign",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vnalign", targets: ["vnalign"]),
        .library(name: "VNText", targets: ["VNText"]),
        .library(name: "VNCorpus", targets: ["VNCorpus"]),
        .library(name: "VNFeatures", targets: ["VNFeatures"]),
        .library(name: "VNAlignment", targets: ["VNAlignment"]),
        .library(name: "VNPipeline", targets: ["VNPipeline"]),
        .library(name: "VNNames", targets: ["VNNames"]),
        .library(name: "VNSynthesis", targets: ["VNSynthesis"]),
        .library(name: "VNReporting", targets: ["VNReporting"]),
        .library(name: "VNArchive", targets: ["VNArchive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // `swift package generate-documentation` (Scripts/test.sh builds every module's DocC).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "VNText",
            dependencies: ["CICUShim"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "VNCorpus",
            dependencies: ["VNText"]
        ),
        .target(
            name: "VNFeatures",
            dependencies: ["VNText", "VNCorpus"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "VNAlignment",
            dependencies: ["VNFeatures", "VNCorpus"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "VNPipeline",
            dependencies: ["VNText", "VNCorpus", "VNFeatures", "VNAlignment"]
        ),
        .target(
            name: "VNNames",
            dependencies: ["VNText", "VNCorpus", "VNFeatures"]
        ),
        .target(
            name: "VNSynthesis",
            dependencies: ["VNText", "VNCorpus", "VNFeatures"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "VNReporting",
            dependencies: ["VNText", "VNCorpus", "VNFeatures", "VNAlignment", "VNNames"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "VNArchive",
            dependencies: ["VNCorpus", "VNFeatures", "VNAlignment", "VNPipeline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "vnalign",
            dependencies: [
                "VNText", "VNCorpus", "VNFeatures", "VNAlignment", "VNPipeline", "VNNames", "VNSynthesis", "VNReporting", "VNArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the tests share: the seeded random generator, the checkout's fixtures, the CLI runner.
        .target(name: "VNTestSupport", path: "Tests/VNTestSupport"),
        .testTarget(
            name: "VNTextTests",
            dependencies: ["VNTestSupport", 
                "VNText",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "VNFeaturesTests",
            dependencies: ["VNTestSupport", "VNFeatures", "VNCorpus", "VNText"]
        ),
        .testTarget(
            name: "VNReportingTests",
            dependencies: ["VNTestSupport", "VNReporting", "VNFeatures", "VNAlignment", "VNCorpus"]
        ),
        .testTarget(
            name: "vnalignTests",
            dependencies: ["VNTestSupport", "vnalign", "VNArchive"]
        ),
        .testTarget(
            name: "VNAlignmentTests",
            dependencies: ["VNTestSupport", "VNAlignment", "VNFeatures", "VNCorpus"]
        ),
        .testTarget(name: "VNCorpusTests", dependencies: ["VNTestSupport", "VNCorpus", "VNText", "VNFeatures"]),
        .testTarget(name: "VNNamesTests", dependencies: ["VNTestSupport", "VNNames", "VNReporting", "VNAlignment", "VNFeatures", "VNCorpus", "VNText"]),
        .testTarget(name: "VNSynthesisTests", dependencies: ["VNTestSupport", "VNSynthesis", "VNReporting", "VNAlignment", "VNFeatures", "VNCorpus"]),
        .testTarget(name: "VNArchiveTests", dependencies: ["VNTestSupport", "VNArchive", "VNPipeline", "VNAlignment", "VNCorpus", "VNSynthesis",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "VNPipelineTests", dependencies: ["VNTestSupport", "VNPipeline", "VNAlignment", "VNCorpus", "VNText"]),
    ]
)
