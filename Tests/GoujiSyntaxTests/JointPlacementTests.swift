import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 三 as `pdftotext -layout` writes it on a narrow page in small print: every row packed one space apart, so
/// the rows with an empty cell keep no trace of their columns. Such rows are placed together under R3-1 and R3-3
/// (`JointPlacement`), and one is read only when exactly one placement of it balances with the others.
@Suite struct JointPlacementTests {
  /// The township's table 三 of the corpus (`inv-2021-sparse`), each row as its values are written.
  private static let sparse: [(label: String, values: String)] = [
    ("一、本年新收政府信息公开申请数量", "47 19 14 10 17 24 131"),
    ("二、上年结转政府信息公开申请数量", "1 0 2 0 3"),
    ("（一）予以公开", "5 0 0 5"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0"),
    ("（三）不予公开", ""),
    ("1.属于国家秘密", "0 0 7 7"),
    ("2.其他法律行政法规禁止公开", "1 3 0 4"),
    ("3.危及“三安全一稳定”", "0 2 0 0 2"),
    ("4.保护第三方合法权益", "0 0"),
    ("5.属于三类内部事务信息", "3 2 0 5"),
    ("6.属于四类过程性信息", "2 2 4"),
    ("7.属于行政执法案卷", "0 0 0"),
    ("8.属于行政查询事项", "0 0"),
    ("（四）无法提供", ""),
    ("1.本机关不掌握相关政府信息", "8 0 0 8"),
    ("2.没有现成信息需要另行制作", "0"),
    ("3.补正后申请内容仍不明确", "28 0 3 31"),
    ("（五）不予处理", ""),
    ("1.信访举报投诉类申请", "0 5 0 5"),
    ("2.重复申请", "7 7"),
    ("3.要求提供公开出版物", "0"),
    ("4.无正当理由大量反复申请", "0 8 0 0 8"),
    ("5.要求行政机关确认或重新出具已获取信息", "3 3"),
    ("（六）其他处理", ""),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "7 9 16"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3 1 4"),
    ("3.其他", "8 5 0 5 18"),
    ("（七）总计", "44 19 11 10 19 24 127"),
    ("四、结转下年度继续办理", "3 4 0 7"),
  ]

  /// A report (CRLF line ends, a county named with 𠀀) whose table 三 is `rows`, indented and packed one space apart.
  private func report(_ rows: [(label: String, values: String)]) -> SourceText {
    let table = rows.map { "    " + $0.label + ($0.values.isEmpty ? "" : " " + $0.values) }
    let before = ["𠀀县某某镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "无。", "二、主动公开政府信息情况", "无。"]
    let after = ["四、政府信息公开行政复议、行政诉讼情况", "无。", "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    let lines = before + ["三、收到和处理政府信息公开申请情况"] + table + after
    return SourceText(lines.joined(separator: "\r\n"))
  }

  private func row(_ key: String, in report: Report) throws -> TableRow {
    try #require(report.table3?.rows.first { $0.key == key })
  }

  private func isReportedUnread(_ key: String, in report: Report) -> Bool {
    report.problems.contains { problem in
      if case .cellCount(.table3, key, _, _, _) = problem.kind { return true }
      return false
    }
  }

  /// 二、上年结转's `1 0 2 0 3` has one placement that balances R3-1 with 四、结转下年度's `3 4 0 7` (新收 + 结转 =
  /// 总计 + 结转下年, 新收 and 总计 complete): 1 under 科研机构, so 0 2 0 under the next three columns. 四 has one
  /// placement of its numbers too, but its 0 may stand under 社会公益组织, 法律服务机构 or 其他: it stays unread.
  @Test func aRowTheRulesAcrossRowsDecideIsSolvedWithItsEmptyCells() throws {
    let text = report(Self.sparse)
    let read = ReportReader.read(text)
    let carried = try row("carried", in: read)
    #expect(carried.cells.map(\.text) == ["", "", "1", "0", "2", "0", "3"])
    #expect(carried.cells.map(\.state) == [.empty, .empty, .written, .written, .written, .written, .written])
    #expect(carried.cells.allSatisfy { $0.confidence == .solved })
    for cell in carried.cells where cell.state == .written { #expect(text[cell.range] == cell.text) }
    #expect(!isReportedUnread("carried", in: read))
    let carryOver = try row("carryOver", in: read)
    #expect(carryOver.cells.allSatisfy { $0.state == .missing }, "\(carryOver.cells.map(\.text))")
    #expect(isReportedUnread("carryOver", in: read))
    // The rows that R3-3 ties together have several joint readings each: none is read.
    #expect(try row("public", in: read).cells.allSatisfy { $0.state == .missing })
  }

  /// With 新收 equal to 总计, 二's `2 2` and 四's `2 2` balance R3-1 under any one column together: six readings,
  /// so neither row is read, and both stay reported as rows that could not be read (GJ308), never given a value.
  @Test func rowsThatBalanceInSeveralPlacementsStayUnread() throws {
    var rows = Self.sparse
    rows[0].values = "44 19 11 10 19 24 127"
    rows[1].values = "2 2"
    rows[rows.count - 1].values = "2 2"
    let read = ReportReader.read(report(rows))
    for key in ["carried", "carryOver"] {
      #expect(try row(key, in: read).cells.allSatisfy { $0.state == .missing })
      #expect(isReportedUnread(key, in: read))
    }
  }

  /// A line that holds only part of a row's values (reading order: the rest follow in a stream after another row's)
  /// is never placed as the whole row: a table with a row holding more values than columns is not placed together,
  /// even where R3-1 alone would decide a row.
  @Test func aTableWithAStreamIsNotPlacedTogether() throws {
    var rows = Self.sparse
    rows[rows.firstIndex { $0.label == "3.其他" }!].values = "8 5 0 5 18 0 0 0"
    let read = ReportReader.read(report(rows))
    let cells = try row("carried", in: read).cells
    #expect(cells.allSatisfy { $0.state == .missing }, "\(cells.map(\.text))")
    #expect(isReportedUnread("carried", in: read))
  }
}
