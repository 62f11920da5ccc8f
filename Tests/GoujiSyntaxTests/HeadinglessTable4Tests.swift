import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// trafilatura drops every `<h2>` heading, so table 四 (no row labels of its own) was looked for nowhere: it is read
/// after table 三 when its whole header and fifteen balancing values stand there (``Table4Reader``'s headingless
/// reading), and never from prose. Each case is example 000's trafilatura text up to table 三's end, in CRLF, with
/// 𠀀 in its first line, followed by what stands after table 三.
@Suite struct HeadinglessTable4Tests {
  private static let header = [
    "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  | ",
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  | ",
    "|  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | ",
  ]
  private static let values = "| 0 | 7 |  |  | 7 |  |  |  | 0 | 0 | 2 | 0 |  |  | 2 | "
  private static let closing = ["政府信息公开工作仍存在公开内容不够丰富等问题。下一步将加强培训。", "本年度未收取信息处理费。"]

  /// Example 000's trafilatura text through table 三 (`四、结转下年度继续办理`), then `after`, as CRLF text.
  private func report(after: [String]) throws -> Report {
    var lines = Fixtures.fixture("GoujiSyntaxTests", "corpus/000_212ac920282683c5.trafilatura.txt")
      .components(separatedBy: "\n")
    let table3End = try #require(lines.firstIndex { $0.hasPrefix("| 四、结转下年度继续办理") })
    lines = Array(lines[...table3End]) + after
    lines[0] = lines[0].replacingOccurrences(of: "周村区", with: "𠀀溪县")
    return ReportReader.read(SourceText(lines.joined(separator: "\r\n") + "\r\n"))
  }

