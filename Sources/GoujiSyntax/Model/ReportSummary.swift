import GoujiFormats
import GoujiText

/// What `gouji dump` shows of a report, as plain values: the reading itself, for people and tools to check.
/// Row labels are the format's canonical labels; a value is the normalised text as written, `""` for an empty cell,
/// `nil` for a cell that could not be read; beside the values, how each was read (``Confidence``).
package struct ReportSummary: Sendable, Hashable {
  package struct SectionEntry: Sendable, Hashable {
    package var number: Int
    package var title: String
    /// 1-based.
    package var line: Int
  }

  package struct RowEntry: Sendable, Hashable {
    /// Table 二's clause header (`第二十条第（一）项`); `nil` in table 三.
    package var subtable: String?
    package var row: String
    package var values: [String?]
    /// How each value was read, in the order of `values`.
    package var confidence: [Confidence]
  }

  package var reportYear: Int?
  /// `2019`, `2021`, `pre-2019`, or `nil`.
  package var format: String?
  package var expectedFormat: String?
  package var textForm: String?
  package var title: String?
  package var agency: String?
  package var sections: [SectionEntry]
  package var table2: [RowEntry]?
  package var table3: [RowEntry]?
  package var table4: [String?]?
  package var table4Confidence: [Confidence]?

  package init(_ report: Report) {
    reportYear = report.reportYear
    format = report.isPre2019 ? "pre-2019" : (report.tableFormat ?? report.expectedFormat)?.rawValue
    expectedFormat = report.expectedFormat?.rawValue
    textForm = report.textForm?.rawValue
    title = report.title?.text
    agency = report.title?.agency
    sections = report.sections.map {
      SectionEntry(
        number: $0.number, title: $0.heading.title, line: report.text.line(containing: $0.heading.range.start) + 1)
    }
    let format = report.effectiveFormat
    guard !report.isPre2019 else { return }
    table2 = report.table2.map { table in
      table.rows.map { row in
        let subtable = report.formats.formats.flatMap(\.table2).first { $0.key == row.subtable }
        let label = format.table2.first { $0.key == row.subtable }?.rows.first { $0.key == row.key }?.label ?? row.label
        return RowEntry(
          subtable: subtable?.clause, row: label, values: ReportSummary.values(row.cells),
          confidence: row.cells.map(\.confidence)
        )
      }
    }
    table3 = report.table3.map { table in
      format.table3.rows.map { spec in
        let row = table.row(spec.key)
        let values =
          row.map { ReportSummary.values($0.cells) } ?? Array(repeating: nil, count: format.table3.columns.count)
        let confidence =
          row?.cells.map(\.confidence)
          ?? Array(repeating: .unreadable, count: format.table3.columns.count)
        return RowEntry(
          subtable: nil, row: spec.dumpName(groups: format.table3.groups), values: values, confidence: confidence)
      }
    }
    table4 = report.table4.map { ReportSummary.values($0.rows.flatMap(\.cells)) }
    table4Confidence = report.table4.map { $0.rows.flatMap(\.cells).map(\.confidence) }
  }

  private static func values(_ cells: [Cell]) -> [String?] {
    cells.map { $0.isReadable ? $0.text : nil }
  }
}
