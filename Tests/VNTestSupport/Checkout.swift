import Foundation

/// The checkout the tests run in, found from this file's place in it, and its fixtures.
///
/// ```swift
/// let corpus = Checkout.fixture("corpus/dev")      // .../Fixtures/corpus/dev
/// let gold = Checkout.root.appendingPathComponent("Fixtures/gold.tsv")
/// ```
public enum Checkout {
    /// The package's folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of `Fixtures/<path>`.
    public static func fixture(_ path: String) -> String {
        root.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }
}
