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
        JSON Lines feeds ({"id", "lang", "text", "title", "date", "url"}) and folders of them; \
        - reads standard input (JSON Lines when it begins with {, else one article).

        Exit status: 0 success, 1 bad input, 2 usage error.

        Examples:
          vnalign report                              # the bundled corpus in Fixtures/
          vnalign align news/en news/vi --format tsv
          vnalign extract article.txt --format json
          vnalign bench --split test --min-f1 0.9
          vnalign normalize --style new article.txt
          cat feed.jsonl | vnalign align - --format tsv
          vnalign archive add desk.sqlite today/        # daily pairing against an archive
        """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, AlignCommand.self, ArchiveCommand.self, ExtractCommand.self, BenchCommand.self, FitCommand.self, NormalizeCommand.self, NamesCommand.self, SynthCommand.self]
    )

    /// Runs the command with vnalign's exit statuses: 0 success, 1 bad input, 2 usage error.
    /// The arguments are read as bytes (`RawArguments`), so that any file name can be given; a
    /// write to standard output that fails is an error, one to a reader that went away
    /// (`| head`) ends the run quietly.
    static func main() {
        // A closed pipe is then an error that writes see (EPIPE), not a silent death.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot(RawArguments.strings)
            try command.run()
        } catch is StandardOutput.Closed {
            Foundation.exit(0)
        } catch let error as InputError {
            Diagnostics.error(error.description)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version, written and checked like any output.
                do {
                    try StandardOutput.write(fullMessage(for: error) + "\n")
                } catch let error as InputError {
                    Diagnostics.error(error.description)
                    Foundation.exit(1)
                } catch {}
                Foundation.exit(0)
            }
            if code.rawValue == 1 { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
