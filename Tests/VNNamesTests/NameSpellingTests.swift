import Testing
@testable import VNNames

/// The building blocks of name matching: marks, repairs, keys, roles, readings.
@Suite("Name spellings")
struct NameSpellingTests {
    @Test("Marks are Latin letters beyond ASCII, not letters of other scripts", arguments: [
        ("Tô Lâm", 2), ("Tô Lam", 1), ("To Lam", 0), ("Nguyễn Phú Trọng", 3), ("Gan Kim Y\u{43E}ng", 0), ("Xanana Gusmão", 1),
    ])
    func marks(_ name: String, _ count: Int) {
        #expect(NameSpelling.markCount(name) == count)
        #expect(NameSpelling.hasMarks(name) == (count > 0))
    }

    @Test("Repairs put back the letter a lookalike imitates", arguments: [
        ("Gan Kim Y\u{43E}ng", "Gan Kim Yong"),          // Cyrillic о
        ("\u{D0}ặng Quốc Khánh", "Đặng Quốc Khánh"),     // Ð U+00D0 (eth)
        ("\u{189}inh Tiến Dũng", "Đinh Tiến Dũng"),      // Ɖ U+0189
        ("Tô Lâm", "Tô Lâm"),
        ("Thông-lun  Xi-xu-lít", "Thông-lun Xi-xu-lít"), // white space collapsed
    ])
    func repaired(_ written: String, _ repaired: String) {
        #expect(NameSpelling.repaired(written) == repaired)
    }

    @Test("Spellings of one name share the compact key", arguments: [
        ("Tô Lâm", "To Lam"), ("Tô Lam", "TÔ LÂM"), ("Gan Kim Y\u{43E}ng", "Gan Kim Yong"), ("\u{D0}ặng Quốc Khánh", "Dang Quoc Khanh"),
    ])
    func compactKey(_ a: String, _ b: String) {
        #expect(NameSpelling.compactKey(a) == NameSpelling.compactKey(b))
    }

    @Test("Roles are compared by family; generic roles say nothing", arguments: [
        (["general-secretary"], ["secretary-general"], true, false),
        (["state-president"], ["chairman"], true, false),
        (["prime-minister"], ["foreign-minister"], false, true),
        (["prime-minister"], ["official", "comrade"], false, false),
        ([], ["prime-minister"], false, false),
    ])
    func roles(_ a: [String], _ b: [String], shares: Bool, conflicts: Bool) {
        #expect(RoleEvidence.shares(a, b) == shares)
        #expect(RoleEvidence.conflicts(a, b) == conflicts)
    }

    static func form(_ text: String, pinyin: Set<String> = [], foreign: Bool = true) -> NameCorrespondence.Form {
        NameCorrespondence.Form(text, pinyin: pinyin, foreign: foreign)
    }

    @Test("Two forms are one name by key, word order, reading, sound, an added word or one of its words", arguments: [
        ("To Lam", "Tô Lâm", true),
        ("Kishida Fumio", "Fumio Kishida", true),
        ("Xi Jinping", "Tập Cận Bình", true),            // a pinyin reading
        ("Thongloun Sisoulith", "Thông-lun Xi-xu-lít", true), // a sound key
        ("Hun Manet", "Thipadei Hun Manet", true),
        ("Pu-tin", "Vladimir Putin", true),               // one word, by sound
        ("Liu Haitao", "Lưu Hải Tinh", false),
        ("Nguyễn Văn Hùng", "Nguyễn Văn Hưởng", false),
        ("Li Qiang", "Li Keqiang", false),
    ])
    func sameName(_ a: String, _ b: String, _ same: Bool) {
        let pinyin: [String: Set<String>] = ["Tập Cận Bình": ["xijinping"], "Lưu Hải Tinh": ["liuhaixing"]]
        let x = Self.form(a, pinyin: pinyin[a] ?? [], foreign: !a.contains("Nguyễn")), y = Self.form(b, pinyin: pinyin[b] ?? [], foreign: !b.contains("Nguyễn"))
        #expect(NameCorrespondence.sameName(x, y) == same)
        #expect(NameCorrespondence.sameName(y, x) == same)
    }

    @Test("A close Hán-Việt reading needs the family syllable and alike given names", arguments: [
        (["liu", "haitao"], [["liu", "hai", "xing"]], ["liu", "hai", "xing"]),
        (["liu", "haixin"], [["liu", "hai", "xing"]], ["liu", "hai", "xing"]),
        (["wang", "haitao"], [["liu", "hai", "xing"]], nil),      // another family
        (["liu", "jianchao"], [["liu", "hai", "xing"]], nil),     // nothing alike in the given names
    ] as [([String], [[String]], [String]?)])
    func closeReading(_ english: [String], _ readings: [[String]], _ reading: [String]?) {
        #expect(NameCorrespondence.closeReading(of: english, among: readings)?.reading == reading)
    }
}
