import VNAlignment
import VNCorpus
import VNFeatures

/// The archive's bytes for an article's evidence (`ArticleEvidence` without its id, language and
/// publication date, which are columns of their own): every string once in a table at the head,
/// then the fields as numbers into it. Sets and dictionaries are written in sorted order, so that
/// one evidence always gives the same bytes; numbers read back exactly (the aligner scores stored
/// evidence as it scores evidence just extracted).
///
/// ```swift
/// let bytes = EvidenceCoding.encode(evidence)
/// let back = try EvidenceCoding.decode(bytes, id: evidence.id, language: .english, publication: evidence.publication)
/// ```
public enum EvidenceCoding {
    /// The layout's version, the first byte.
    static let version: UInt8 = 1

    /// A stored evidence that cannot be read.
    public struct Damaged: Error, CustomStringConvertible {
        public let id: String
        public var description: String { "the stored evidence of \(id) cannot be read (the archive is damaged)" }
    }

    public static func encode(_ e: ArticleEvidence) -> [UInt8] {
        var w = Writer()
        w.keys(e.keys)
        w.count(e.roleHolders.count)
        for role in e.roleHolders.keys.sorted() {
            w.string(role)
            // Holders in their order (explanations name them in it), each one's keys sorted.
            let holders = e.roleHolders[role]!.map { $0.sorted() }
            w.count(holders.count)
            for h in holders { w.strings(h) }
        }
        w.dictionary(e.personNames)
        w.strings(e.personKeys.sorted())
        w.count(e.bodyNumbers.count)
        for body in e.bodyNumbers.keys.sorted() {
            w.string(body)
            w.integers(e.bodyNumbers[body]!.sorted())
        }
        w.date(e.eventDay)
        w.integers(e.years.sorted())
        w.count(e.roleRanks.count)
        for key in e.roleRanks.keys.sorted() {
            w.string(key)
            w.integer(e.roleRanks[key]!)
        }
        w.optional(e.principal)
        w.strings(e.principalKeys.sorted())
        w.optional(e.counterpart)
        w.strings(e.counterpartKeys.sorted())
        w.numbers(e.prominence)
        w.strings(e.leadPlaces.sorted())
        w.dictionary(e.placeNames)
        w.count(e.eventDays.count)
        for d in e.eventDays { w.date(d) }
        w.count(e.quantities.count)
        for measure in e.quantities.keys.sorted() {
            w.string(measure)
            let values = e.quantities[measure]!
            w.count(values.count)
            for v in values { w.number(v) }
        }
        w.count(e.stages.count)
        for group in e.stages.keys.sorted() {
            w.string(group)
            w.strings(e.stages[group]!.sorted())
        }
        w.count(e.tense == nil ? 0 : e.tense == .announced ? 1 : 2)
        w.numbers(e.emphasis)
        return w.finished()
    }

    public static func decode(_ bytes: [UInt8], id: String, language: Language, publication: CalendarDate?) throws(Damaged) -> ArticleEvidence {
        var r = Reader(bytes: bytes)
        guard let e = r.evidence(id: id, language: language, publication: publication), r.atEnd else { throw Damaged(id: id) }
        return e
    }

    /// The body's writer: numbers as LEB128 varints (zigzag when signed), strings as references.
    struct Writer {
        private var table: [String: Int] = [:]
        private var strings: [String] = []
        private var body: [UInt8] = []

