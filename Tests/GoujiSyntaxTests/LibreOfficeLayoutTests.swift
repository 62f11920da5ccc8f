import GoujiText
import Testing

@testable import GoujiSyntax

/// PDFs printed by LibreOffice (the Word route), read by `pdftotext -layout`: no page number, a form feed at the
/// start of each page's first line (inside table 三's header, or before a row), rows a blank line apart, values
/// centred in wide columns. Each fixture is an excerpt in the shape of `inv-2021-sparse.word-pdf-layout` and
/// `004_….word-pdf-layout` of the reader corpus, with the values placed at the same character columns.
@Suite struct LibreOfficeLayoutTests {
  /// A line of `pdftotext -layout`: `text` at character column `indent`, then each value starting at its column,
  /// the columns counted after a leading form feed when `formFeed` (the first line of a page).
  private func line(_ indent: Int, _ text: String, _ values: [(Int, String)] = [], formFeed: Bool = false) -> String {
    var line = (formFeed ? "\u{0C}" : "") + String(repeating: " ", count: indent) + text
    let origin = formFeed ? 1 : 0
    for (column, value) in values {
      line += String(repeating: " ", count: max(1, origin + column - line.unicodeScalars.count)) + value
    }
    return line
  }

  /// A report around table 三's lines, rows a blank line apart as LibreOffice sets them, titled with 𠀀.
  private func report(_ table: [String], newline: String) -> SourceText {
    let before = ["某某县𠀀溪镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "无。", "二、主动公开政府信息情况"]
    let after = ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    let lines = before + ["三、收到和处理政府信息公开申请情况"] + table.flatMap { [$0, ""] } + after
    return SourceText(lines.joined(separator: newline) + newline)
  }

  /// Table 三's header as LibreOffice's PDF gives it: the group and column words over two lines, the page
  /// breaking before the last line of the wrapped column labels (`构` of 科研机构, `组织`, `构` of 法律服务机构),
  /// which `fragments` places.
  private func header(fragments: [(Int, String)]) -> [String] {
    [
      line(0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", [(50, "申请人情况")]),
      line(37, "自然人", [(50, "法人或其他组织"), (68, "总计")]),
      line(43, "商业企业", [(48, "科研机"), (52, "社会公益"), (57, "法律服务机"), (63, "其他")]),
      line(fragments[0].0, fragments[0].1, Array(fragments.dropFirst()), formFeed: true),
    ]
  }

  private func cells(_ report: Report, _ key: String) -> [Cell]? {
    report.table3?.rows.first { $0.key == key }?.cells
  }

  /// Each page's complete row gives that page's bands: `pdftotext` counts the columns of each page anew (here the
  /// 自然人 column stands at 43 on the first page and 48 on the second), and LibreOffice's pages are marked only by
  /// the form feed. The rows of both pages joined gave bands that overlap, and every row with an empty cell was left
  /// unread. The form feed takes no column (the second page's short row lines up with its complete row exactly,
  /// so it is `written`), and columns are counted by characters, the measure of `pdftotext`: by display cells the
  /// labels of other lengths (`三、本年度办 （一）予以公开`) would move the values.
  @Test(arguments: ["\n", "\r\n"])
  func eachPageIsPlacedByItsOwnCompleteRow(_ newline: String) throws {
    let complete1 = [(43, "47"), (48, "19"), (53, "14"), (58, "10"), (63, "17"), (68, "24"), (73, "131")]
    let complete2 = [(48, "44"), (53, "19"), (60, "11"), (65, "10"), (76, "19"), (81, "24"), (86, "127")]
    let table =
      header(fragments: [(53, "构"), (58, "组织"), (63, "构")]) + [
        line(11, "一、本年新收政府信息公开申请数量", complete1),
        line(11, "二、上年结转政府信息公开申请数量", [(53, "1"), (58, "0"), (63, "2"), (68, "0"), (74, "3")]),
        line(0, "三、本年度办               （一）予以公开", [(58, "5"), (63, "0"), (68, "0"), (74, "5")]),
        line(25, "（七）总计", complete2, formFeed: true),
        line(18, "四、结转下年度继续办理", [(48, "3"), (60, "4"), (76, "0"), (87, "7")]),
      ]
    let text = report(table, newline: newline)
    let read = ReportReader.read(text)
    #expect(cells(read, "carried")?.map(\.text) == ["", "", "1", "0", "2", "0", "3"])
    #expect(cells(read, "public")?.map(\.text) == ["", "", "", "5", "0", "0", "5"])
    let carryOver = try #require(cells(read, "carryOver"))
    #expect(carryOver.map(\.text) == ["3", "", "4", "", "0", "", "7"])
    #expect(carryOver.allSatisfy { $0.confidence == .written })
    for cell in carryOver where !cell.isEmpty { #expect(text[cell.range] == cell.text) }
  }

  /// Example 004's shape: every row holds one `0` (its 总计), the page breaks inside the header, and the rows'
  /// page has no complete row. The header lines above the form feed are another page's columns (by them the `0`
  /// stands under 法律服务机构, a wrong value); the fragments below it name three columns of seven. Nothing tells
  /// the column: the rows are left unread (GJ308), never placed.
  @Test func aPageWithoutACompleteRowUnderAnotherPagesHeaderIsNotPlaced() throws {
    let labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"]
    var table = header(fragments: [(43, "构"), (47, "组织"), (52, "构")]) + labels.map { line(11, $0, [(57, "0")]) }
    // The first page's header alone names every column, one word each, where the 0 stands under 法律服务机.
    let columns = [(43, "商业企业"), (48, "科研机"), (52, "社会公益"), (57, "法律服务机"), (63, "其他"), (68, "总计")]
    table[1] = line(37, "自然人", columns)
    let read = ReportReader.read(report(table, newline: "\r\n"))
    for key in ["new", "carried"] {
      let row = try #require(cells(read, key))
      #expect(row.allSatisfy { $0.state == .missing }, "\(key): \(row.map(\.text))")
      let problem = ReadingProblem.Kind.cellCount(.table3, rowKey: key, subtable: nil, expected: 7, found: 1)
      #expect(read.problems.contains { $0.kind == problem })
    }
  }

  /// `pdftotext` puts a space where the font changes, between an amount and its unit: `35800.50 元` is one cell
  /// of 采购总金额 (the row was three tokens for two columns, left unread).
  @Test func aUnitSetApartFromItsAmountIsPartOfTheCell() throws {
    let lines = [
      "某某县𠀀溪镇人民政府2019年政府信息公开工作年度报告", "一、总体情况", "无。", "二、主动公开政府信息情况",
      line(14, "第二十条第（九）项"), "", line(3, "信息内容", [(13, "采购项目数量"), (31, "采购总金额")]), "",
      line(2, "政府集中采购", [(15, "174"), (31, "35800.50"), (40, "元")]),
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
      "无。",
    ]
    let text = SourceText(lines.joined(separator: "\r\n") + "\r\n")
    let row = try #require(ReportReader.read(text).table2?.rows.first { $0.label == "政府集中采购" })
    #expect(row.cells.map(\.text) == ["174", "35800.50元"])
    let amount = try #require(row.cells.last)
    #expect(text[amount.range] == "35800.50 元")
    // A unit with no number before it stays a token of its own (and makes no value).
    let alone = [RawCell(text: "元", range: TextRange(start: 0, end: 3))]
    #expect(CellExtractor.joiningUnits(alone).map(\.text) == ["元"])
  }
}
