import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ401: a number stated in the prose of 一、总体情况 contradicts the table.
package enum TextTableMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ401", name: "text-table-mismatch", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文中的数字与统计表不一致", en: "A number in the prose contradicts the table"),
      checks: "“一、总体情况”中关于收到申请、办理结果（予以公开、部分公开、不予公开、无法提供、不予处理）、结转、行政复议、行政诉讼的件数（“未收到……申请”按0计），与表三、表四的对应总计比较。只读取措辞明确指向这些数量的句子。",
      why: "正文和表格是同一组数据的两种表述，互相矛盾时读者无法判断哪个正确；常见情形是正文沿用了上一年的表述，或把某一列的数值当作了合计。",
      wrong: "2020年我局未收到政府信息公开申请。……一、本年新收政府信息公开申请数量 … 总计 3",
      right: "2020年我局收到政府信息公开申请3件。",
      fix: "无自动修复：需要核实正文和表格哪一个正确。",
      basis: "《条例》第五十条（年度报告应当包括收到和处理政府信息公开申请的情况、行政复议和行政诉讼的情况）。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply, let section = context.report.section(1) else { return [] }
    return NarrativeReader.statements(in: context.displayView(of: section.bodyRange)).compactMap { statement in
      guard let (value, cells, name) = tableValue(statement.topic, context: context), value != statement.value else {
        return nil
      }
      let said = context.text[statement.range]
      return Finding(
        message: LocalizedText(
          zh: "正文“\(said)”为\(statement.value)，表中\(name.zh)为\(value)",
          en: "The prose “\(said)” says \(statement.value); the table's \(name.en) is \(value)"
        ),
        range: statement.range,
        related: cells.map { RelatedLocation(range: $0.cell.range, message: LocalizedText(zh: "\(context.rowName(.table3, $0.row))", en: "\(context.rowName(.table3, $0.row))")) }
      )
    }
  }

  /// The table's figure for a topic, the cells it comes from, and its name.
  private static func tableValue(_ topic: NarrativeStatement.Topic, context: RuleContext)
    -> (Int, [CellRef], LocalizedText)?
  {
    let (table, rows, column): (TableID, [String], String)
    let rowKeys = context.format.table3.rows.map(\.key)
    switch topic {
    case .newApplications: (table, rows, column) = (.table3, ["new"], "total")
    case .carried: (table, rows, column) = (.table3, ["carried"], "total")
    case .carryOver: (table, rows, column) = (.table3, ["carryOver"], "total")
    case .published: (table, rows, column) = (.table3, ["public"], "total")
    case .partlyPublished: (table, rows, column) = (.table3, ["partial"], "total")
    case .withheld: (table, rows, column) = (.table3, rowKeys.filter { $0.hasPrefix("withheld.") }, "total")
    case .unable: (table, rows, column) = (.table3, rowKeys.filter { $0.hasPrefix("unable.") }, "total")
    case .ignored: (table, rows, column) = (.table3, rowKeys.filter { $0.hasPrefix("ignored.") }, "total")
    case .administrativeReview: (table, rows, column) = (.table4, ["review"], "total")
    case .lawsuits: (table, rows, column) = (.table4, ["suitDirect", "suitAfterReview"], "total")
    }
    guard let evaluator = context.balance(table) else { return nil }
    let cells = rows.compactMap { evaluator.cell($0, column) }
    guard cells.count == rows.count else { return nil }
    let values = cells.compactMap(\.cell.arithmeticValue)
    guard values.count == cells.count else { return nil }
    let name: LocalizedText =
      table == .table4
      ? LocalizedText(zh: "“\(rows.map { context.rowName(.table4, $0) }.joined(separator: "”与“"))”的总计", en: "total of \(rows.joined(separator: " + "))")
      : LocalizedText(
        zh: rows.count == 1 ? "“\(context.rowName(.table3, rows[0]))”的总计" : "“\(context.format.table3.groups.first { rows[0].hasPrefix($0.key) }?.label ?? "")”各项总计之和",
        en: "the total of \(rows.count == 1 ? context.rowName(.table3, rows[0]) : "the group")"
      )
    return (values.reduce(0, +), cells.filter { ($0.cell.arithmeticValue ?? 0) != 0 || rows.count == 1 }, name)
  }
}
