import VNCorpus

/// The hash of what an article says: its language, date, title, url and normalised text (not
/// its id, nor where it was read from). Two readings of one article have the same hash; an
/// article whose text, title or date was corrected has another.
///
/// ```swift
/// ContentHash.of(article)   // "3f2a…" (64 hexadecimal digits, SHA-256)
/// ```
public enum ContentHash {
    public static func of(_ article: Article) -> String {
        var h = SHA256()
        // Each field after its length in bytes, so that no two different articles give the same bytes.
        for value in [article.language.code, article.date?.description ?? "", article.title ?? "", article.url ?? "", article.text] {
            let count = UInt64(value.utf8.count)
            h.update((0..<8).map { UInt8(truncatingIfNeeded: count >> (8 * UInt64($0))) })
            h.update(value.utf8)
        }
        return h.hexDigest()
    }
}
