import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ305: a value cell is empty.
package enum CellEmpty: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ305", name: "cell-empty", severity: .warning, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "数值单元格为空", en: "A value cell is empty"),
      checks: "三张统计表中应填数值的单元格是否为空。每行报告一次，列出空着的列。表三中申请人各列已填而总计为空的，由 GJ311 报告。",
      why: "格式要求每个单元格都填写数值，没有发生的情形填0。空白单元格会让读者无法分辨是“0”还是“漏填”；计算合计时按0处理。",
      wrong: "（一）予以公开\t\t\t\t\t\t\t0",
      right: "（一）予以公开\t0\t0\t0\t0\t0\t0\t0",
      fix: "在空单元格中填0（安全修复：空白在核对中本来就按0计算）。",
      basis: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let reportedTotals = Set(RowTotalEmpty.check(context).map(\.range))
    return context.allCells.compactMap { row in
      let empty = row.filter { $0.cell.isEmpty && !reportedTotals.contains($0.cell.range) }
      guard let first = empty.first else { return nil }
      let columns = empty.map(\.column.label).joined(separator: "、")
      let range = empty.dropFirst().reduce(first.cell.range) { $0.union($1.cell.range) }
      let name = context.rowTitle(first)
      return Finding(
        message: LocalizedText(
          zh: empty.count == 1 ? "\(name)的“\(columns)”为空（按0计算）" : "\(name)有\(empty.count)个空单元格（\(columns)），按0计算",
          en: empty.count == 1 ? "\(name): “\(columns)” is empty (counted as 0)" : "\(name) has \(empty.count) empty cells (\(columns)), counted as 0"
        ),
        range: range,
        related: empty.count > 1
          ? empty.map { RelatedLocation(range: $0.cell.range, message: LocalizedText(zh: $0.column.label, en: $0.column.label)) } : [],
        fixes: [
          Fix(
            title: LocalizedText(zh: "填0", en: "Fill in 0"), isSafe: true,
            edits: empty.map { TextEdit(range: $0.cell.range, newText: "0") }
          )
        ]
      )
    }
  }
}
