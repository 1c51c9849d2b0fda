/// A table from words to values for the word lists the extractors consult on every token:
/// hashed on the UTF-8 bytes (FNV-1a, computed once per token by `TokenView`) with open
/// addressing, so a look-up costs a few multiplications instead of SipHash and, for words with
/// diacritics, Swift's Unicode-normalising `String` hashing.
///
/// Words match byte for byte. Article text is normalised (NFC) before extraction and the lists
/// are written in NFC, so this is the same answer as `String` equality on what the extractors see.
///
/// ```swift
/// var units = WordTable<String>()
/// units["tỷ"] = "billion"
/// units["tỷ"]                                   // "billion"
/// units.value(for: "tỷ", hash: WordHash.of("tỷ"))   // "billion"
/// ```
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var slots: [Int32]
    private var mask: Int
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []
    private var hashes: [UInt64] = []

    init() {
        slots = [Int32](repeating: -1, count: 8)
        mask = 7
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (word, value) in elements { set(value, for: word) }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The value of `word`, whose `WordHash.of` is `hash`.
    @inline(__always)
    func value(for word: String, hash: UInt64) -> Value? {
        var position = WordHash.slot(hash) & mask
        while true {
            let index = Int(slots[position])
            if index < 0 { return nil }
            if hashes[index] == hash, WordHash.sameBytes(keys[index], word) { return values[index] }
            position = (position + 1) & mask
        }
    }

    /// The value of `word`, or nil; setting nil is not supported (the lists only grow).
    subscript(word: String) -> Value? {
        get { value(for: word, hash: WordHash.of(word)) }
        set {
            guard let newValue else { preconditionFailure("WordTable entries are never removed") }
            set(newValue, for: word)
        }
    }

    /// The value of `word`, inserting `value()` first when it is missing (as `Dictionary`'s `default:`).
    subscript(word: String, default value: @autoclosure () -> Value) -> Value {
        get { self[word] ?? value() }
        set { set(newValue, for: word) }
    }

    private mutating func set(_ value: Value, for word: String) {
        let hash = WordHash.of(word)
        var position = WordHash.slot(hash) & mask
        while true {
            let index = Int(slots[position])
            if index < 0 { break }
            if hashes[index] == hash, WordHash.sameBytes(keys[index], word) {
                values[index] = value
                return
            }
            position = (position + 1) & mask
        }
        slots[position] = Int32(keys.count)
        keys.append(word)
        values.append(value)
        hashes.append(hash)
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var position = WordHash.slot(hash) & mask
            while slots[position] >= 0 { position = (position + 1) & mask }
            slots[position] = Int32(index)
        }
    }
}

/// The hash `WordTable` and `WordSet` use: 64-bit FNV-1a over the UTF-8 bytes.
///
/// ```swift
/// WordHash.of("năm") == WordHash.of("năm")   // true
/// ```
enum WordHash {
    @inline(__always)
    static func of(_ word: String) -> UInt64 {
        if let hash = word.utf8.withContiguousStorageIfAvailable({ of(utf8: $0) }) { return hash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    @inline(__always)
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Whether `a` and `b` have the same UTF-8 bytes (compared on their storage; the generic
    /// `elementsEqual` of two `UTF8View`s cost more than the hashing).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                guard x.count == y.count else { return false }
                for i in 0..<x.count where x[i] != y[i] { return false }
                return true
            }
        }
        if let fast, let answer = fast { return answer }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// A well-mixed table position for `hash` (FNV's low bits alone cluster).
    @inline(__always)
    static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }
}
