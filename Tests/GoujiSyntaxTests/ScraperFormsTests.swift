import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// What the web-scraper forms of round "scrapers" found (`Scripts/reader-corpus/make_corpus.py`: html2text,
/// markdownify, trafilatura, inscriptis, pandoc's grid of a nested table), each as an excerpt of the text the real
/// library wrote, in a report titled with 𠀀 and ended by CRLF, or as a corpus file with CRLF line ends.
@Suite struct ScraperFormsTests {
  private static let corpus = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")

  private func report(_ lines: [String]) -> Report {
    ReportReader.read(SourceText(lines.joined(separator: "\r\n") + "\r\n"))
  }

  /// A corpus file read with CRLF line ends, scored against its report's expected reading.
  private func score(_ report: String, _ form: String, newline: String = "\r\n") throws -> CorpusScore {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/\(report).\(form).txt")
    let expected = try #require(ReadingComparison.load(Self.corpus.appendingPathComponent("\(report).expected.json")))
    let read = ReportReader.read(SourceText(text.replacingOccurrences(of: "\n", with: newline)))
    return CorpusScore(ReportSummary(read), expected: expected, file: form, losesEmptyCells: false)
  }

  /// markdownify writes the rows under a group label spanning rows without that cell, so rows start at other
  /// fields; `| 四、结转下年度继续办理 | | | 0 | … | 0 |  |` (a trailing empty 总计) was fitted one field early and
  /// read `["", 0, …, 0]`: two wrong values. The rows that fit one way all end alike, and that decides.
  @Test func markdownifyRowWithATrailingEmptyCellIsFittedByItsEnd() throws {
    let score = try score("000_212ac920282683c5", "markdownify")
    #expect(score.wrong == 0, "\(score.wrongCells)")
    #expect(score.unread == 0, "\(score.unreadCells)")
  }

  /// inscriptis ignores cells spanning rows: the rows under a group label stand columns to the left of the others,
  /// and placing their values by the header's positions read 17 wrong values. They are placed on the table's own
  /// grid, counted from each row's label: every cell of tables 三 and 四 is read, none wrong, with CRLF as with LF
  /// (table 二's rows whose one cell is empty stay unread).
  @Test func inscriptisRaggedTableReadsNoWrongValue() throws {
    let score = try score("inv-2021-sparse", "inscriptis")
    #expect(score.wrong == 0, "\(score.wrongCells)")
    #expect(score.unreadCells.allSatisfy { $0.contains("表二") }, "\(score.unreadCells)")
    let withLineFeeds = try self.score("inv-2021-sparse", "inscriptis", newline: "\n")
    #expect(score.right > 0 && score.right == withLineFeeds.right && withLineFeeds.wrong == 0)
  }

