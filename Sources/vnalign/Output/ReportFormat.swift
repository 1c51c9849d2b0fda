import ArgumentParser
import VNReporting

/// The formats of a coverage report, for `vnalign report` and `vnalign archive report`.
///
/// ```swift
/// let text = try ReportFormat.markdown.render(report)
/// ```
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html

    /// `report` in this format.
    func render(_ report: CoverageReport) throws -> String {
        switch self {
        case .text: report.text()
        case .markdown: report.markdown()
        case .json: try JSONOutput.encode(report)
        case .csv: report.csv()
        case .html: try CoverageHTML(report).render()
        }
    }
}
