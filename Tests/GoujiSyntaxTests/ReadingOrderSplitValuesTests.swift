import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// PDF text in reading order (`pdftotext` without `-layout`) that splits one table's values in two around other
/// text, each part in the order written (issue 8, `inv-2019-county`): read when the parts hold exactly the values
/// and the balancing rules hold, never otherwise.
@Suite struct ReadingOrderSplitValuesTests {
  /// A report around `body` (sections 二 to 四's lines), titled with an astral character, CRLF line ends.
  private func text(_ body: [String]) -> SourceText {
    SourceText(ReportExcerpt.text(body, title: "某某省𠀀溪县人民政府办公室2019年政府信息公开工作年度报告"))
  }

  /// Table 四 as `pdftotext` writes it when the table's second part starts a page: the first values, then the
  /// sub-headers repeated, then the rest.
  private func table4(_ first: [String], _ rest: String) -> [String] {
    [
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议和行政诉讼情况",
      "行政复议", "结果维 结果纠 其他结 尚未审 总", "持 正 果 结 计", "", "未经复议直接起诉", "行政诉讼", "复议后起诉", "",
    ]
      + first.flatMap { [$0, ""] }
      + ["结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总", "持 正 果 结 计 持 正 果 结 计", rest, ""]
  }

  @Test func table4ValuesSplitByRepeatedSubHeadersAreReadInOrder() throws {
    let source = text(table4(["0", "10", "0"], "12 22 10 6 6 7 29 0 0 0 4 4"))
    let table = try #require(ReportReader.read(source).table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "10", "0", "12", "22", "10", "6", "6", "7", "29", "0", "0", "0", "4", "4"])
    // Every cell's range holds its own value in the text, before and after the repeated headers.
    for cell in cells { #expect(source[cell.range] == cell.text) }
    #expect(ReportReader.read(source).problems.allSatisfy { if case .cellCount = $0.kind { false } else { true } })
  }

  @Test func table4ValuesSplitButNotBalancingStayUnread() throws {
    // 0 + 10 + 0 + 12 is 22, but the second group's parts add to 29 only with a 7 where 8 stands.
    let source = text(table4(["0", "10", "0"], "12 22 10 6 6 8 29 0 0 0 4 4"))
    let table = try #require(ReportReader.read(source).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { $0.text.isEmpty })
  }

  @Test func table4ValuesSplitWithOneTooManyStayUnread() throws {
    let source = text(table4(["0", "10", "0"], "12 22 10 6 6 7 29 0 0 0 4 4 4"))
    let table = try #require(ReportReader.read(source).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { $0.text.isEmpty })
  }

  /// Table 四 as LibreOffice's PDF gives it in reading order: every word and value a blank line apart, each group's
  /// sub-headers cut over two lines before its values (`结果维` / `持`), so that header words stand between three
  /// parts of the values (`inv-2023-spaces.word-pdf-raw`).
  private func table4InParts(_ parts: [[String]]) -> [String] {
    let subHeaders = ["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"]
    let between = [["结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"], ["复议后起诉"] + subHeaders + subHeaders]
    var lines = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    lines += ["行政复议", "行政诉讼", "未经复议直接起诉", "结果维", "持"]
    for (index, part) in parts.enumerated() {
      lines += part
      if index < between.count { lines += between[index] }
    }
    return lines.flatMap { [$0, ""] }
  }

  @Test func table4ValuesInThreePartsBetweenSubHeadersAreReadInOrder() throws {
    let values = [["0"], ["7", "14", "13", "34"], ["6", "0", "0", "20", "26", "0", "0", "0", "17", "17"]]
    let source = text(table4InParts(values))
    let table = try #require(ReportReader.read(source).table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == values.flatMap { $0 })
    // Every cell's range holds its own value in the text (CRLF line ends, an astral character in the title).
    for cell in cells { #expect(source[cell.range] == cell.text) }
    #expect(ReportReader.read(source).problems.allSatisfy { if case .cellCount = $0.kind { false } else { true } })
  }

  @Test func table4ValuesInPartsNotBalancingStayUnread() throws {
    // 0 + 7 + 14 + 13 is 34, but the third group's parts add to 17 only with a 0 where 1 stands.
    let values = [["0"], ["7", "14", "13", "34"], ["6", "0", "0", "20", "26", "1", "0", "0", "17", "17"]]
    let table = try #require(ReportReader.read(text(table4InParts(values))).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { $0.text.isEmpty })
  }

  @Test func table4ValuesInPartsWithOneTooManyStayUnread() throws {
    let values = [["0"], ["7", "14", "13", "34", "0"], ["6", "0", "0", "20", "26", "0", "0", "0", "17", "17"]]
    let table = try #require(ReportReader.read(text(table4InParts(values))).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { $0.text.isEmpty })
  }

  @Test func table4ValuesInPartsWithOtherTextBetweenStayUnread() throws {
    // A word that is no header word (`合计`) between the parts: the values after it may be another table's.
    var lines = table4InParts([
      ["0"], ["7", "14", "13", "34"], ["6", "0", "0", "20", "26", "0", "0", "0", "17", "17"],
    ])
    lines.insert("合计", at: try #require(lines.firstIndex(of: "复议后起诉")))
    let table = try #require(ReportReader.read(text(lines)).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { $0.text.isEmpty })
  }

  /// Table 四 as LibreOffice's PDF gives it in reading order when its last cells stand at the page's end: parts of
  /// the values between header words in its section (`总计` before each group's total), the last part's values after
  /// the report's date, a `总计` among them (`inv-2024-excel.word-pdf-raw`). `pageEnd` are the page's last lines.
  private func table4BeforePageEnd(_ pageEnd: [String]) -> SourceText {
    let cut = ["结果维 结果纠 其他结 尚未审", "持", "正", "果", "结"]
    var lines = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    lines += ["行政复议", "行政诉讼", "未经复议直接起诉", "结果纠 其他结 尚未审", "正", "果", "结", "结果维持"]
    lines += ["0", "20", "0", "9", "总计", "29", "复议后起诉"] + cut + ["0", "23", "0", "0", "总计", "23"] + cut + ["0"]
    let closing = ["某某市某某区城市管理和综合执法局", "2025 年 1 月 20 日"] + pageEnd
    return SourceText(
      ReportExcerpt.text(
        lines.flatMap { [$0, ""] }, title: "某某省𠀀溪县城市管理局2024年政府信息公开工作年度报告",
        closing: closing.flatMap { [$0, ""] }
      )
    )
  }

  @Test func table4PartsThenThePageEndWithAHeaderWordAmongThemAreReadInOrder() throws {
    let source = table4BeforePageEnd(["21", "16", "15", "总计", "52"])
    let table = try #require(ReportReader.read(source).table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "20", "0", "9", "29", "0", "23", "0", "0", "23", "0", "21", "16", "15", "52"])
    #expect(cells.prefix(11).allSatisfy { $0.confidence == .written })
    #expect(cells.suffix(4).allSatisfy { $0.confidence == .solved })
    for cell in cells { #expect(source[cell.range] == cell.text) }
  }

  @Test func table4PartsThenAPageEndThatDoesNotBalanceStayUnread() throws {
    let table = try #require(ReportReader.read(table4BeforePageEnd(["21", "16", "15", "总计", "53"])).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { !$0.isReadable })
  }

  @Test func table4PartsThenAPageEndWithOtherTextAmongItsValuesStayUnread() throws {
    // `合计` is no header word of table 四: the values below it may be anything's.
    let table = try #require(ReportReader.read(table4BeforePageEnd(["21", "16", "15", "合计", "52"])).table4)
    #expect(table.rows.flatMap(\.cells).allSatisfy { !$0.isReadable })
  }

  /// Table 三's row cut by its values, a fragment of its group label and more values before its label's last
  /// character, as `pdftotext` writes a label wrapped beside its group label.
  private func table3(_ values: [String]) -> [String] {
    [
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "三、本年度办",
      "1.本机关不掌握相关政府信 \(values[0])", "理结果", values[1], "\(values[2])", "息",
      "（四）无法 2.没有现成信息需要另行制", "提供", "0 4 0", "0", "0 4 8", "作",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]
  }

  @Test func aRowsValuesSplitAroundAGroupFragmentAreReadInOrder() throws {
    let source = text(table3(["0 0 0", "7", "0 0 7"]))
    let row = try #require(ReportReader.read(source).table3?.row("unable.notHeld"))
    #expect(row.cells.map(\.text) == ["0", "0", "0", "7", "0", "0", "7"])
    for cell in row.cells { #expect(source[cell.range] == cell.text) }
    #expect(row.cells.allSatisfy { $0.state == .written })
  }

  @Test func aRowsValuesSplitButNotBalancingStayUnread() throws {
    // 0 + 0 + 0 + 7 + 0 + 0 is not 8: which value is wrong (or whose) cannot be told.
    let source = text(table3(["0 0 0", "7", "0 0 8"]))
    let row = try #require(ReportReader.read(source).table3?.row("unable.notHeld"))
    #expect(row.cells.allSatisfy { $0.text.isEmpty })
  }

  @Test func aRowsValuesSplitWithOneTooManyStayUnread() throws {
    let source = text(table3(["0 0 0", "7", "0 0 0 7"]))
    let row = try #require(ReportReader.read(source).table3?.row("unable.notHeld"))
    #expect(row.cells.allSatisfy { $0.text.isEmpty })
  }
}
