import Foundation

/// A bar chart drawn as inline SVG: stacked bars, one per category, with axes, tick labels, axis
/// titles, a legend whose swatches differ by pattern as well as colour, a title and description
/// for assistive technology, and the same figures as a table (its text alternative). The output
/// depends only on the data, byte for byte.
///
/// ```swift
/// var chart = SVGBarChart(id: "per-day", title: "Articles per day", valueName: "articles",
///                         categoryName: "day", series: [.init(name: "English"), .init(name: "Vietnamese")])
/// chart.bars = [.init(key: "2024-08-19", values: [3, 2])]
/// let html = chart.render()   // <figure class="chart" id="per-day">…<svg …>…</svg>…</figure>
/// ```
public struct SVGBarChart: Sendable {
    /// One stacked part of every bar.
    public struct Series: Sendable {
        public let name: String
        public init(name: String) { self.name = name }
    }

    /// One bar: its category (a day, an outlet) and a value per series.
    public struct Bar: Sendable {
        public let key: String
        public let values: [Int]
        public init(key: String, values: [Int]) {
            self.key = key
            self.values = values
        }
        public var total: Int { values.reduce(0, +) }
    }

    /// Columns over a category axis read left to right (days), or rows read top to bottom
    /// (outlets, sections).
    public enum Layout: Sendable { case columns, rows }

    public let id: String
    public let title: String
    /// What the values count (`articles`), for the axis title and the tooltips.
    public let valueName: String
    /// What a category is (`day`, `outlet`), for the axis title and the table header.
    public let categoryName: String
    public let series: [Series]
    public var bars: [Bar] = []
    public var layout: Layout = .columns
    /// A sentence under the chart: what is counted and how.
    public var caption = ""

    public init(id: String, title: String, valueName: String, categoryName: String, series: [Series]) {
        self.id = id
        self.title = title
        self.valueName = valueName
        self.categoryName = categoryName
        self.series = series
    }

    /// Fills with a pattern, in series order: solid, hatched, dotted, cross-hatched.
    static let patterns = ["solid", "hatch", "dots", "cross"]