        mutating func count(_ n: Int) { Self.varint(UInt64(n), into: &body) }
        mutating func integer(_ n: Int) { Self.varint(UInt64(bitPattern: Int64(n) << 1 ^ Int64(n) >> 63), into: &body) }
        mutating func integers(_ ns: [Int]) {
            count(ns.count)
            for n in ns { integer(n) }
        }
        mutating func string(_ s: String) {
            if let i = table[s] { return count(i) }
            table[s] = strings.count
            count(strings.count)
            strings.append(s)
        }
        mutating func strings(_ ss: [String]) {
            count(ss.count)
            for s in ss { string(s) }
        }
        mutating func optional(_ s: String?) {
            guard let s else { return count(0) }
            count(1)
            string(s)
        }
        mutating func dictionary(_ d: [String: String]) {
            count(d.count)
            for k in d.keys.sorted() {
                string(k)
                string(d[k]!)
            }
        }
        mutating func keys(_ keys: [String: ArticleEvidence.FeatureRef]) {
            count(keys.count)
            for k in keys.keys.sorted() {
                let ref = keys[k]!
                // `p:tolam` as `p:` and `tolam`: the compact key is in the table already (the
                // person's keys, names and prominence name it).
                let cut = k.firstIndex(of: ":").map { k.index(after: $0) } ?? k.startIndex
                string(String(k[..<cut]))
                string(String(k[cut...]))
                body.append(UInt8(ArticleEvidence.FeatureType.allCases.firstIndex(of: ref.type)!))
                string(ref.display)
            }
        }
        /// A day as its number + 1 (0: none).
        mutating func date(_ d: CalendarDate?) { integer(d.map { $0.dayNumber + 1 } ?? 0) }
        /// A number that is exactly a whole number of hundredths as 2n (2n + 1 with its sign), else
        /// 1 followed by its 8 bytes.
        mutating func number(_ v: Double) {
            let hundredths = (v * 100).rounded()
            if abs(hundredths) < 1e15, hundredths / 100 == v, v.sign == .plus || v != 0 {
                let n = Int64(hundredths)
                count(Int((n << 1 ^ n >> 63) << 1))
            } else {
                count(1)
                for shift in stride(from: 0, to: 64, by: 8) { body.append(UInt8(truncatingIfNeeded: v.bitPattern >> UInt64(shift))) }
            }
        }
        mutating func numbers(_ d: [String: Double]) {
            count(d.count)
            for k in d.keys.sorted() {
                string(k)
                number(d[k]!)
            }
        }

        /// The version, the string table, then the body.
        func finished() -> [UInt8] {
            var out: [UInt8] = [EvidenceCoding.version]
            out.reserveCapacity(body.count + strings.reduce(0) { $0 + $1.utf8.count + 1 } + 4)
            Self.varint(UInt64(strings.count), into: &out)
            for s in strings {
                Self.varint(UInt64(s.utf8.count), into: &out)
                out.append(contentsOf: s.utf8)
            }
            out.append(contentsOf: body)
            return out
        }

        static func varint(_ value: UInt64, into out: inout [UInt8]) {
            var v = value
            while v >= 0x80 {
                out.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            out.append(UInt8(v))
        }
    }

    /// The reader of `Writer`'s bytes; every read fails (nil) past the end or on a bad reference.
    struct Reader {
        let bytes: [UInt8]
        var at = 0
        var table: [String] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { at == bytes.count }

        mutating func varint() -> UInt64? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while at < bytes.count, shift < 64 {
                let b = bytes[at]
                at += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
            return nil
        }
        mutating func count() -> Int? {
            guard let v = varint(), v <= UInt64(bytes.count) * 8 + 64 else { return nil }
            return Int(v)
        }
        mutating func integer() -> Int? {
            guard let v = varint() else { return nil }
            return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
        }
        mutating func integers() -> [Int]? {
            guard let n = count() else { return nil }
            var out: [Int] = []
            for _ in 0..<n { guard let i = integer() else { return nil }; out.append(i) }
            return out
        }
        mutating func string() -> String? {
            guard let i = count(), i < table.count else { return nil }
            return table[i]
        }
        mutating func strings() -> [String]? {
            guard let n = count() else { return nil }
            var out: [String] = []
            out.reserveCapacity(n)
            for _ in 0..<n { guard let s = string() else { return nil }; out.append(s) }
            return out
        }
        mutating func optional() -> String?? {
            guard let flag = count() else { return nil }
            if flag == 0 { return .some(nil) }
            guard flag == 1, let s = string() else { return nil }
            return .some(s)
        }
        mutating func dictionary() -> [String: String]? {
            guard let n = count() else { return nil }
            var d: [String: String] = [:]
            for _ in 0..<n { guard let k = string(), let v = string() else { return nil }; d[k] = v }
            return d
        }
        mutating func date() -> CalendarDate?? {
            guard let n = integer() else { return nil }
            return .some(n == 0 ? nil : CalendarDate(dayNumber: n - 1))
        }
        mutating func number() -> Double? {
            guard let tag = varint() else { return nil }
            if tag == 1 {
                guard at + 8 <= bytes.count else { return nil }
                var bits: UInt64 = 0
                for i in 0..<8 { bits |= UInt64(bytes[at + i]) << UInt64(8 * i) }
                at += 8
                return Double(bitPattern: bits)
            }
            guard tag & 1 == 0 else { return nil }
            let z = tag >> 1
            return Double(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)) / 100
        }
        mutating func numbers() -> [String: Double]? {
            guard let n = count() else { return nil }
            var d: [String: Double] = [:]
            for _ in 0..<n { guard let k = string(), let v = number() else { return nil }; d[k] = v }
            return d
        }

