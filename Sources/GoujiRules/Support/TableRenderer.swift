import GoujiFormats
import GoujiSyntax
import GoujiText

/// Writes rows and tables of a format in a report's own text form, for the fixes that insert them.
package struct TableRenderer: Sendable {
  package var form: TextForm
  package var lineEnding: String

  package init(form: TextForm?, text: SourceText) {
    self.form = form ?? .tabSeparated
    self.lineEnding = text.dominantLineEnding
  }

  /// One row: its label and values in the form's layout, without a leading or trailing line break.
  package func row(label: String, values: [String]) -> String {
    switch form {
    case .cellPerLine: (["\t" + label] + values.map { "\t" + $0 }).joined(separator: lineEnding)
    // A grid's borders are drawing, not content: rows inserted into one are written TAB-separated.
    case .tabSeparated, .mixed, .grid: ([label] + values).joined(separator: "\t")
    case .layout: ([label] + values).joined(separator: " ")
    case .flattened: label + values.joined()
    }
  }

  /// What separates two rows.
  package var rowSeparator: String {
    switch form {
    case .cellPerLine: lineEnding + lineEnding
    case .flattened: ""
    default: lineEnding
    }
  }

  /// The empty table `id` of `format` (labels, no values), rows separated as the form separates them. A form that
  /// cannot write an empty cell gets the table in one that can, so that it reads back as a table of empty cells: PDF
  /// layout and flattened text separate cells only by what they hold (TAB-separated rows instead), and table 四's
  /// fifteen values have no label, so TAB-separated they would be a blank line (one cell per line instead).
  package func emptyTable(_ id: TableID, format: ReportFormat) -> String {
    let writable: TextForm =
      switch (id, form) {
      case (.table4, _): .cellPerLine
      case (_, .layout), (_, .flattened): .tabSeparated
      default: form
      }
    guard writable == form else {
      var renderer = self
      renderer.form = writable
      return renderer.emptyTable(id, format: format)
    }
    switch id {
    case .table2:
      return format.table2.map { subtable in
        ([row(label: subtable.clause, values: []), row(label: "信息内容", values: subtable.columns.map(\.label))]
          + subtable.rows.map { row(label: $0.label, values: Array(repeating: "", count: subtable.columns.count)) })
          .joined(separator: rowSeparator)
      }.joined(separator: rowSeparator)
    case .table3:
      let spec = format.table3
      let header = row(label: spec.note, values: spec.columns.map(\.label))
      // A group's label stands before its first row only, as in real tables: repeated before every row, it would be
      // read as a row label of its own (`（六）其他处理` is a row of the 2019 format).
      var labelled: Set<String> = []
      let rows = spec.rows.map { rowSpec in
        let first = rowSpec.group.map { labelled.insert($0).inserted } ?? false
        return row(
          label: first ? rowSpec.dumpName(groups: spec.groups) : rowSpec.label,
          values: Array(repeating: "", count: spec.columns.count)
        )
      }
      return ([header] + rows).joined(separator: rowSeparator)
    case .table4:
      let spec = format.table4
      let headers = spec.rows.map { rowSpec in row(label: rowSpec.label, values: spec.columns.map(\.label)) }
      // The fifteen values have no label cell of their own.
      let values = Array(repeating: "\t", count: spec.rows.count * spec.columns.count).joined(separator: lineEnding)
      return (headers + [values]).joined(separator: rowSeparator)
    }
  }
}

extension SourceText {
  /// `\r\n` when most lines end so, `\r` likewise, else `\n`.
  package var dominantLineEnding: String {
    var crlf = 0
    var lf = 0
    var cr = 0
    for line in 0..<max(0, lineCount - 1) {
      let end = lineRange(line).end
      if end >= 2 && bytes[end - 2] == 0x0D && bytes[end - 1] == 0x0A {
        crlf += 1
      } else if bytes[end - 1] == 0x0A {
        lf += 1
      } else {
        cr += 1
      }
    }
    if crlf > lf && crlf >= cr { return "\r\n" }
    if cr > lf && cr > crlf { return "\r" }
    return "\n"
  }
}
