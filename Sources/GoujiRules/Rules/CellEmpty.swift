import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ305: value cells are empty: one finding per table.
package enum CellEmpty: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ305", name: "cell-empty", severity: .warning, fixAvailability: .always,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "数值单元格为空", en: "A value cell is empty"),
      checks:
        "三张统计表中应填数值的单元格是否为空。每张表报告一次：消息给出空单元格的个数，每个有空单元格的行列为相关位置。表三中申请人各列已填而总计为空的，由 GJ311 报告；GJ311 无法核对（如该行读取不确定，或有一格不是数字）而申请人各列不全为0的，单独报告，不提供填0修复（总计不是0）。单独的“—”“/”（表示没有数值）视同空单元格，填0的修复替换该符号。",
      why: "空白单元格会让读者无法分辨是“0”还是“漏填”。国家统一格式本身没有写明“没有发生的填0”；实践中（一些地方的填报说明也这样要求）每个单元格都填写数值，没有发生的情形填0。gouji核对合计时按0处理。",
      wrong: "（一）予以公开\t\t\t\t\t\t\t0",
      right: "（一）予以公开\t0\t0\t0\t0\t0\t0\t0",
      fix: "在本表的空单元格中填0。这是不安全修复（需确认）：空白可能是0，也可能是漏填的数或转换时丢失的数，只有填报人知道。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式；“填0”是实践做法（一些地方的填报说明有此要求），不是统一格式的文字。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let reportedTotals = BalanceCheck.emptyTotalRanges(context)
    // By index: a `LocatedCell` holds a row, a column spec and a cell, so iterating copies (and retains) each one;
    // only the empty ones are copied here, and each is asked once whether it is an empty total over non-zero parts.
    var zeroable: [[LocatedCell]] = []
    var notZero: [LocatedCell] = []
    for row in context.allCells {
      var fillable: [LocatedCell] = []
      for index in row.indices where row[index].cell.isEmpty && !reportedTotals.contains(row[index].cell.range) {
        if context.isEmptyTotalOverNonZeroParts(row[index]) {
          notZero.append(row[index])
        } else {
          fillable.append(row[index])
        }
      }
      if !fillable.isEmpty { zeroable.append(fillable) }
    }
    return [TableID.table2, .table3, .table4].compactMap { table in
      finding(zeroable.filter { $0[0].table == table }, table: table, context: context)
    } + notZero.map { notZeroFinding($0, context: context) }
  }

  /// An empty table 三 总计 whose row's applicant cells are not all 0 (GJ311's case, its row not read certainly
  /// enough for GJ311 to name the sum): it is no 0, so no fill-0 fix is offered nor is it said to be counted as 0.
  private static func notZeroFinding(_ located: LocatedCell, context: RuleContext) -> Finding {
    let name = context.rowTitle(located)
    let column = located.column.label
    return Finding(
      message: LocalizedText(
        zh: "表三\(name)的“\(column)”为空；该行申请人各列不全为0，应填写各列之和，不是0",
        en: "Table 三, \(name): “\(column)” is empty; the row's applicant cells are not all 0, so it should be their"
          + " sum, not 0"
      ),
      range: located.cell.range
    )
  }

  /// One finding for the empty cells of a table: the first row's empty cells are its range, every row with an empty
  /// cell a related location, and one fix fills them all.
  private static func finding(_ rows: [[LocatedCell]], table: TableID, context: RuleContext) -> Finding? {
    guard let firstRow = rows.first else { return nil }
    let cells = rows.flatMap(\.self)
    let numeral = ChineseNumeral.string(table.sectionNumber)
    let tableName = LocalizedText(zh: "表\(numeral)", en: "Table \(numeral)")
    let message: LocalizedText
    if cells.count == 1 {
      let name = context.rowTitle(cells[0])
      let column = cells[0].column.label
      message = LocalizedText(
        zh: "\(tableName.zh)\(name)的“\(column)”为空，核对时按0计算",
        en: "\(tableName.en), \(name): “\(column)” is empty (counted as 0)"
      )
    } else if rows.count == 1 {
      let name = context.rowTitle(cells[0])
      let columns = cells.map(\.column.label).joined(separator: "、")
      message = LocalizedText(
        zh: "\(tableName.zh)\(name)有\(cells.count)个空单元格（\(columns)），核对时按0计算",
        en: "\(tableName.en), \(name) has \(cells.count) empty cells (\(columns)), counted as 0"
      )
    } else {
      message = LocalizedText(
        zh: "\(tableName.zh)有\(cells.count)个空单元格，分布在\(rows.count)行，核对时按0计算",
        en:
          "\(tableName.en) has \(cells.count) empty cells in \(rows.count) row\(rows.count == 1 ? "" : "s"), counted as 0"
      )
    }
    return Finding(
      message: message,
      range: firstRow.dropFirst().reduce(firstRow[0].cell.range) { $0.union($1.cell.range) },
      related: rows.count == 1
        ? []
        : rows.map { row in
          let columns = row.map(\.column.label).joined(separator: "、")
          let title = context.rowTitle(row[0])
          return RelatedLocation(
            range: row.dropFirst().reduce(row[0].cell.range) { $0.union($1.cell.range) },
            message: LocalizedText(zh: "\(title)：\(columns)", en: "\(title): \(columns)")
          )
        },
      fixes: [
        Fix(
          title: LocalizedText(zh: cells.count == 1 ? "填0" : "在\(cells.count)个空单元格中填0", en: "Fill in 0"), isSafe: false,
          edits: cells.map { TextEdit(range: $0.cell.range, newText: "0") }
        )
      ]
    )
  }
}
