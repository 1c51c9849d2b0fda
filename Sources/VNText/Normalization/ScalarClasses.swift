/// One byte of flags per BMP code point, computed once from ICU's properties and vnalign's
/// tables, so that the normaliser and the key builder test a character with one load.
struct ScalarClasses: Sendable {
    static let needsNFC: UInt8 = 1 << 0
    static let repair: UInt8 = 1 << 1
    static let lookalike: UInt8 = 1 << 2
    static let vowel: UInt8 = 1 << 3
    static let letter: UInt8 = 1 << 4
    static let otherScriptLetter: UInt8 = 1 << 5
    static let mark: UInt8 = 1 << 6
    static let latinLetter: UInt8 = 1 << 7

    static let shared = ScalarClasses()

    let flags: [UInt8]

    private init() {
        var flags = [UInt8](repeating: 0, count: 0x10000)
        let repairs = CharacterRepairs.shared
        let alphabet = VietnameseAlphabet.shared
        for cp in UInt32(0)..<0x10000 where !(0xD800...0xDFFF).contains(cp) {
            var f: UInt8 = 0
            if cp >= 0x80 {
                if !ICU.isNFCQuickCheckYes(cp) || ICU.combiningClass(cp) != 0 { f |= Self.needsNFC }
                if let repair = repairs.repair(for: cp) {
                    f |= repair.kind == .lookalike ? Self.lookalike : Self.repair
                }
                if ICU.isMark(cp) { f |= Self.mark }
            }
            if ICU.isLetter(cp) {
                f |= Self.letter
                switch ICU.script(cp) {
                case .latin: f |= Self.latinLetter
                case .cyrillic, .greek: f |= Self.otherScriptLetter
                default: break
                }
            }
            if alphabet.vowel(cp) != nil { f |= Self.vowel }
            flags[Int(cp)] = f
        }
        self.flags = flags
    }

    @inline(__always)
    func flags(of scalar: UInt32) -> UInt8 {
        scalar < 0x10000 ? flags[Int(scalar)] : Self.needsNFC
    }
}
