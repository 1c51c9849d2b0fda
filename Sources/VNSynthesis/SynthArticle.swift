import Foundation
import VNCorpus

/// Writes one report of a synthetic event in English or Vietnamese: a title, a lead with the
/// event day in one of the language's styles, sentences carrying the event's numbers, body
/// sentences and a closing line, all from `templates.tsv`.
struct SynthArticleWriter {
    let vocabulary: SynthVocabulary

    struct Written {
        let title: String
        let text: String
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let englishMonthAbbreviations = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let vietnameseWeekdays = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]

    /// The report of `event` in `language`, published on `publication` (the event day or the next).
    func write(_ event: SynthEvent, language: Language, publication: CalendarDate, random: inout SynthRandom) -> Written {
        let english = language == .english
        let lang = english ? "en" : "vi"
        let kind = event.kind.rawValue
        // English reports write Vietnamese names with their marks (Vietnam News) or without (wires).
        let marked = english ? random.chance(0.5) : true
        let slots = Slots(event: event, english: english, marked: marked, publication: publication, vocabulary: vocabulary, random: &random)
        func fill(_ template: String) -> String { slots.fill(template) }
        let v = vocabulary
        let title = fill(random.pick(v.templates(kind, lang, "title")))
        var paragraphs = [fill(random.pick(v.templates(kind, lang, "lead"))).trimmingCharacters(in: .whitespaces)]
        var sentences = random.sample(v.templates(kind, lang, "core"), random.int(in: 2...3))
        sentences += random.sample(v.templates(kind, lang, "body"), random.int(in: 2...4))
        sentences += random.sample(v.templates("any", lang, "filler"), random.int(in: 4...7))
        sentences = random.sample(sentences, sentences.count)
        var k = 0
        while k < sentences.count {
            let take = min(sentences.count - k, random.int(in: 1...3))
            paragraphs.append(sentences[k..<k + take].map(fill).joined(separator: " "))
            k += take
        }
        paragraphs.append(fill(random.pick(v.templates(kind, lang, "close"))))
        return Written(title: title, text: paragraphs.joined(separator: "\n\n"))
    }

    /// The values of the template slots for one report.
    struct Slots {
        var values: [String: String] = [:]

        init(event e: SynthEvent, english: Bool, marked: Bool, publication: CalendarDate, vocabulary v: SynthVocabulary, random: inout SynthRandom) {
            func place(_ id: String?) -> String {
                guard let id, let forms = v.places[id] else { return "" }
                return english ? forms.en(marked: marked) : forms.vi
            }
            func role(_ id: String?) -> String {
                guard let id, let forms = v.roles[id] else { return "" }
                return english ? forms.english[0] : forms.vi
            }
            func name(_ n: SynthName?) -> String { n.map { english ? $0.en(marked: marked) : $0.vi } ?? "" }
            func short(_ n: SynthName?) -> String { n.map { english ? $0.shortEN(marked: marked) : $0.shortVI } ?? "" }
            var s: [String: String] = [:]
            s["VN"] = english ? (marked ? "Việt Nam" : "Vietnam") : "Việt Nam"
            s["HOST"] = name(e.host.name); s["HOST_ROLE"] = role(e.host.role); s["HOST_SHORT"] = short(e.host.name)
            s["GUEST"] = name(e.guest?.name); s["GUEST_ROLE"] = role(e.guest?.role); s["GUEST_SHORT"] = short(e.guest?.name)
            s["SECOND"] = name(e.second?.name); s["SECOND_ROLE"] = role(e.second?.role); s["SECOND_SHORT"] = short(e.second?.name)
            s["SPORT_PLAYER"] = name(e.host.name); s["SPORT_PLAYER_SHORT"] = short(e.host.name)
            s["COACH"] = name(e.coach)
            s["COUNTRY"] = place(e.country)
            s["CITY"] = place(e.city)
            s["PROVINCE"] = place(e.province)
            s["PROVINCE_ROLE"] = english ? "People's Committee Chairman" : "Chủ tịch UBND tỉnh"
            if let company = e.company, let forms = v.companiesByID[company] { s["COMPANY"] = english ? forms.english[0] : forms.vi }
            s["PAST_YEAR"] = String(e.pastYear)
            s["PERIOD"] = e.day.year >= 2026 ? "2026-2030" : "2021-2025"
            s["DATELINE"] = Self.dateline(place(e.city), day: e.day, english: english, random: &random)
            let day = Self.day(e.day, publication: publication, english: english, random: &random)
            s["DAY"] = day
            s["DAY_CAP"] = SynthText.capitalized(day)
            let n = e.numbers
            s["USD"] = Self.usd(n.usd, english: english, random: &random)
            s["VND"] = Self.vnd(n.vnd, english: english, random: &random)
            s["PCT"] = english && random.chance(0.4) ? "\(SynthText.decimal(n.percent, places: 1, vietnamese: false)) percent"
                : "\(SynthText.decimal(n.percent, places: 1, vietnamese: !english))%"
            s["COUNT"] = SynthText.grouped(n.count, separator: english ? "," : ".")
            s["SMALL"] = String(n.small)
            s["MM"] = String(n.millimetres)
            s["MEDALS"] = String(n.medals)
            s["STORM"] = String(n.storm)
            s["SCORE"] = "\(n.score.0)-\(n.score.1)"
            if let games = e.games { s["GAMES"] = english ? "the \(SynthText.ordinal(games)) SEA Games" : "SEA Games \(games)" }
            if let b = e.body {
                let text: String
                switch (b.kind, english) {
                case (.congress, true): text = "the \(SynthText.ordinal(b.number)) National Party Congress"
                case (.congress, false): text = "Đại hội đại biểu toàn quốc lần thứ \(SynthText.roman(b.number)) của Đảng"
                case (.plenum, true): text = "the \(SynthText.ordinal(b.number)) plenum of the \(SynthText.ordinal(b.term)) Party Central Committee"
                case (.plenum, false): text = "Hội nghị Trung ương \(b.number) khóa \(SynthText.roman(b.term))"
                case (.session, true): text = "the \(SynthText.ordinal(b.number)) session of the \(SynthText.ordinal(b.term)) National Assembly"
                case (.session, false): text = "Kỳ họp thứ \(b.number), Quốc hội khóa \(SynthText.roman(b.term))"
                }
                s["BODY"] = text
                s["BODY_CAP"] = SynthText.capitalized(text)
            }
            values = s
        }

