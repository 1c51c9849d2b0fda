import VNNames

/// The name report for people (`text`) and for spreadsheets (`csv`); JSON is its `Codable` form.
///
/// ```swift
/// print(report.text())
/// try report.csv().write(toFile: "names.csv", atomically: true, encoding: .utf8)
/// ```
extension NameReport {
    /// Per person: the canonical form, roles, and a table of variants with counts, languages and
    /// articles; then the flags with their evidence.
    public func text() -> String {
        let s = summary
        var out = "\(s.people) people, \(s.variants) spellings, \(s.mentions) mentions in \(s.articles) articles (\(s.alignedPairs) aligned pairs)\n"
        out += "\(s.flags) flag(s)"
        if s.flags > 0 {
            out += ": " + NameFlag.Kind.allCases.compactMap { kind in s.flagsByKind[kind.rawValue].map { "\(kind.rawValue) \($0)" } }.joined(separator: ", ")
        }
        out += "\n"
        for cluster in clusters {
            out += "\n\(cluster.canonical) [\(cluster.id)] \(cluster.origin)"
            if !cluster.roles.isEmpty { out += "; " + cluster.roles.joined(separator: ", ") }
            out += "\n"
            var table = TextTable(headers: ["  spelling", "count", "lang", "articles"])
            table.maxWidth = 10_000
            for v in cluster.variants {
                table.add(["  " + v.text + (v.short ? " (second mention)" : ""), "\(v.count)", v.languages.joined(separator: " "), v.articles.joined(separator: " ")])
            }
            out += table.render() + "\n"
        }
        if !flags.isEmpty {
            out += "\nFlags\n"
            for flag in flags {
                out += "\n[\(flag.kind.rawValue)] \(flag.canonical): \"\(flag.variant)\"\(flag.reference.map { " (vs \"\($0)\")" } ?? "")\n"
                out += "  \(flag.evidence)\n"
                out += "  in \(flag.articles.joined(separator: ", "))\n"
            }
        }
        return out
    }

    /// One row per spelling (`record` = `variant`) and per flag (`record` = `flag`).
    public func csv() -> String {
        var lines = [CSV.line(["record", "person", "canonical", "spelling", "count", "languages", "articles", "second_mention", "flag", "reference", "evidence"])]
        for c in clusters {
            for v in c.variants {
                lines.append(CSV.line(["variant", c.id, c.canonical, v.text, "\(v.count)", v.languages.joined(separator: " "),
                                       v.articles.joined(separator: " "), v.short ? "yes" : "no", "", "", ""]))
            }
        }
        for f in flags {
            lines.append(CSV.line(["flag", f.cluster, f.canonical, f.variant, "", "", f.articles.joined(separator: " "), "",
                                   f.kind.rawValue, f.reference ?? "", f.evidence]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
