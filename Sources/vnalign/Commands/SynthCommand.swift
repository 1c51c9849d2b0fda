import ArgumentParser
import Foundation
import VNCorpus
import VNSynthesis

/// `vnalign synth`: a synthetic bilingual corpus with known gold pairs, for benchmarks.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic English/Vietnamese corpus with known gold pairs (for speed and quality benchmarks).",
        discussion: """
        Writes DIR/en.jsonl and DIR/vi.jsonl (JSON Lines: id, lang, date, title, text) and \
        DIR/gold.tsv (the format of Fixtures/gold.tsv): N events reported in both languages (the \
        same-event pairs), K hard negatives (the same actors in another event: another day, another \
        host, another congress or session number, reported in one language, listed as related) \
        and U unpaired reports. The output is the same, byte for byte, for a seed.

        Examples:
          vnalign synth --pairs 1000 --seed 1 --out /tmp/synth-1k
          vnalign bench /tmp/synth-1k --gold /tmp/synth-1k/gold.tsv
        """
    )

    @Option(parsing: .unconditional, help: "Events reported in both languages (gold same-event pairs).")
    var pairs: Int

    @Option(parsing: .unconditional, help: "Seed of the random draws.")
    var seed: UInt64 = 1

    @Option(help: "Folder to write en.jsonl, vi.jsonl and gold.tsv to.")
    var out: String

    @Option(parsing: .unconditional, help: "Hard-negative reports (default: pairs / 10).")
    var hardNegatives: Int?

    @Option(parsing: .unconditional, help: "Reports with no partner (default: pairs / 10).")
    var unpaired: Int?

    @Option(parsing: .unconditional, help: "Events a day (the corpus spans pairs / per-day days).")
    var perDay = 100

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    /// Reports of each kind: up to ten million (a corpus of tens of gigabytes).
    static let countRange = NumberRange(0, 10_000_000)
    static let perDayRange = NumberRange(1, 10_000_000)

    func validate() throws {
        try Self.countRange.check(pairs, option: "--pairs")
        try Self.countRange.check(hardNegatives, option: "--hard-negatives")
        try Self.countRange.check(unpaired, option: "--unpaired")
        try Self.perDayRange.check(perDay, option: "--per-day")
    }

    func run() throws {
        let options = CorpusSynthesizer.Options(pairs: pairs, seed: seed, hardNegatives: hardNegatives, unpaired: unpaired, eventsPerDay: perDay)
        let summary: CorpusSynthesizer.Summary
        do {
            summary = try CorpusSynthesizer(options: options).write(to: out)
        } catch {
            throw InputError(description: "\(out): cannot be written: \(error.localizedDescription)")
        }
        if !quiet {
            Diagnostics.note("\(out): \(summary.englishArticles) English and \(summary.vietnameseArticles) Vietnamese articles (\(summary.bytes / 1_000_000) MB), \(summary.goldPairs) gold pairs, \(summary.hardNegatives) hard negatives")
        }
    }
}