        func fill(_ template: String) -> String {
            var out = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                out += rest[..<open]
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                out += values[String(rest[rest.index(after: open)..<close])] ?? ""
                rest = rest[rest.index(after: close)...]
            }
            out += rest
            // A slot left empty must not leave a double space.
            return out.replacingOccurrences(of: "  ", with: " ")
        }

        /// `HANOI, March 15 (Reuters) -`, `HÀ NỘI —`, `Hà Nội (TTXVN) -`, or nothing.
        static func dateline(_ city: String, day: CalendarDate, english: Bool, random: inout SynthRandom) -> String {
            switch (english, random.int(3)) {
            case (true, 0): return "\(SynthText.plain(city).uppercased()), \(englishMonths[day.month - 1]) \(day.day) (Reuters) -"
            case (true, 1): return "\(city.uppercased()) —"
            case (false, 0): return "\(city) (TTXVN) -"
            case (false, 1): return "\(city) -"
            default: return ""
            }
        }

        /// The event day in one of the language's styles, as a reporter publishing on `publication` writes it.
        static func day(_ d: CalendarDate, publication: CalendarDate, english: Bool, random: inout SynthRandom) -> String {
            let sameDay = publication == d
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            if english {
                let month = englishMonths[d.month - 1]
                switch random.int(7) {
                case 0: return "on \(englishWeekdays[d.weekday - 1])"
                case 1: return "on \(month) \(d.day)"
                case 2: return "on \(month) \(d.day), \(d.year)"
                case 3: return "on \(d.day) \(month) \(d.year)"
                case 4: return "on \(englishMonthAbbreviations[d.month - 1]) \(d.day)"
                case 5: return sameDay ? "today" : "yesterday"
                default: return "on \(englishWeekdays[d.weekday - 1]), \(month) \(d.day)"
                }
            }
            let part = ["sáng", "chiều", "tối", "ngày"][random.int(4)]
            switch random.int(8) {
            case 0: return "\(part) \(d.day)/\(d.month)"
            case 1: return "\(part) \(two(d.day))/\(two(d.month))/\(d.year)"
            case 2: return "\(part == "ngày" ? "chiều" : part) \(d.day)-\(d.month)"
            case 3: return "ngày \(d.day) tháng \(d.month) năm \(d.year)"
            case 4: return "ngày \(d.day)/\(d.month)/\(d.year)"
            case 5: return sameDay ? "\(part == "ngày" ? "sáng" : part) nay (\(d.day)/\(d.month))" : "hôm qua (\(d.day)/\(d.month))"
            case 6: return "\(part == "ngày" ? "sáng" : part) \(vietnameseWeekdays[d.weekday - 1]), \(d.day)/\(d.month)"
            default: return "\(part) \(d.day)/\(d.month)"
            }
        }

        /// `$1.25 billion`, `US$125 million`, `USD 12.5 million`; `1,25 tỷ USD`, `125 triệu đô la`.
        static func usd(_ value: Double, english: Bool, random: inout SynthRandom) -> String {
            let billions = value >= 1e9
            let x = SynthText.decimal(value / (billions ? 1e9 : 1e6), places: 2, vietnamese: !english)
            if english {
                let scale = billions ? "billion" : "million"
                switch random.int(3) {
                case 0: return "$\(x) \(scale)"
                case 1: return "US$\(x) \(scale)"
                default: return "USD \(x) \(scale)"
                }
            }
            return "\(x) \(billions ? "tỷ" : "triệu") \(random.chance(0.75) ? "USD" : "đô la")"
        }

        /// `VND 3.45 trillion`, `345 billion dong`; `3.450 tỷ đồng`.
        static func vnd(_ value: Double, english: Bool, random: inout SynthRandom) -> String {
            if english {
                let trillions = value >= 1e12
                let x = SynthText.decimal(value / (trillions ? 1e12 : 1e9), places: 2, vietnamese: false)
                let scale = trillions ? "trillion" : "billion"
                return random.chance(0.5) ? "VND \(x) \(scale)" : "\(x) \(scale) dong"
            }
            return "\(SynthText.decimal(value / 1e9, places: 2, vietnamese: true)) tỷ đồng"
        }
    }
}
