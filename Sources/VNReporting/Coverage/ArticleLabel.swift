import Foundation
import VNCorpus

/// What a report shows of an article next to its id: its headline (the title, or the first words
/// of its text when it has none), publication date, url, and the outlet and section the url names.
///
/// ```swift
/// let label = ArticleLabel(article)   // an article read from a corpus
/// label.headline   // "Vietnam gives U.S. top diplomatic status as Biden visits Hanoi"
/// label.outlet     // "reuters.example" (from https://www.reuters.example/world/...)
/// label.section    // "world"
/// ```
public struct ArticleLabel: Sendable, Codable, Equatable {
    public let id: String
    /// `en` or `vi`.
    public let lang: String
    /// The title the corpus gave, if any.
    public let title: String?
    /// The title, or the first words of the text.
    public let headline: String
    /// The publication date (ISO), when known.
    public let date: String?
    public let url: String?
    /// The url's host, lower-cased, without a leading `www.`.
    public let outlet: String?
    /// The first folder of the url's path (`politics-laws` in `/politics-laws/a-story.html`),
    /// when it has one that is not a number.
    public let section: String?

    public init(id: String, lang: String, title: String?, headline: String, date: String?, url: String?) {
        self.id = id
        self.lang = lang
        self.title = title
        self.headline = headline
        self.date = date
        self.url = url
        let place = url.flatMap(Self.place(of:))
        outlet = place?.outlet
        section = place?.section
    }

    /// The label of an article read from a corpus.
    public init(_ article: Article) {
        self.init(id: article.id, lang: article.language.code, title: article.title, headline: article.headline,
                  date: article.date?.description, url: article.url)
    }

    /// A label for an id the corpus did not describe: the id is its own headline.
    public init(unknown id: String) {
        self.init(id: id, lang: id.hasPrefix("vi") ? "vi" : "en", title: nil, headline: id, date: nil, url: nil)
    }

    /// The url when a browser may follow it: `http` or `https` only (a `javascript:` or `file:`
    /// url from a corpus is shown, never linked).
    public var linkableURL: String? {
        guard let url, let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url
    }

    /// The outlet (host) and section (first folder) a url names.
    static func place(of url: String) -> (outlet: String, section: String?)? {
        guard let components = URLComponents(string: url), var host = components.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let folders = components.path.split(separator: "/").dropLast()
        let section = folders.first.map(String.init).flatMap { $0.contains(where: \.isLetter) ? $0.lowercased() : nil }
        return (host, section)
    }
}
