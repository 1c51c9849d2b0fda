/// The archive's articles a batch re-pairs, by publication day: those within the alignment's
/// window (`windowDays`) of a day the batch touches are re-decided, and those within twice the
/// window are read too, so that every article re-decided is scored against all the candidates
/// that one `vnalign align` over the whole archive would give it (its rivals included).
/// Articles without a publication date are in every window; a batch with one re-pairs the
/// whole archive.
///
/// ```swift
/// let window = PairingWindow(days: [19_000], undated: false, windowDays: 7)
/// window.decided.ranges   // [18993...19007]
/// window.read.ranges      // [18986...19014]
/// ```
struct PairingWindow: Equatable {
    /// Days as merged, sorted ranges; `everything` covers every day.
    struct Days: Equatable {
        var ranges: [ClosedRange<Int>]
        var everything: Bool

        init(around days: Set<Int>, radius: Int, everything: Bool) {
            self.everything = everything
            var merged: [ClosedRange<Int>] = []
            for d in days.sorted() {
                let r = (d - radius)...(d + radius)
                if let last = merged.last, r.lowerBound <= last.upperBound + 1 {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
                } else {
                    merged.append(r)
                }
            }
            ranges = everything ? [] : merged
        }

        /// Whether an article published on `day` (nil: undated) is in these days.
        func contains(_ day: Int?) -> Bool {
            guard let day else { return true }
            return everything || ranges.contains { $0.contains(day) }
        }
    }

    /// The articles whose decisions the batch may change.
    let decided: Days
    /// The articles read to decide them.
    let read: Days

    init(days: Set<Int>, undated: Bool, windowDays: Int) {
        decided = Days(around: days, radius: windowDays, everything: undated)
        read = Days(around: days, radius: 2 * windowDays, everything: undated)
    }
}
