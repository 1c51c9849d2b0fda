/// The character repairs of `character-repairs.tsv`: odd spaces to a plain space, invisible
/// characters removed, typographic quotes and dashes unified, lookalike letters of `Đ`.
///
/// ```swift
/// let repair = CharacterRepairs.shared.repair(for: 0x2019)!   // ’
/// repair.replacement   // 0x27 (')
/// repair.kind          // .quote
/// ```
public final class CharacterRepairs: Sendable {
    /// What a repair is for; reported in `NormalizationReport`.
    public enum Kind: String, CaseIterable, Sendable {
        case space, invisible, quote, dash, lookalike
    }

    /// One repair: the replacement code point (nil: the character is removed) and its kind.
    public struct Repair: Sendable, Equatable {
        public let replacement: UInt32?
        public let kind: Kind
    }

    /// The repairs shipped with vnalign.
    public static let shared: CharacterRepairs = {
        do {
            return try CharacterRepairs(table: TSVTable.resource("character-repairs.tsv", in: .vnText))
        } catch {
            fatalError("vnalign's character repair table is unreadable: \(error)")
        }
    }()

    /// Repairs by code point.
    public let repairs: [UInt32: Repair]

    /// Builds the repairs from their table.
    public init(table: TSVTable) throws {
        var repairs: [UInt32: Repair] = [:]
        for row in table.rows {
            guard row.fields.count == 3,
                  let from = UInt32(row.fields[0], radix: 16),
                  let kind = Kind(rawValue: row.fields[2]) else {
                throw table.error("expected: code point, replacement, class", at: row)
            }
            let replacement = row.fields[1].isEmpty ? nil : UInt32(row.fields[1], radix: 16)
            if !row.fields[1].isEmpty && replacement == nil { throw table.error("bad replacement", at: row) }
            repairs[from] = Repair(replacement: replacement, kind: kind)
        }
        self.repairs = repairs
    }

    /// The repair of a code point, if it has one.
    public func repair(for scalar: UInt32) -> Repair? { repairs[scalar] }
}
