import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ302: a row of the format is absent from a table.
package enum RowMissing: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ302", name: "row-missing", severity: .error, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "统计表缺少格式规定的行", en: "A row of the format is missing from a table"),
      checks:
        "表二各子表、表三的每一个数据行（2019年格式23行，2021年格式25行）是否都在。某行的标签在表中出现、但不在格式规定的顺序中（如LibreOffice导出的PDF按阅读顺序转成的文本），该行并未缺少，只是其数值无法确定：此时报告为警告，位置在该标签，本行不读取、也没有修复。",
      why: "格式规定的每一行都必须填报，即使数值为0；缺行会让合计无法核对，也可能隐藏了应当报告的情形。",
      wrong: "（四）无法提供 1.本机关不掌握相关政府信息 …\n（四）无法提供 3.补正后申请内容仍不明确 …（缺少第2行）",
      right: "……\n2.没有现成信息需要另行制作 0 0 0 0 0 0 0\n……",
      fix: "在应有的位置插入该行，数值填0。0是否属实需要填报人确认，因此是不安全修复。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return missingRows(context) + rowsOutOfOrder(context)
  }

  /// Rows whose label stands in the table out of the format's order: not missing, unread; a warning at the label,
  /// with no fix (the row is there).
  private static func rowsOutOfOrder(_ context: RuleContext) -> [Finding] {
    context.rowProblems { kind in
      if case .rowOutOfOrder(let table, let key, _) = kind { return (table, key) }
      return nil
    }.map { name, problem in
      Finding(
        message: LocalizedText(
          zh: "“\(name)”行的标签不在格式规定的位置（文本的顺序与表格不同），无法确定其数值：本行未读取，请核对原文",
          en: "The label of the row “\(name)” is out of the format's order (the text is not in the table's order), so "
            + "its values cannot be told: the row is not read, check it against the original"
        ),
        range: problem.range, severity: .warning
      )
    }
  }

  /// Rows of the format absent from a table: an error, with the row of zeros to insert (unsafe).
  private static func missingRows(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> (TableID, String, String?)? in
      if case .rowMissing(let table, let key, let subtable) = kind { return (table, key, subtable) }
      return nil
    }.map { row, problem in
      let (table, key, subtable) = row
      let name = context.rowName(table, key)
      let columns: Int =
        table == .table2
        ? context.format.table2.first { $0.key == subtable }?.columns.count ?? 1 : context.format.table3.columns.count
      let renderer = TableRenderer(form: context.report.table(table)?.form, text: context.text)
      let label = table == .table3 ? (context.format.table3.rows.first { $0.key == key }?.label ?? name) : name
      let rowText = renderer.row(label: label, values: Array(repeating: "0", count: columns))
      let place = insertionPlace(
        table, key: key, subtable: subtable, problem: problem.range, renderer: renderer, context: context
      )
      let separator = renderer.rowSeparator
      let insertion = place.before ? rowText + separator : separator + rowText
      return Finding(
        message: LocalizedText(zh: "缺少“\(name)”行", en: "The row “\(name)” is missing"),
        range: TextRange(emptyAt: place.offset),
        fixes: [
          Fix(
            title: LocalizedText(zh: "插入“\(name)”行（数值为0）", en: "Insert the row “\(name)” with zeros"), isSafe: false,
            edits: [TextEdit(range: TextRange(emptyAt: place.offset), newText: insertion)]
          )
        ]
      )
    }
  }

  /// Where a missing row goes: after the nearest earlier row when that row is of the same group (table 三's group,
  /// table 二's sub-table); otherwise before the nearest later row of its group, so that it lands under its group's
  /// label and not above it; in a sub-table of table 二 with no row at all, after the sub-table's header; else after
  /// the nearest earlier row. `before` tells whether the row goes before the text at `offset` (else after it).
  private static func insertionPlace(
    _ table: TableID, key: String, subtable: String?, problem: TextRange, renderer: TableRenderer, context: RuleContext
  ) -> (offset: Int, before: Bool) {
    guard let read = context.report.table(table) else { return (problem.start, false) }
    let order: [(key: String, group: String?)] =
      table == .table2
      ? context.format.table2.flatMap { subtable in subtable.rows.map { ($0.key, Optional(subtable.key)) } }
      : context.format.table3.rows.map { ($0.key, $0.group) }
    guard let index = order.firstIndex(where: { $0.key == key }) else { return (problem.start, false) }
    let group = order[index].group
    func found(_ entry: (key: String, group: String?)) -> TableRow? {
      read.rows.first { $0.key == entry.key && (table != .table2 || $0.subtable == entry.group) }
    }
    let earlier = order[..<index].reversed().lazy.compactMap { entry in found(entry).map { (entry.group, $0) } }.first
    if let earlier, earlier.0 == group { return (earlier.1.range.end, false) }
    if let later = order[(index + 1)...].lazy.filter({ $0.group == group }).compactMap(found).first {
      return (lineStart(of: later, renderer: renderer, text: context.text), true)
    }
    if table == .table2, let subtable, let header = headerEnd(subtable, in: read, context: context) {
      return (header, false)
    }
    if let earlier { return (earlier.1.range.end, false) }
    return (problem.start, false)
  }

  /// Where the line of `row`'s label starts (its label, in flattened text, where rows share a line).
  private static func lineStart(of row: TableRow, renderer: TableRenderer, text: SourceText) -> Int {
    guard !renderer.rowSeparator.isEmpty else { return row.labelRange.start }
    return text.lineStarts[text.line(containing: row.labelRange.start)]
  }

  /// The end of the header row (`信息内容` and the column labels) of a sub-table of table 二: the end of the line
  /// that holds its last column label (of the cell's lines, in a Word copy).
  private static func headerEnd(_ key: String, in read: ReadTable, context: RuleContext) -> Int? {
    guard let clause = read.clauseRanges[key], let spec = context.format.table2.first(where: { $0.key == key }),
      let column = spec.columns.last
    else { return nil }
    let text = context.text
    let limit =
      read.clauseRanges.values.map(\.start).filter { $0 > clause.end }.min()
      ?? context.report.section(TableID.table2.sectionNumber)?.bodyRange.end ?? text.count
    let view = NormalizedText(text, range: TextRange(start: clause.end, end: max(clause.end, limit)), mode: .matching)
    let found = ([column.label] + column.aliases).lazy.compactMap { label -> Int? in
      let needle = NormalizedText.fold(label, mode: .matching)
      return view.firstIndex(of: needle).map { view.sourceRange(of: $0..<($0 + needle.count)).end }
    }.first
    guard let found else { return clause.end }
    var line = text.line(containing: found)
    // A Word copy wraps a long header cell onto lines without a TAB.
    while line + 1 < text.lineCount, text.lineStarts[line + 1] < limit {
      let next = text.lineContentRange(line + 1)
      guard next.length > 0, text.bytes[next.start] != 0x09, !text.trimmingSpaces(next).isEmpty else { break }
      line += 1
    }
    return text.lineContentRange(line).end
  }
}
