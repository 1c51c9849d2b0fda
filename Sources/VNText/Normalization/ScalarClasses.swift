/// Sixteen bits of flags per BMP code point, computed once from ICU's properties and vnalign's
/// tables, so that the normaliser and the key builder test a character with one load.
struct ScalarClasses: Sendable {
    static let needsNFC: UInt16 = 1 << 0
    static let repair: UInt16 = 1 << 1
    static let lookalike: UInt16 = 1 << 2
    static let vowel: UInt16 = 1 << 3
    static let letter: UInt16 = 1 << 4
    static let otherScriptLetter: UInt16 = 1 << 5
    static let mark: UInt16 = 1 << 6
    static let latinLetter: UInt16 = 1 << 7
    /// A vowel with a shape mark (ă â ê ô ơ ư, any tone, any case).
    static let shapedVowel: UInt16 = 1 << 8
    /// A vowel with a tone mark.
    static let tonedVowel: UInt16 = 1 << 9

    static let shared = ScalarClasses()

    let flags: [UInt16]

    private init() {
        var flags = [UInt16](repeating: 0, count: 0x10000)
        let repairs = CharacterRepairs.shared
        let alphabet = VietnameseAlphabet.shared
        for cp in UInt32(0)..<0x10000 where !(0xD800...0xDFFF).contains(cp) {
            var f: UInt16 = 0
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
            if let v = alphabet.vowel(cp) {
                f |= Self.vowel
                if v.isShaped { f |= Self.shapedVowel }
                if v.tone != .level { f |= Self.tonedVowel }
            }
            flags[Int(cp)] = f
        }
        self.flags = flags
    }

    @inline(__always)
    func flags(of scalar: UInt32) -> UInt16 {
        scalar < 0x10000 ? flags[Int(scalar)] : Self.needsNFC
    }
}
