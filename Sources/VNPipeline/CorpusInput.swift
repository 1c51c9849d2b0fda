import VNCorpus

/// One path of a load, with the language forced on its articles (`--en`, `--vi`), if any.
///
/// ```swift
/// let inputs = [CorpusInput("wire/", language: .english), CorpusInput("vnexpress/", language: .vietnamese)]
/// ```
public struct CorpusInput: Sendable {
    /// The path as the file system knows it (`-` is standard input).
    public var path: RawPath
    public var language: Language?

    public init(path: RawPath, language: Language? = nil) {
        self.path = path
        self.language = language
    }

    /// A path given as UTF-8.
    public init(_ path: String, language: Language? = nil) {
        self.init(path: RawPath(path), language: language)
    }
}
