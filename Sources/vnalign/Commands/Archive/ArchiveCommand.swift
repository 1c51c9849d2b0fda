import ArgumentParser
import VNArchive
import VNCorpus

/// `vnalign archive`: daily pairing against an archive kept in an SQLite database.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Pair each day's new articles against an archive of earlier ones, kept in an SQLite database.",
        discussion: """
        The archive keeps each article's evidence (not its text, unless --keep-text), its content \
        hash, the corpus statistics the rarities come from, and every decision with its \
        explanation and the version of the scoring model that made it. Each add is one \
        transaction: killed at any point, the archive is as it was before the batch. Readers \
        (pairs, report, show, stats) run while an add writes; a second add waits for the first.

        Examples:
          vnalign archive add desk.sqlite today/ --skip-bad
          vnalign archive pairs desk.sqlite --since 2025-03-01 --format tsv
          vnalign archive report desk.sqlite --since 2025-03-01 --until 2025-03-07 --format markdown
          vnalign archive show desk.sqlite en-1a2b3c
          vnalign archive stats desk.sqlite
        """,
        subcommands: [ArchiveAddCommand.self, ArchivePairsCommand.self, ArchiveReportCommand.self, ArchiveShowCommand.self,
                      ArchiveStatsCommand.self, ArchiveCheckCommand.self]
    )
}

/// The archive's path, the first argument of every archive command.
struct ArchivePath: ParsableArguments {
    @Argument(help: "The archive: an SQLite database file (created by the first add).")
    var archive: String

    /// The archive opened for `access`, its failures as bad input (exit 1).
    func open(_ access: Archive.Access, wait: Double = 60) throws -> Archive {
        do {
            return try Archive(path: archive, access: access, busyTimeout: wait)
        } catch {
            throw InputError(description: error.description)
        }
    }
}

/// `--since` and `--until`: a period of publication days.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Only pairs and articles published on this day (YYYY-MM-DD) or later.")
    var since: String?

    @Option(help: "Only pairs and articles published on this day (YYYY-MM-DD) or earlier.")
    var until: String?

    func validate() throws {
        _ = try period()
    }

    /// The period; a pair is in it when one of its articles is.
    func period() throws -> ArchivePeriod {
        func day(_ value: String?, option: String) throws -> CalendarDate? {
            guard let value else { return nil }
            guard let date = CalendarDate(iso: value) else { throw ValidationError("\(option) \(value): not a day (YYYY-MM-DD, a date that exists)") }
            return date
        }
        let p = ArchivePeriod(since: try day(since, option: "--since"), until: try day(until, option: "--until"))
        if let s = p.since, let u = p.until, u < s { throw ValidationError("--until \(u) is before --since \(s)") }
        return p
    }
}

/// Archive failures met after opening, as bad input (exit 1).
func archived<T>(_ body: () throws(ArchiveError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw InputError(description: error.description)
    }
}