  /// html2text writes headings `## 二、…`; they were found only by the search inside long lines, which an appendix
  /// table's `一、主动公开情况| |` rows turned off (their topics counted as found): GJ101 for sections 二 to 四.
  @Test func markdownHeadingsAreHeadingsBeforeAnAppendix() {
    let report = report([
      "# 某某自治州𠀀溪县生态环境局2021年政府信息公开工作年度报告", "", "## 一、总体情况", "无。",
      "## 二、主动公开政府信息情况", "无。", "## 三、收到和处理政府信息公开申请情况", "无。",
      "## 四、政府信息公开行政复议、行政诉讼情况", "无。", "## 五、存在的主要问题及改进情况", "无。",
      "## 六、其他需要报告的事项", "无。", "附件：政府信息公开情况统计表（2019年以前口径）", "指标名称| 单位| 统计数  ",
      "---|---|---  ", "一、主动公开情况| |   ", "（一）主动公开政府信息数| 条| 1264  ", "二、依申请公开情况| |   ",
      "三、行政复议数量| 件| 2  ", "四、行政诉讼数量| 件| 1",
    ])
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.strayHeadings.isEmpty)
  }

  /// html2text's pipe tables have no outer bars: table 四's value line `| | | | | 0| …` starts with an empty cell
  /// (the text before the first bar), and a value line right under the header was not taken for a grid line.
  @Test func html2textTable4WithoutOuterBarsIsReadWithItsLeadingEmptyCells() {
    let report = report([
      "某某县𠀀溪镇人民政府2020年政府信息公开工作年度报告", "## 四、政府信息公开行政复议、行政诉讼情况", "",
      "行政复议| 行政诉讼  ", "---|---  ", "结果维持| 结果纠正| 其他结果| 尚未审结| 总计| 未经复议直接起诉| 复议后起诉  ",
      "结果维持| 结果纠正| 其他结果| 尚未审结| 总计| 结果维持| 结果纠正| 其他结果| 尚未审结| 总计  ",
      "| | | | | 1| 0| 0| 0| 1| 0| 0| 0| 0| 0  ", "  ", "## 五、存在的主要问题及改进情况", "无。",
    ])
    let cells = report.table4?.rows.flatMap(\.cells).map(\.text)
    #expect(cells == ["", "", "", "", "", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"])
  }

  /// trafilatura drops the title: the sentence naming the report (`规定，现公布…年度报告。`) was read as the title
  /// (agency `现公布某某…`). Words after a comma or before a full stop are prose.
  @Test func aSentenceNamingTheReportIsNoTitle() {
    let report = report([
      "根据《中华人民共和国政府信息公开条例》规定，现公布某某县𠀀溪镇人民政府2023年度政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
      "（一）主动公开。全年主动公开政府信息。",
    ])
    #expect(report.title == nil)
  }

  /// trafilatura keeps an appendix's table but no heading: `| 四、行政诉讼数量 | 件 | 1 |` was read as section 四
  /// (by its number and keyword). A grid cell is no heading.
  @Test func anAppendixGridCellIsNoSection() {
    let report = report([
      "本年度未收取信息处理费。", "| 指标名称 | 单位 | 统计数 | ", "| 三、行政复议数量 | 件 | 2 | ",
      "| 四、行政诉讼数量 | 件 | 1 | ",
    ])
    #expect(report.sections.isEmpty)
  }

  /// trafilatura drops every heading, so `inv-2021-annex`'s appendix (`附件：…统计表（2019年以前口径）`) was not told
  /// apart, and its older statistics table stood in the tables' regions (GJ205). In a text without any heading the
  /// appendix is the first appendix line after table 三 or 四.
  @Test func anAppendixAfterTheTablesOfAHeadinglessTextIsToldApart() throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2021-annex.trafilatura.txt")
      .replacingOccurrences(of: "某某自治州", with: "𠀀溪自治州").replacingOccurrences(of: "\n", with: "\r\n")
    let report = ReportReader.read(SourceText(text))
    #expect(report.sections.isEmpty)
    let start = try #require(report.appendixStart)
    #expect(report.text[TextRange(start: start, end: report.text.count)].hasPrefix("附件：政府信息公开情况统计表"))
    #expect(!report.formatEvidence.isEmpty && report.formatEvidence.allSatisfy { $0.format == report.expectedFormat })
    let tables = [report.table2, report.table3, report.table4].compactMap { $0 }
    #expect(tables.count == 3 && tables.allSatisfy { $0.range.end < start })
  }

  /// pandoc's grid of a table nested in a one-cell layout table puts a whole row in one grid cell
  /// (`|   行政许可              130          |`): the bars are the layout table's, and the row was read as one empty
  /// cell (a wrong value); rows of table 三 whose label's cell is the line's only cell gave GJ304 errors.
  @Test func aNestedTablesRowInsideALayoutGridIsReadBySpaces() {
    let report = report([
      "某某综合实验区𠀀管理委员会2024年政府信息公开工作年度报告", "二、主动公开政府信息情况",
      "+-----------------------------------------------------------------------+",
      "|   第二十条第（五）项                                                  |",
      "|                                                                       |",
      "|   信息内容             本年处理决定数量                               |",
      "|                                                                       |",
      "|   行政许可              130                                           |",
      "|                                                                       |",
      "|   第二十条第（六）项                                                  |",
      "+-----------------------------------------------------------------------+", "三、收到和处理政府信息公开申请情况",
      "|   （三）不予公开                        1.属于国家秘密       |",
      "|                                                     0    0   0    0    0   0    0   |",
    ])
    let licensing = report.table2?.rows.first { $0.label == "行政许可" }
    #expect(licensing?.cells.map(\.text) == ["130"])
    let secret = report.table3?.rows.first { $0.label.contains("属于国家秘密") }
    #expect(secret?.form != .grid)
  }
}
