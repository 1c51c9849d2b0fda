import ArgumentParser
import Foundation

/// The `vnalign` command: pairs English and Vietnamese news reports of the same event.
@main
struct VNAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnalign",
        abstract: "Pair English and Vietnamese news reports of the same event.",
        discussion: """
        vnalign normalises Vietnamese text, extracts the evidence of an event (people, dates, \
        numbered congresses and sessions, places, organisations, numbers) from English and \
        Vietnamese articles, pairs the reports of one event and explains every decision.

        A corpus is any mix of .txt articles (optional front matter: id, lang, title, date, url), \
        JSON Lines feeds ({"id", "lang", "text", "title", "date", "url"}) and folders of them.

        Exit status: 0 success, 1 bad input, 2 usage error.

        Examples:
          vnalign report                              # the bundled corpus in Fixtures/
          vnalign align news/en news/vi --format tsv
          vnalign extract article.txt --format json
          vnalign bench --split test --min-f1 0.9
          vnalign normalize --style new article.txt
        """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, AlignCommand.self, ExtractCommand.self, BenchCommand.self, FitCommand.self, NormalizeCommand.self, NamesCommand.self, SynthCommand.self]
    )

    /// Runs the command with vnalign's exit statuses: 0 success, 1 bad input, 2 usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Diagnostics.error(error.description)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
