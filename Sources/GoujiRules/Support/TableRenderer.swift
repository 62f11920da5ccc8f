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
    case .tabSeparated, .mixed: ([label] + values).joined(separator: "\t")
    case .layout: ([label] + values).joined(separator: " ")
    case .flattened: label + values.joined()
    }
  }

  /// What separates two cells of a row.
  package var cellSeparator: String {
    switch form {
    case .cellPerLine: lineEnding + "\t"
    case .tabSeparated, .mixed: "\t"
    case .layout: " "
    case .flattened: ""
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

  /// The empty table `id` of `format` (labels, no values), rows separated as the form separates them.
  package func emptyTable(_ id: TableID, format: ReportFormat) -> String {
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
      var written: Set<String> = []
      // A group label stands once, in the first row of its group, as in the national format.
      let rows = spec.rows.map { rowSpec -> String in
        var label = rowSpec.label
        for group in groups(of: rowSpec, in: spec).reversed() where !written.contains(group.key) {
          written.insert(group.key)
          label = group.label + cellSeparator + label
        }
        return row(label: label, values: Array(repeating: "", count: spec.columns.count))
      }
      return ([header] + rows).joined(separator: rowSeparator)
    case .table4:
      let spec = format.table4
      let headers = spec.rows.map { rowSpec in row(label: rowSpec.label, values: spec.columns.map(\.label)) }
      let values = row(label: "", values: Array(repeating: "", count: spec.rows.count * spec.columns.count))
      return (headers + [values]).joined(separator: rowSeparator)
    }
  }
}

extension TableRenderer {
  /// The groups a row belongs to, outermost first (`三、本年度办理结果`, then `（三）不予公开`).
  private func groups(of row: RowSpec, in spec: Table3Spec) -> [GroupSpec] {
    guard let key = row.group, let group = spec.groups.first(where: { $0.key == key }) else { return [] }
    let outcome = spec.groups.first { $0.key == "outcome" }
    return group.key == "outcome" ? [group] : [outcome, group].compactMap { $0 }
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