    /// The figure: legend, chart, caption and the figures as a table.
    public func render() -> String {
        var out = "<figure class=\"chart\" id=\"\(id)\">\n"
        out += "<figcaption><strong>\(HTMLText.escape(title))</strong>"
        if !caption.isEmpty { out += " <span>\(HTMLText.escape(caption))</span>" }
        out += "</figcaption>\n"
        if series.count > 1 {
            out += "<ul class=\"legend\">"
            for (i, s) in series.enumerated() {
                out += "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\">\(defs(prefix: "\(id)-l\(i)", only: i))<rect width=\"14\" height=\"14\" class=\"s\(i)\" fill=\"\(fill(i, prefix: "\(id)-l\(i)"))\"/></svg>\(HTMLText.escape(s.name))</li>"
            }
            out += "</ul>\n"
        }
        out += "<div class=\"plot\(layout == .columns ? " scroll" : "")\"\(layout == .columns ? " tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLText.attribute(title)), scrollable\"" : "")>\n"
        out += layout == .columns ? columns() : rows()
        out += "</div>\n"
        out += table()
        out += "</figure>\n"
        return out
    }

    // MARK: Drawing

    func defs(prefix: String, only: Int? = nil) -> String {
        var out = "<defs>"
        for i in series.indices where only == nil || only == i {
            switch Self.patterns[i % Self.patterns.count] {
            case "hatch":
                out += "<pattern id=\"\(prefix)-p\(i)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"s\(i)\" fill=\"currentColor\"/><rect width=\"2\" height=\"6\" fill=\"#fff\"/></pattern>"
            case "dots":
                out += "<pattern id=\"\(prefix)-p\(i)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" class=\"s\(i)\" fill=\"currentColor\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#fff\"/></pattern>"
            case "cross":
                out += "<pattern id=\"\(prefix)-p\(i)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" class=\"s\(i)\" fill=\"currentColor\"/><path d=\"M0 3H6M3 0V6\" stroke=\"#fff\" stroke-width=\"1\"/></pattern>"
            default: break
            }
        }
        return out + "</defs>"
    }

    func fill(_ i: Int, prefix: String) -> String {
        Self.patterns[i % Self.patterns.count] == "solid" ? "currentColor" : "url(#\(prefix)-p\(i))"
    }

    /// The svg element's opening tag, with its accessible name and description.
    func svgOpen(width: Double, height: Double, fixedWidth: Bool) -> String {
        let size = fixedWidth ? "width=\"\(n(width))\" height=\"\(n(height))\"" : "width=\"100%\" style=\"max-width:\(n(width))px\""
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" \(size) role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
            + "<title id=\"\(id)-t\">\(HTMLText.escape(title))</title><desc id=\"\(id)-d\">\(HTMLText.escape(description))</desc>"
            + defs(prefix: id)
    }

    /// One sentence that sums the chart up, for its description.
    var description: String {
        let totals = series.indices.map { i in bars.reduce(0) { $0 + ($1.values.count > i ? $1.values[i] : 0) } }
        let parts = zip(series, totals).map { "\($1) \($0.name)" }.joined(separator: ", ")
        let busiest = bars.max { ($0.total, $1.key) < ($1.total, $0.key) }
        var text = "\(bars.count) \(categoryName)s; \(valueName) in all: \(parts)."
        if let busiest, busiest.total > 0 { text += " Most: \(busiest.key) (\(busiest.total))." }
        return text + " The table below gives every figure."
    }

    /// A round step for about `count` ticks up to `maximum`.
    static func tickStep(_ maximum: Int, count: Int = 4) -> Int {
        guard maximum > count else { return 1 }
        let raw = Double(maximum) / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * magnitude >= raw { return Int(factor * magnitude) }
        return Int(10 * magnitude)
    }

    func tooltip(_ bar: Bar) -> String {
        let parts = zip(series, bar.values).map { "\($1) \($0.name)" }.joined(separator: ", ")
        return "\(bar.key): \(parts)"
    }

    func columns() -> String {
        let count = max(bars.count, 1)
        let step = min(28, max(4, (1150.0 / Double(count)).rounded(.down)))
        let barWidth = max(2, (step * 0.75).rounded(.down))
        let left = 48.0, right = 16.0, top = 12.0, plot = 160.0, bottom = 44.0
        let width = left + Double(count) * step + right, height = top + plot + bottom
        let maximum = max(1, bars.map(\.total).max() ?? 0)
        let tick = Self.tickStep(maximum)
        let ceiling = Double(((maximum + tick - 1) / tick) * tick)
        func y(_ v: Double) -> Double { top + plot - plot * v / ceiling }
        var out = svgOpen(width: width, height: height, fixedWidth: true) + "\n"
        var value = 0
        while Double(value) <= ceiling {
            let ty = y(Double(value))
            out += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(ty))\" y2=\"\(n(ty))\"/>"
            out += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(ty + 4))\" text-anchor=\"end\">\(value)</text>\n"
            value += tick
        }
        out += "<text class=\"axis-title\" transform=\"translate(12 \(n(top + plot / 2))) rotate(-90)\" text-anchor=\"middle\">\(HTMLText.escape(valueName))</text>\n"
        let labelEvery = max(1, Int((70 / step).rounded(.up)))
        for (i, bar) in bars.enumerated() {
            let x = left + Double(i) * step + (step - barWidth) / 2
            out += "<g class=\"bar\" data-key=\"\(HTMLText.attribute(bar.key))\"><title>\(HTMLText.escape(tooltip(bar)))</title>"
            var base = 0.0
            for (s, v) in bar.values.enumerated() where v > 0 {
                let y0 = y(base), y1 = y(base + Double(v))
                out += "<rect class=\"s\(s)\" fill=\"\(fill(s, prefix: id))\" x=\"\(n(x))\" y=\"\(n(y1))\" width=\"\(n(barWidth))\" height=\"\(n(y0 - y1))\"/>"
                base += Double(v)
            }
            out += "</g>\n"
            if i % labelEvery == 0 {
                let cx = left + Double(i) * step + step / 2
                out += "<line class=\"axis\" x1=\"\(n(cx))\" x2=\"\(n(cx))\" y1=\"\(n(top + plot))\" y2=\"\(n(top + plot + 4))\"/>"
                out += "<text class=\"tick\" x=\"\(n(cx))\" y=\"\(n(top + plot + 16))\" text-anchor=\"middle\">\(HTMLText.escape(bar.key))</text>\n"
            }
        }
        out += "<line class=\"axis\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(top + plot))\" y2=\"\(n(top + plot))\"/>"
        out += "<line class=\"axis\" x1=\"\(n(left))\" x2=\"\(n(left))\" y1=\"\(n(top))\" y2=\"\(n(top + plot))\"/>\n"
        out += "<text class=\"axis-title\" x=\"\(n(left + Double(count) * step / 2))\" y=\"\(n(height - 8))\" text-anchor=\"middle\">\(HTMLText.escape(categoryName))</text>\n"
        return out + "</svg>\n"
    }

    func rows() -> String {
        let labelWidth = 190.0, plotWidth = 440.0, right = 48.0, rowHeight = 22.0, top = 8.0, bottom = 36.0
        let width = labelWidth + plotWidth + right, height = top + Double(max(bars.count, 1)) * rowHeight + bottom
        let maximum = max(1, bars.map(\.total).max() ?? 0)
        let tick = Self.tickStep(maximum)
        let ceiling = Double(((maximum + tick - 1) / tick) * tick)
        func x(_ v: Double) -> Double { labelWidth + plotWidth * v / ceiling }
        let bottomY = top + Double(bars.count) * rowHeight
        var out = svgOpen(width: width, height: height, fixedWidth: false) + "\n"
        var value = 0
        while Double(value) <= ceiling {
            let tx = x(Double(value))
            out += "<line class=\"grid\" x1=\"\(n(tx))\" x2=\"\(n(tx))\" y1=\"\(n(top))\" y2=\"\(n(bottomY))\"/>"
            out += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottomY + 14))\" text-anchor=\"middle\">\(value)</text>\n"
            value += tick
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let label = bar.key.count > 30 ? String(bar.key.prefix(29)) + "…" : bar.key
            out += "<g class=\"bar\" data-key=\"\(HTMLText.attribute(bar.key))\"><title>\(HTMLText.escape(tooltip(bar)))</title>"
            out += "<text class=\"tick\" x=\"\(n(labelWidth - 6))\" y=\"\(n(y + rowHeight / 2 + 4))\" text-anchor=\"end\">\(HTMLText.escape(label))</text>"
            var base = 0.0
            for (s, v) in bar.values.enumerated() where v > 0 {
                out += "<rect class=\"s\(s)\" fill=\"\(fill(s, prefix: id))\" x=\"\(n(x(base)))\" y=\"\(n(y + 3))\" width=\"\(n(x(base + Double(v)) - x(base)))\" height=\"\(n(rowHeight - 6))\"/>"
                base += Double(v)
            }
            out += "<text class=\"value\" x=\"\(n(x(base) + 4))\" y=\"\(n(y + rowHeight / 2 + 4))\">\(bar.total)</text></g>\n"
        }
        out += "<line class=\"axis\" x1=\"\(n(labelWidth))\" x2=\"\(n(labelWidth))\" y1=\"\(n(top))\" y2=\"\(n(bottomY))\"/>"
        out += "<line class=\"axis\" x1=\"\(n(labelWidth))\" x2=\"\(n(labelWidth + plotWidth))\" y1=\"\(n(bottomY))\" y2=\"\(n(bottomY))\"/>\n"
        out += "<text class=\"axis-title\" x=\"\(n(labelWidth + plotWidth / 2))\" y=\"\(n(height - 6))\" text-anchor=\"middle\">\(HTMLText.escape(valueName))</text>\n"
        return out + "</svg>\n"
    }

    /// The figures as a table: the chart's text alternative.
    func table() -> String {
        var out = "<details class=\"figures-table\"><summary>\(HTMLText.escape(title)): the figures as a table</summary>\n"
        out += "<table><thead><tr><th scope=\"col\">\(HTMLText.escape(categoryName))</th>"
        for s in series { out += "<th scope=\"col\" class=\"num\">\(HTMLText.escape(s.name))</th>" }
        if series.count > 1 { out += "<th scope=\"col\" class=\"num\">total</th>" }
        out += "</tr></thead><tbody>\n"
        for bar in bars {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(bar.key))</th>"
            for v in bar.values { out += "<td class=\"num\">\(v)</td>" }
            if series.count > 1 { out += "<td class=\"num\">\(bar.total)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table></details>\n"
    }

    /// A coordinate with at most one decimal, `.0` left out.
    func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }
}