  @Test func table4AfterTable3IsReadWhenItsHeaderAndBalancingValuesStandThere() throws {
    let report = try report(after: Self.header + [Self.values] + Self.closing)
    #expect(report.section(4) == nil)
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "7", "", "", "7", "", "", "", "0", "0", "2", "0", "", "", "2"])
    #expect(cells.allSatisfy { $0.confidence == .solved })
    // Every written cell's range is its value in the CRLF text with 𠀀 before it.
    for cell in cells where cell.state == .written { #expect(report.text[cell.range] == cell.text) }
    #expect(table.rows.map(\.key) == ["review", "suitDirect", "suitAfterReview"])
    #expect(report.text[table.range].hasPrefix("行政复议"))
  }

  /// 行政复议's 总计 one short, in a pipe table: every cell's borders show, and the whole header says which value is
  /// which, so the values are read as written (not solved: R4 does not hold) and the wrong 总计 is the report's to
  /// answer for, as in a table under its heading (in text without borders, where an empty cell leaves no trace, R4 is
  /// still asked).
  @Test func valuesThatDoNotBalanceAreReadAsWrittenInAPipeTable() throws {
    let unbalanced = Self.values.replacingOccurrences(of: "| 0 | 7 |  |  | 7 |", with: "| 0 | 7 |  |  | 6 |")
    let table = try #require(try report(after: Self.header + [unbalanced] + Self.closing).table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "7", "", "", "6", "", "", "", "0", "0", "2", "0", "", "", "2"])
    #expect(cells.allSatisfy { $0.confidence == .written })
  }

  @Test func proseWithNumbersAfterTable3KeepsTable4Unread() throws {
    let note = "注：本年度共收到行政复议7件、行政诉讼2件。"
    #expect(try report(after: [note] + Self.header + [Self.values] + Self.closing).table4 == nil)
  }

  /// A caption line naming table 四 (`表3：…统计表`, `（表四）…`) or its unit (`单位：件`) between the tables is no body
  /// text: table 四 is read after it (`inv-2023-caption`'s trafilatura copy).
  @Test(arguments: [
    ["表3：政府信息公开行政复议、行政诉讼情况统计表"], ["（表四）政府信息公开行政复议、行政诉讼情况", "  单位：件"],
    ["表四　政府信息公开行政复议、行政诉讼情况（单位：件）"],
  ])
  func table4AfterACaptionLineIsRead(_ captions: [String]) throws {
    let table = try #require(try report(after: captions + Self.header + [Self.values] + Self.closing).table4)
    #expect(
      table.rows.flatMap(\.cells).map(\.text) == ["0", "7", "", "", "7", "", "", "", "0", "0", "2", "0", "", "", "2"])
  }

  /// A line that names a table but holds a number or a sentence besides (`表3：2023年…`, `表3统计如下。`) is body text:
  /// table 四 after it stays unread.
  @Test(arguments: ["表3：2023年政府信息公开行政复议、行政诉讼情况统计表", "表3统计如下。", "表格说明：行政复议情况"])
  func aLineNamingATableWithMoreThanItsTitleKeepsTable4Unread(_ line: String) throws {
    #expect(try report(after: [line] + Self.header + [Self.values] + Self.closing).table4 == nil)
  }

  /// A note under table 三 (`注：本表数据单位为件，含…2件申请。`, numbers and 𠀀 in it) between the tables names none of
  /// table 四's header words: it is table 三's, and table 四 after it is read (`inv-2022-dept`'s trafilatura copy).
  @Test(arguments: [
    ["注：本表数据单位为件，含𠀀溪镇2022年1月1日前收到、在本年度办结的2件申请。"], ["  注:*含上年度受理、本年度办结的申请；①其中1件为交叉申请。", ""],
  ])
  func table4AfterTable3sNoteIsRead(_ note: [String]) throws {
    let report = try report(after: note + Self.header + [Self.values] + Self.closing)
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "7", "", "", "7", "", "", "", "0", "0", "2", "0", "", "", "2"])
    for cell in cells where cell.state == .written { #expect(report.text[cell.range] == cell.text) }
    #expect(report.text[table.range].hasPrefix("行政复议"))
  }

  /// A remark after the fifteen values (`| 无被纠错案件 |`) is the cell of a `备注` column the header names: dropped,
  /// and the values read (`inv-2021-remarks`' trafilatura copy). Without that column in the header, a sixteenth cell
  /// keeps table 四 unread: it could be a value the header does not place.
  @Test func aRemarkAfterTheValuesIsDroppedWhereTheHeaderNamesItsColumn() throws {
    let header = [Self.header[0] + "备注 | "] + Self.header.dropFirst().map { $0 + " | " }
    let values = Self.values + "无被𠀀纠错案件 | "
    let table = try #require(try report(after: header + [values] + Self.closing).table4)
    #expect(
      table.rows.flatMap(\.cells).map(\.text) == ["0", "7", "", "", "7", "", "", "", "0", "0", "2", "0", "", "", "2"])
    #expect(try report(after: Self.header + [values] + Self.closing).table4 == nil)
  }

  /// Table 三's last row with a remark cell of its own (`| 9 | 跨年度办理 |`, under the `备注` its header names) before
  /// table 四: the cell holds no digit and no header word, and table 四 after it is read (`inv-2021-remarks`'
  /// trafilatura copy, in CRLF with 𠀀 in the body's name). A number in that cell (`| 跨年度2件 |`) keeps table 四
  /// unread.
  @Test func aRemarkCellEndingTable3IsPassedOver() throws {
    let table4 = { (remark: String) -> ReadTable? in
      let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2021-remarks.trafilatura.txt")
        .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "审计局", with: "𠀀计局")
        .replacingOccurrences(of: "| 跨年度办理 |", with: "| \(remark) |")
      return ReportReader.read(SourceText(text.replacingOccurrences(of: "\n", with: "\r\n"))).table4
    }
    let table = try #require(table4("跨年度办理"))
    #expect(
      table.rows.flatMap(\.cells).map(\.text) == [
        "20", "5", "0", "4", "29", "9", "0", "0", "0", "9", "11", "0", "0", "4", "15",
      ])
    #expect(table4("跨年度2件") == nil)
  }

  @Test func headerWordsInProseFollowedByNumbersAreNoTable() throws {
    let prose = [
      "行政复议、行政诉讼情况：结果维持、结果纠正、其他结果、尚未审结、总计，未经复议直接起诉与复议后起诉分别为",
      "0 7 0 0 7 0 0 0 0 0 2 0 0 0 2 件，均已办结。",
    ]
    #expect(try report(after: prose + Self.closing).table4 == nil)
  }

  /// Table 四 published as two tables (行政复议 over its five values, then 行政诉讼 over its ten), 行政复议's 总计 one
  /// short as `inv-2023-t4split`'s trafilatura copy has it: both headers together name every header word, so the
  /// fifteen values are read as written, the second header's words kept. Nine values in the second table, or a
  /// sentence after its values, keep table 四 unread.
  @Test func table4PublishedAsTwoTablesIsRead() throws {
    let review = ["| 行政复议 |  |  |  |  | ", "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | ", "| 13 | 9 | 0 | 0 | 21 | "]
    let lawsuit = [
      "| 行政诉讼 |  |  |  |  |  |  |  |  |  | ", "| 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  | ",
      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | ",
    ]
    let values = "| 19 | 0 | 7 | 14 | 40 | 0 | 0 | 0 | 0 | 0 | "
    let report = try report(after: review + lawsuit + [values] + Self.closing)
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["13", "9", "0", "0", "21", "19", "0", "7", "14", "40", "0", "0", "0", "0", "0"])
    #expect(cells.allSatisfy { $0.confidence == .written })
    for cell in cells { #expect(report.text[cell.range] == cell.text) }
    #expect(table.rows.map(\.label) == ["行政复议", "未经复议直接起诉", "复议后起诉"])
    #expect(report.text[table.range].hasPrefix("行政复议") && report.text[table.range].hasSuffix("0"))
    let nine = values.replacingOccurrences(of: "| 19 | 0 |", with: "| 19 |")
    #expect(try self.report(after: review + lawsuit + [nine] + Self.closing).table4 == nil)
    #expect(try self.report(after: review + lawsuit + [values + "共𠀀件"] + Self.closing).table4 == nil)
  }

  /// The header row without its group words, the five results three times (`inv-2022-late2019`'s trafilatura copy,
  /// 复议后起诉's 总计 one over its results): in a pipe table each value stands under its result and the groups are the
  /// format's, in its order, so the fifteen values are read as written. Results out of the format's order, or a
  /// sixteenth header, or fourteen values (the white space after the row's last bar is no fifteenth cell), keep table 四
  /// unread.
  @Test func aHeaderOfTheResultsAloneIsReadInAPipeTable() throws {
    let results = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 "
    let header = String(repeating: results, count: 3) + "| "
    let values = "| 4 | 0 | 0 | 0 | 4 | 0 | 0 | 4 | 1 | 5 | 8 | 9 | 0 | 9 | 27 | "
    let report = try report(after: [header, values] + Self.closing)
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["4", "0", "0", "0", "4", "0", "0", "4", "1", "5", "8", "9", "0", "9", "27"])
    #expect(cells.allSatisfy { $0.confidence == .written })
    for cell in cells { #expect(report.text[cell.range] == cell.text) }
    let swapped = header.replacingOccurrences(of: "| 结果维持 | 结果纠正 |", with: "| 结果纠正 | 结果维持 |")
    #expect(try self.report(after: [swapped, values] + Self.closing).table4 == nil)
    #expect(try self.report(after: [header + "总计 | ", values] + Self.closing).table4 == nil)
    let fourteen = "| 4 | 0 | 0 | 4 | 0 | 0 | 4 | 1 | 5 | 8 | 9 | 0 | 9 | 27 | "
    #expect(try self.report(after: [header, fourteen] + Self.closing).table4 == nil)
  }

  @Test func anIncompleteHeaderIsNoTable() throws {
    let header = Self.header.map { $0.replacingOccurrences(of: "复议后起诉", with: "") }
    #expect(try report(after: header + [Self.values] + Self.closing).table4 == nil)
  }
}
