import ArgumentParser
import Foundation
import VNArchive

/// `vnalign archive check`: SQLite's integrity check of an archive, and the upgrade of an
/// archive written by an earlier vnalign.
struct ArchiveCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an archive for damage (PRAGMA integrity_check) and upgrade an older one.",
        discussion: """
        Exit status 0 when the archive is sound, 1 when it is damaged (each problem is listed) \
        or is no archive.

        Examples:
          vnalign archive check desk.sqlite
        """
    )

    @OptionGroup var path: ArchivePath

    func run() throws {
        let archive = try path.open(.write)
        let problems = try archived { () throws(ArchiveError) in try archive.integrityProblems() }
        guard problems.isEmpty else {
            for p in problems.prefix(20) { Diagnostics.note("\(path.archive): \(p)") }
            throw InputError(description: "\(path.archive): the archive is damaged (\(problems.count) problem(s) found by PRAGMA integrity_check); restore it from a copy")
        }
        try StandardOutput.write("\(path.archive): ok (PRAGMA integrity_check)\n")
    }
}
