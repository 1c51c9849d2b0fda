import Foundation

/// Finds the corpus bundled in `Fixtures/`: in the current folder or above the executable
/// (`.build/release/vnalign` sits three levels below the package).
enum FixturePaths {
    static func root() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath]
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(url.path)
            url = url.deletingLastPathComponent()
        }
        for c in candidates {
            let fixtures = (c as NSString).appendingPathComponent("Fixtures")
            if FileManager.default.fileExists(atPath: (fixtures as NSString).appendingPathComponent("gold.tsv")) { return fixtures }
        }
        return nil
    }

    static func corpus(split: String? = nil) throws -> String {
        guard let root = root() else {
            throw InputError(description: "no paths given and no Fixtures/ folder found (run from the vnalign checkout, or give paths)")
        }
        return (root as NSString).appendingPathComponent(split.map { "corpus/\($0)" } ?? "corpus")
    }

    static func gold() throws -> String {
        guard let root = root() else { throw InputError(description: "no --gold given and no Fixtures/gold.tsv found") }
        return (root as NSString).appendingPathComponent("gold.tsv")
    }
}