        mutating func evidence(id: String, language: Language, publication: CalendarDate?) -> ArticleEvidence? {
            guard at < bytes.count, bytes[at] == EvidenceCoding.version else { return nil }
            at += 1
            guard let tableCount = count() else { return nil }
            table.reserveCapacity(tableCount)
            for _ in 0..<tableCount {
                guard let length = count(), at + length <= bytes.count else { return nil }
                table.append(String(decoding: bytes[at..<(at + length)], as: UTF8.self))
                at += length
            }
            let types = ArticleEvidence.FeatureType.allCases
            guard let keyCount = count() else { return nil }
            var keys: [String: ArticleEvidence.FeatureRef] = [:]
            keys.reserveCapacity(keyCount)
            for _ in 0..<keyCount {
                guard let prefix = string(), let rest = string(), at < bytes.count, Int(bytes[at]) < types.count else { return nil }
                let k = prefix + rest
                let type = types[Int(bytes[at])]
                at += 1
                guard let display = string() else { return nil }
                keys[k] = ArticleEvidence.FeatureRef(type: type, display: display)
            }
            guard let roleCount = count() else { return nil }
            var holders: [String: [Set<String>]] = [:]
            for _ in 0..<roleCount {
                guard let role = string(), let n = count() else { return nil }
                var list: [Set<String>] = []
                for _ in 0..<n { guard let h = strings() else { return nil }; list.append(Set(h)) }
                holders[role] = list
            }
            guard let personNames = dictionary(), let personKeys = strings(), let bodyCount = count() else { return nil }
            var bodies: [String: Set<Int>] = [:]
            for _ in 0..<bodyCount {
                guard let body = string(), let numbers = integers() else { return nil }
                bodies[body] = Set(numbers)
            }
            guard let eventDay = date(), let years = integers(), let rankCount = count() else { return nil }
            var ranks: [String: Int] = [:]
            for _ in 0..<rankCount {
                guard let k = string(), let rank = integer() else { return nil }
                ranks[k] = rank
            }
            guard let principal = optional(), let principalKeys = strings(), let counterpart = optional(),
                  let counterpartKeys = strings(), let prominence = numbers(), let leadPlaces = strings(),
                  let placeNames = dictionary(), let dayCount = count() else { return nil }
            var eventDays: [CalendarDate] = []
            for _ in 0..<dayCount { guard let d = date(), let day = d else { return nil }; eventDays.append(day) }
            guard let measureCount = count() else { return nil }
            var quantities: [String: [Double]] = [:]
            for _ in 0..<measureCount {
                guard let measure = string(), let n = count() else { return nil }
                var values: [Double] = []
                for _ in 0..<n { guard let v = number() else { return nil }; values.append(v) }
                quantities[measure] = values
            }
            guard let groupCount = count() else { return nil }
            var stages: [String: Set<String>] = [:]
            for _ in 0..<groupCount {
                guard let group = string(), let kinds = strings() else { return nil }
                stages[group] = Set(kinds)
            }
            guard let tenseCode = count(), tenseCode <= 2, let emphasis = numbers() else { return nil }
            let tense: EventFrame.Tense? = tenseCode == 0 ? nil : tenseCode == 1 ? .announced : .happened
            return ArticleEvidence(id: id, language: language, publication: publication, keys: keys, roleHolders: holders,
                                   personNames: personNames, personKeys: Set(personKeys), bodyNumbers: bodies, eventDay: eventDay,
                                   years: Set(years), roleRanks: ranks, principal: principal, principalKeys: Set(principalKeys),
                                   counterpart: counterpart, counterpartKeys: Set(counterpartKeys), prominence: prominence,
                                   leadPlaces: Set(leadPlaces), placeNames: placeNames, eventDays: eventDays, quantities: quantities,
                                   stages: stages, tense: tense, emphasis: emphasis)
        }
    }
}
