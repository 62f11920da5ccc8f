import GoujiFormats
import GoujiSyntax
import GoujiText

/// What `gouji dump` prints: the reader's understanding of a report, in the JSON shape of the command-line contract
/// or as a readable tree.
package struct ReportDump {
  package let path: String
  package let report: Report

  package init(path: String, report: Report) {
    self.path = path
    self.report = report
  }

  /// `format` as the contract spells it: the tables' format, `pre-2019`, or `null`.
  package var formatName: String? {
    if report.isPre2019 { return "pre-2019" }
    return (report.tableFormat ?? report.expectedFormat)?.rawValue
  }

  package var json: JSONOutput {
    let text = report.text
    return .object([
      ("path", .string(path)),
      ("reportYear", JSONOutput(report.reportYear)),
      ("format", JSONOutput(formatName)),
      ("expectedFormat", JSONOutput(report.expectedFormat?.rawValue)),
      ("textForm", JSONOutput(report.textForm?.rawValue)),
      ("title", JSONOutput(report.title?.text)),
      ("agency", JSONOutput(report.title?.agency)),
      ("sections", .array(report.sections.map { section in
        .object([
          ("number", .int(section.number)),
          ("title", .string(section.heading.title)),
          ("line", .int(text.line(containing: section.heading.range.start) + 1)),
        ])
      })),
      ("table2", table2JSON),
      ("table3", table3JSON),
      ("table4", table4JSON),
    ])
  }

  private var format: ReportFormat { report.effectiveFormat }

  private var table2JSON: JSONOutput {
    guard let table = report.table2, !report.isPre2019 else { return .null }
    let subtables = ReportFormats.all.flatMap(\.table2)
    return .array(table.rows.map { row in
      let spec = subtables.first { $0.key == row.subtable }
      let label = format.table2.first { $0.key == row.subtable }?.rows.first { $0.key == row.key }?.label ?? row.label
      return .object([("subtable", JSONOutput(spec?.clause)), ("row", .string(label)), ("values", values(row.cells))])
    })
  }

  private var table3JSON: JSONOutput {
    guard let table = report.table3, !report.isPre2019 else { return .null }
    let spec = format.table3
    return .array(spec.rows.map { rowSpec in
      let row = table.row(rowSpec.key)
      let cells = row?.cells ?? []
      return .object([
        ("row", .string(rowSpec.dumpName(groups: spec.groups))),
        ("values", row == nil ? .array(Array(repeating: .null, count: spec.columns.count)) : values(cells)),
      ])
    })
  }

  private var table4JSON: JSONOutput {
    guard let table = report.table4, !report.isPre2019 else { return .null }
    return values(table.rows.flatMap(\.cells))
  }

  private func values(_ cells: [Cell]) -> JSONOutput {
    .array(cells.map { $0.isReadable ? .string($0.text) : .null })
  }
}
