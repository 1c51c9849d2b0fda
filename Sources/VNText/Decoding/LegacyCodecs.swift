/// The legacy codecs, built once from the encoding tables in `Resources/encodings/` (and, for
/// Windows-1258, from ICU's converter, one byte at a time).
///
/// ```swift
/// let tcvn3 = LegacyCodecs.shared.tcvn3
/// tcvn3.decode([0x56, 0x69, 0xD6, 0x74]).text   // "Việt"
/// ```
public final class LegacyCodecs: Sendable {
    public let cp1258: LegacyCodec
    public let vni: LegacyCodec
    public let tcvn3: LegacyCodec
    public let viscii: LegacyCodec
    public let cp1252: LegacyCodec

    /// The codecs shipped with vnalign.
    public static let shared: LegacyCodecs = {
        do {
            return try LegacyCodecs(
                vni: TSVTable.resource("vni.tsv", in: .vnText, subdirectory: "encodings"),
                tcvn3: TSVTable.resource("tcvn3.tsv", in: .vnText, subdirectory: "encodings"),
                viscii: TSVTable.resource("viscii.tsv", in: .vnText, subdirectory: "encodings"))
        } catch {
            fatalError("vnalign's encoding tables are unreadable: \(error)")
        }
    }()

    /// Builds the codecs from their tables.
    public init(vni: TSVTable, tcvn3: TSVTable, viscii: TSVTable) throws {
        var ascii = [UInt32](repeating: 0, count: 256)
        for b in 0..<0x80 { ascii[b] = UInt32(b) }

        var windows1252 = ascii
        for b in 0x80..<0x100 { windows1252[b] = Windows1252.scalar(for: UInt8(b)) }
        cp1252 = LegacyCodec(encoding: .cp1252, single: windows1252, pairs: [], needsNFC: false)

        var windows1258 = ascii
        for b in 0x80..<0x100 {
            if let text = try? ICU.decode([UInt8(b)], charset: "windows-1258"), text.unicodeScalars.count == 1 {
                windows1258[b] = text.unicodeScalars.first!.value
            }
        }
        cp1258 = LegacyCodec(encoding: .cp1258, single: windows1258, pairs: [], needsNFC: true)

        self.tcvn3 = LegacyCodec(encoding: .tcvn3, single: try Self.byteTable(tcvn3, base: ascii), pairs: [], needsNFC: false)
        self.viscii = LegacyCodec(encoding: .viscii, single: try Self.byteTable(viscii, base: ascii), pairs: [], needsNFC: false)

        var vniSingle = ascii
        var vniPairs = [UInt32](repeating: 0, count: 0x10000)
        for row in vni.rows {
            guard row.fields.count == 2 else { throw vni.error("expected 2 fields", at: row) }
            let bytes = row.fields[0].unicodeScalars.map { Windows1252.byte(for: $0.value) }
            guard let letter = Self.oneScalar(row.fields[1]) else { throw vni.error("expected one character", at: row) }
            switch bytes.count {
            case 1 where bytes[0] != nil && bytes[0]! >= 0x80:
                vniSingle[Int(bytes[0]!)] = letter
            case 2 where bytes[0] != nil && bytes[1] != nil:
                vniPairs[Int(bytes[0]!) << 8 | Int(bytes[1]!)] = letter
            default:
                throw vni.error("sequence must be one high byte or two bytes of Windows-1252", at: row)
            }
        }
        self.vni = LegacyCodec(encoding: .vni, single: vniSingle, pairs: vniPairs, needsNFC: false)
    }

    /// A byte table (`byte_hex<TAB>character`) over a base mapping.
    static func byteTable(_ table: TSVTable, base: [UInt32]) throws -> [UInt32] {
        var single = base
        for row in table.rows {
            guard row.fields.count == 2, let byte = UInt8(row.fields[0], radix: 16) else {
                throw table.error("expected byte_hex<TAB>character", at: row)
            }
            guard let scalar = oneScalar(row.fields[1]) else { throw table.error("expected one character", at: row) }
            single[Int(byte)] = scalar
        }
        return single
    }

    static func oneScalar(_ text: String) -> UInt32? {
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first!.value : nil
    }
}
