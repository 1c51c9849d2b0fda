import ArgumentParser

/// The `vnalign` command: pairs English and Vietnamese news reports of the same event.
@main
struct VNAlign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnalign",
        abstract: "Pair English and Vietnamese news reports of the same event.",
        discussion: """
        vnalign normalises Vietnamese text, extracts the evidence of an event (people, dates, \
        numbered congresses and sessions, places, organisations, numbers) from English and \
        Vietnamese articles, pairs the reports of one event and explains every decision.

        Exit status: 0 success, 1 bad input, 2 usage error.

        Examples:
          vnalign normalize article.txt
          vnalign normalize --style new --key < article.txt
        """,
        version: "0.1.0",
        subcommands: [NormalizeCommand.self]
    )
}
