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
      plainInsertText: plain, kind: .table, sortKey: "0-" + sortKey(id.rawValue)
    )
  }

  /// Escapes the characters that mean something in an LSP snippet.
  static func escapeSnippet(_ text: String) -> String {
    text.escaping("\\$}")
  }
}

/// The layout of ``TableRenderer/emptyTable(_:format:)`` with a value in every cell: `value(n)` writes the n-th
/// cell (from 1), `label` writes a label. Unlike the renderer, table 三's group labels (`三、本年度办理结果`,
/// `（三）不予公开`) are written once, before the group's first row, as the national table prints them: the reader
/// takes a repeated `（六）其他处理` for a row of its own.
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
    var cells = (0..<cellCount(id)).map { value($0 + 1) }[...]
    let values = { (count: Int) -> [String] in
      defer { cells = cells.dropFirst(count) }
      return Array(cells.prefix(count))
    }
    let lines: [String]
    switch id {
    case .table2:
      lines = format.table2.flatMap { subtable in
        [
          renderer.row(label: label(subtable.clause), values: []),
          renderer.row(label: label("信息内容"), values: subtable.columns.map { label($0.label) }),
        ] + subtable.rows.map { renderer.row(label: label($0.label), values: values(subtable.columns.count)) }
      }
    case .table3:
      let spec = format.table3
      var shown: Set<String> = []
      lines =
        [renderer.row(label: label(spec.note), values: spec.columns.map { label($0.label) })]
        + spec.rows.map { row in
          let labels = (groupLabels(row, shown: &shown) + [row.label]).map(label)
          return renderer.row(label: labels[0], values: Array(labels.dropFirst()) + values(spec.columns.count))
        }
    case .table4:
      let spec = format.table4
      lines =
        spec.rows.map { renderer.row(label: label($0.label), values: spec.columns.map { label($0.label) }) }
        + [renderer.row(label: "", values: values(spec.rows.count * spec.columns.count))]
    }
    return lines.joined(separator: renderer.rowSeparator)
  }

  /// The group labels to write before `row`: the top-level group before its first grouped row, a sub-group
  /// before its first sub-row.
  private func groupLabels(_ row: RowSpec, shown: inout Set<String>) -> [String] {
    let groups = format.table3.groups
    guard let own = groups.first(where: { $0.key == row.group }) else { return [] }
    let outer = groups.filter { $0.numbering.hasSuffix("、") && $0.key != own.key }
    let chain = outer + (own.namesSubRows || own.numbering.hasSuffix("、") ? [own] : [])
    return chain.filter { shown.insert($0.key).inserted }.map(\.label)
  }
}
