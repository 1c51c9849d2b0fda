import Foundation
import VNAlignment

/// The outputs of `vnalign align`: every pair with what each shared key added and each conflict
/// took away (`text`), or one line a pair for scripts (`tsv`); JSON is the result's `Codable`
/// form and CSV the coverage report's.
///
/// ```swift
/// let result = Aligner().align(features)
/// print(AlignmentRendering.text(result))
/// print(AlignmentRendering.tsv(result, unpaired: true))   // en_id, vi_id, verdict, probability
/// ```
public enum AlignmentRendering {
    /// The pairs and related pairs with their evidence and conflicts, then the unpaired articles
    /// with their best candidate and why it was refused.
    public static func text(_ result: Aligner.Result) -> String {
        var out = ""
        for pair in result.pairs + result.related {
            let s = pair.score
            out += "\(s.en) ~ \(s.vi): \(pair.verdict.rawValue), probability \(String(format: "%.3f", s.probability)) (log-odds \(String(format: "%.2f", s.score)), evidence \(String(format: "%.2f", s.evidence)))\n"
            for f in s.shared.sorted(by: { ($0.weight, $1.display) > ($1.weight, $0.display) }) {
                out += "    + \(String(format: "%5.2f", f.weight))  \(f.type): \(f.display)\n"
            }
            for c in s.conflicts { out += "    - \(String(format: "%5.2f", c.penalty))  \(c.type): \(c.reason)\n" }
        }
        for u in result.unpaired {
            out += "\(u.id) [\(u.language.code)] unpaired: best candidate \(u.bestCandidate ?? "none")\(u.bestProbability.map { String(format: " (%.3f)", $0) } ?? ""): \(u.reason)\n"
        }
        return out
    }

    /// `en_id<TAB>vi_id<TAB>verdict<TAB>probability` for every pair and related pair, in id
    /// order; with `unpaired`, a line for each unpaired article too (its id on its side).
    public static func tsv(_ result: Aligner.Result, unpaired: Bool) -> String {
        let decided = (result.pairs + result.related).sorted { ($0.score.en, $0.score.vi) < ($1.score.en, $1.score.vi) }
        var lines = decided.map { p in
            CSV.line([p.score.en, p.score.vi, p.verdict.rawValue, String(format: "%.4f", p.score.probability)], separator: "\t")
        }
        if unpaired {
            for u in result.unpaired {
                lines.append(CSV.line([u.language == .english ? u.id : "", u.language == .vietnamese ? u.id : "", "unpaired", ""], separator: "\t"))
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
