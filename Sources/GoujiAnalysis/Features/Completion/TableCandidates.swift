import GoujiFormats
import GoujiRules
import GoujiSyntax

/// The whole empty table of the report's format, for a section whose table is absent: a snippet with a `${n:0}`
/// placeholder per cell, and the same table with zeros, in the text form the rest of the report uses.
enum TableCandidates {
  static func emptyTable(_ id: TableID, report: Report, language: Language) -> CompletionCandidate {
    let format = report.effectiveFormat
    let renderer = TableRenderer(form: report.textForm, text: report.text)
    let template = TableTemplate(renderer: renderer, format: format)
    let snippet = template.text(id, label: escapeSnippet) { "${\($0):0}" }
    let plain = template.text(id, label: { $0 }) { _ in "0" }
    let label = id.outlineName + language.pick("（空表）", " (empty table)")
    let formatName = language.pick("\(format.id.rawValue)年格式", "\(format.id.rawValue) format")
    let detail = formatName + language.pick(" · \(template.cellCount(id)) 个单元格", " · \(template.cellCount(id)) cells")
    let documentation = language.pick(
      "插入\(formatName)（\(format.notice.number)）的\(id.outlineName)，每个单元格为 0，按本报告的文本形式书写。",
      "Inserts \(id.outlineName) of the \(formatName) (\(format.notice.number)), every cell 0, written in the report's "
        + "own text form."
    )
    return CompletionCandidate(
      label: label, detail: detail, documentation: documentation, insertText: snippet, isSnippet: true,
      plainInsertText: plain, kind: .table, sortKey: "0-" + id.rawValue.sortKey
    )
  }

  /// Escapes the characters that mean something in an LSP snippet.
  static func escapeSnippet(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\$}".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}

/// The layout of ``TableRenderer/emptyTable(_:format:)`` with a value in every cell: `value(n)` writes the n-th
/// cell (from 1), `label` writes a label.
struct TableTemplate {
  let renderer: TableRenderer
  let format: ReportFormat

  func cellCount(_ id: TableID) -> Int {
    switch id {
    case .table2: format.table2.reduce(0) { $0 + $1.rows.count * $1.columns.count }
    case .table3: format.table3.rows.count * format.table3.columns.count
    case .table4: format.table4.rows.count * format.table4.columns.count
    }
  }

  func text(_ id: TableID, label: (String) -> String, value: (Int) -> String) -> String {
    let all = (0..<cellCount(id)).map { value($0 + 1) }
    var next = 0
    let values = { (count: Int) -> [String] in
      defer { next += count }
      return Array(all[next..<(next + count)])
    }
    let separator = renderer.rowSeparator
    switch id {
    case .table2:
      return format.table2.map { subtable in
        ([
          renderer.row(label: label(subtable.clause), values: []),
          renderer.row(label: label("信息内容"), values: subtable.columns.map { label($0.label) }),
        ]
          + subtable.rows.map { renderer.row(label: label($0.label), values: values(subtable.columns.count)) })
          .joined(separator: separator)
      }.joined(separator: separator)
    case .table3:
      let spec = format.table3
      let header = renderer.row(label: label(spec.note), values: spec.columns.map { label($0.label) })
      let rows = spec.rows.map {
        renderer.row(label: label($0.dumpName(groups: spec.groups)), values: values(spec.columns.count))
      }
      return ([header] + rows).joined(separator: separator)
    case .table4:
      let spec = format.table4
      let headers = spec.rows.map { renderer.row(label: label($0.label), values: spec.columns.map { label($0.label) }) }
      let cells = renderer.row(label: "", values: values(spec.rows.count * spec.columns.count))
      return (headers + [cells]).joined(separator: separator)
    }
  }
}
