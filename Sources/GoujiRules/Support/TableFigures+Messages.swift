import GoujiFormats
import GoujiSyntax

extension RuleContext {
  /// How a figure reads in a message, with every addend: `表三第一行总计为3件`,
  /// `表三（一）（二）合计171件（第（一）行120件，第（二）行51件）`, `表三（三）各行合计1件（第（三）1行1件，其余各行为0件）`.
  /// `group` is the numbering of the group the rows make up (`（三）`), if they are one.
  func describe(_ figure: TableFigure, group: String? = nil) -> LocalizedText {
    guard let first = figure.addends.first else { return LocalizedText(zh: "", en: "") }
    let table = first.table == .table4 ? LocalizedText(zh: "表四", en: "table 四") : LocalizedText(zh: "表三", en: "table 三")
    if figure.addends.count == 1 {
      let row = rowDesignation(first.table, first.row)
      return first.fromParts
        ? LocalizedText(
          zh: "\(table.zh)\(row.zh)总计未填写，其各列合计\(first.value)件",
          en: "\(table.en) \(row.en) has no total written; its columns add up to \(first.value)"
        )
        : LocalizedText(
          zh: "\(table.zh)\(row.zh)总计为\(first.value)件", en: "\(table.en) \(row.en) total is \(first.value)")
    }
    let rows: LocalizedText =
      if let group {
        LocalizedText(zh: "\(group)各行", en: "group \(group)")
      } else if first.table == .table3 {
        LocalizedText(
          zh: figure.addends.map { rowDesignation(.table3, $0.row).zh.dropFirst().dropLast() }.joined(),
          en: "rows "
            + figure.addends.map { String(rowDesignation(.table3, $0.row).en.dropFirst(4)) }.joined(separator: " + ")
        )
      } else {
        LocalizedText(zh: "“行政诉讼”两行", en: "rows 行政诉讼")
      }
    let list = addendList(figure)
    return LocalizedText(
      zh: "\(table.zh)\(rows.zh)合计\(figure.value)件（\(list.zh)）",
      en: "\(table.en) \(rows.en): \(figure.value) in all (\(list.en))"
    )
  }

  /// Every addend (`第（一）行120件，第（二）行51件`); of more than three, the non-zero ones and `其余各行为0件`.
  private func addendList(_ figure: TableFigure) -> LocalizedText {
    let shown = figure.addends.count <= 3 ? figure.addends : figure.addends.filter { $0.value != 0 }
    if shown.isEmpty { return LocalizedText(zh: "各行均为0件", en: "every row is 0") }
    var zh = shown.map { addend in
      "\(rowDesignation(addend.table, addend.row).zh)\(addend.value)件\(addend.fromParts ? "（总计未填写，按各列合计）" : "")"
    }
    var en = shown.map { addend in
      "\(rowDesignation(addend.table, addend.row).en) \(addend.value)\(addend.fromParts ? " (no total written; sum of its columns)" : "")"
    }
    if shown.count < figure.addends.count {
      zh.append("其余各行为0件")
      en.append("the other rows 0")
    }
    return LocalizedText(zh: zh.joined(separator: "，"), en: en.joined(separator: ", "))
  }

  /// The related locations of a figure: every cell it was read from, named by its row.
  func relatedLocations(_ figure: TableFigure) -> [RelatedLocation] {
    figure.addends.flatMap { addend in
      addend.cells.map { ref in
        let name = rowName(addend.table, addend.row)
        let column = addend.fromParts ? " \(columnName(addend.table, ref.column))" : ""
        return RelatedLocation(range: ref.cell.range, message: LocalizedText(zh: name + column, en: name + column))
      }
    }
  }
}
