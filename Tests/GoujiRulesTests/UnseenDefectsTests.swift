import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The deliberate defects of the reports of rounds "unseen6" to "unseen10" stay wherever their rows are read
/// (Reading.md): a form that reads the row reports the defect, and a form that lost the row leaves it unread, with no
/// error standing on it.
@Suite struct UnseenDefectsTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")

  private static func files(_ report: String) -> [String] {
    Fixtures.files(in: folder).filter { $0.hasPrefix("\(report).") && $0.hasSuffix(".txt") }
  }

  private static func analysis(_ name: String) -> Analysis {
    Analyzer.analyze(SourceText(Fixtures.text(folder.appendingPathComponent(name))))
  }

  private static func reports(_ analysis: Analysis, _ finding: String) -> Bool {
    analysis.diagnostics.contains { "\($0.code) \($0.message.zh)" == finding }
  }

  /// The forms whose grid or lines show every cell: the defect must be reported there.
  private static func keepsEveryCell(_ name: String) -> Bool {
    ["w3m", "pandoc", "word-txt", "html2text"].contains { name.hasSuffix(".\($0).txt") }
  }

  /// `inv-2024-thead`'s 二、上年结转 总计 is typed one more than its parts (table 三's header repeated by `<thead>`
  /// on the next page in the PDF forms).
  @Test(arguments: files("inv-2024-thead"))
  func aCarriedOverTotalOneMoreIsReportedWhereverItsRowIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = ReportSummary(analysis.report).table3?.first { $0.row == "二、上年结转政府信息公开申请数量" }
    let expected = "GJ310 “二、上年结转政府信息公开申请数量”的总计应为16（自然人3+科研机构1+社会公益组织6+法律服务机构3+其他3），实际填写17"
    let reported = Self.reports(analysis, expected)
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2022-late2019`'s 复议后起诉 总计 is one more than its results, under table 四's header written as one row
  /// of 15 short headers.
  @Test(arguments: files("inv-2022-late2019"))
  func aReviewTotalOneMoreIsReportedWhereverTable4IsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = analysis.report.table4?.rows.last
    let expected = "GJ314 行政诉讼 复议后起诉的总计应为26（结果维持8+结果纠正9+尚未审结9），实际填写27"
    let reported = Self.reports(analysis, expected)
    #expect(reported == (row?.cells.allSatisfy(\.confidence.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// Where LibreOffice's PDF in reading order leaves `inv-2024-thead`'s 二、上年结转 unread (its seven values one a
  /// line break R3-2 in a table whose rows lost their values), GJ308 says the values stand one a line, not that
  /// digits run together (round "late2019").
  @Test func valuesOneALineAreNotSaidToRunTogether() throws {
    let analysis = Self.analysis("inv-2024-thead.word-pdf-raw.txt")
    let warning = try #require(analysis.diagnostics.first { $0.code == "GJ308" && $0.message.zh.contains("上年结转") })
    #expect(
      warning.message.zh == "“二、上年结转政府信息公开申请数量”行的7个数值各占一行，文本不能说明它们是否都属于本行、"
        + "各在哪个单元格（本表有多行的数值个数与列数不符，这些数值也不满足本行的合计）：本行无法可靠读取，请核对原文")
    #expect(!warning.message.en.contains("run together"))
    #expect(analysis.report.text[warning.range].hasPrefix("二、上年结转"))
  }

  /// `inv-2020-hanzi` writes its title's year in Chinese numerals (`二〇二〇年`) and copies last year's statistics
  /// period (`自2019年1月1日起至2019年12月31日止`): the period is reported against the title's year wherever both are
  /// read, and no form takes the report for 2019.
  @Test(arguments: files("inv-2020-hanzi"))
  func aPeriodOfLastYearIsReportedAgainstATitleYearInNumerals(_ name: String) {
    let analysis = Self.analysis(name)
    #expect(analysis.report.reportYear != 2019, "\(name)")
    let reported = Self.reports(analysis, "GJ204 统计期限写的是2019年，报告年度是2020年")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2022-twohead`'s first outcome row with every part written `0` has a 总计 of 3, under table 三's header of
  /// two rows (no `申请人情况`).
  @Test(arguments: files("inv-2022-twohead"))
  func aTotalOverZeroPartsIsReportedWhereverItsRowIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = ReportSummary(analysis.report).table3?.first { $0.row == "（一）予以公开" }
    let reported = Self.reports(analysis, "GJ310 “（一）予以公开”的总计应为0（各项均为0），实际填写3")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2021-wide` writes every value in full-width digits; its 一、本年新收 has 商业企业 and 总计 one more each (R3-1
  /// broken in two columns). w3m and the layout PDF forms wrap its widest values inside their cells, so the rows
  /// beside the pieces are unread there (GJ308), never read with a piece.
  @Test(arguments: files("inv-2021-wide"))
  func aColumnOffByOneInFullWidthDigitsIsReportedWhereverItsRowsAreRead(_ name: String) {
    let analysis = Self.analysis(name)
    let rows = ReportSummary(analysis.report).table3 ?? []
    let read = ["一、本年新收政府信息公开申请数量", "（七）总计"].allSatisfy { label in
      rows.first { $0.row == label }?.confidence.allSatisfy(\.isVerified) == true
    }
    let reported = Self.reports(analysis, "GJ313 “商业企业”列不平衡：一+二=399+0=399，而（七）总计+四=394+4=398")
    #expect(reported == read, "\(name)")
    #expect(reported || !["pandoc", "word-txt", "html2text"].contains { name.hasSuffix(".\($0).txt") }, "\(name)")
  }

  /// Whether `analysis` reports `code` with a Chinese message starting with `start` and ending with `end` (the sums
  /// of GJ312 name every part).
  private static func reports(_ analysis: Analysis, _ code: String, _ start: String, _ end: String) -> Bool {
    analysis.diagnostics.contains { $0.code == code && $0.message.zh.hasPrefix(start) && $0.message.zh.hasSuffix(end) }
  }

  /// `inv-2023-caption` prints a caption and a `单位：件` line above its tables; its （七）总计's 自然人 and 总计 are one
  /// less each (the row balances; the outcomes do not add up to it, R3-3 broken, and R3-1 with it). Where every
  /// outcome row is read, GJ312 says so; where one is not (flattened digits), R3-1's GJ313 does.
  @Test(arguments: files("inv-2023-caption"))
  func aTotalRowOneShortUnderACaptionIsReportedWhereverItIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = ReportSummary(analysis.report).table3?.first { $0.row == "（七）总计" }
    let sum = Self.reports(analysis, "GJ312", "（七）总计的“自然人”列应为1725（", "实际填写1724")
    let columns = Self.reports(analysis, "GJ313 “自然人”列不平衡：一+二=1725+0=1725，而（七）总计+四=1724+0=1724")
    #expect((sum || columns) == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(sum || !Self.keepsEveryCell(name), "\(name)")
    #expect(!analysis.diagnostics.contains { $0.code == "GJ102" || $0.code == "GJ103" }, "\(name)")
  }

  /// `inv-2021-landscape` prints table 三 alone on a landscape page at 8 pt; its （四）1's 总计 is one less than its
  /// parts.
  @Test(arguments: files("inv-2021-landscape"))
  func aRowTotalOneShortOnALandscapePageIsReportedWhereverItsRowIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = ReportSummary(analysis.report).table3?.first { $0.row == "（四）无法提供 1.本机关不掌握相关政府信息" }
    let reported = Self.reports(analysis, "GJ310 “（四）无法提供 1.本机关不掌握相关政府信息”的总计应为390（社会公益组织194+其他196），实际填写389")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2024-subunit` is followed by the report of a unit under it (`附件：…年度报告`, its own six sections and
  /// tables): the report's own tables are read, the unit's headings are no headings of the report (no GJ102), and
  /// its 未经复议直接起诉 总计, one more than its results, is reported wherever table 四 is read.
  @Test(arguments: files("inv-2024-subunit"))
  func aUnitsReportAfterTheReportLeavesTheReportsOwnDefect(_ name: String) {
    let analysis = Self.analysis(name)
    let row = analysis.report.table4?.rows.last
    let reported = Self.reports(analysis, "GJ314 行政诉讼 未经复议直接起诉的总计应为3（结果维持3），实际填写4")
    #expect(reported == (row?.cells.allSatisfy(\.confidence.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
    #expect(!analysis.diagnostics.contains { $0.code == "GJ102" }, "\(name)")
    #expect(analysis.report.strayHeadings.isEmpty, "\(name)")
  }

  /// `inv-2022-halfwidth` types its labels with half-width punctuation and spaces (`(二)部分公开(区分处理的,…)`,
  /// `1. 属于国家秘密`); its (二)部分公开's 总计 is one more than its parts.
  @Test(arguments: files("inv-2022-halfwidth"))
  func aRowTotalOneMoreUnderHalfWidthLabelsIsReportedWhereverItsRowIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    let row = ReportSummary(analysis.report).table3?.first { $0.row == label }
    let reported = Self.reports(analysis, "GJ310 “\(label)”的总计应为97（社会公益组织52+法律服务机构45），实际填写98")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2023-t4split` publishes table 四 as two tables (行政复议, then 行政诉讼, each under its own header); 行政复议's
  /// 总计 is one less than its results. Where both parts are read, the defect is reported, and table 四's count of
  /// values is never said to be the report's (no GJ304).
  @Test(arguments: files("inv-2023-t4split"))
  func aReviewTotalOneShortInATable4OfTwoTablesIsReportedWhereverItIsRead(_ name: String) {
    let analysis = Self.analysis(name)
    let row = analysis.report.table4?.rows.first
    let reported = Self.reports(analysis, "GJ314 行政复议的总计应为22（结果维持13+结果纠正9），实际填写21")
    #expect(reported == (row?.cells.allSatisfy(\.confidence.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
    #expect(!analysis.diagnostics.contains { $0.code == "GJ304" }, "\(name)")
  }

  /// `inv-2021-footnote` writes footnote marks after four values (`87*`, `399②`, `277①`, `12注`): no form reads a
  /// mark as a digit (NFKC makes `②` a `2`: 3992, 2771), and its (四)2's 总计, one more than its parts, is reported
  /// wherever its row is read.
  @Test(arguments: files("inv-2021-footnote"))
  func footnoteMarksAreNoDigitsAndTheDefectStays(_ name: String) {
    let analysis = Self.analysis(name)
    let summary = ReportSummary(analysis.report)
    let permit = summary.table2?.first { $0.row == "行政许可" }?.values.first ?? nil
    #expect(permit == nil || permit == "399②", "\(name): \(permit ?? "-")")
    let third = summary.table3?.first { $0.row == "（三）不予公开 4.保护第三方合法权益" }?.values.last ?? nil
    #expect(third == nil || third == "277①", "\(name): \(third ?? "-")")
    let label = "（四）无法提供 2.没有现成信息需要另行制作"
    let row = summary.table3?.first { $0.row == label }
    let reported = Self.reports(
      analysis, "GJ310 “\(label)”的总计应为448（自然人267+商业企业59+科研机构58+法律服务机构64），实际填写449")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2022-money` writes table 二's fee amount with thousands separators and decimals (`2,345.60`): an amount
  /// as the format asks, never said to be none (GJ306); its 行政复议 总计 is one less than its results.
  @Test(arguments: files("inv-2022-money"))
  func aGroupedFeeIsAnAmountAndTheReviewTotalOneShortIsReported(_ name: String) {
    let analysis = Self.analysis(name)
    #expect(!analysis.diagnostics.contains { $0.code == "GJ306" && $0.message.zh.contains("行政事业性收费") }, "\(name)")
    let row = analysis.report.table4?.rows.first
    let reported = Self.reports(analysis, "GJ314 行政复议的总计应为72（结果维持28+结果纠正10+其他结果10+尚未审结24），实际填写71")
    #expect(reported == (row?.cells.allSatisfy(\.confidence.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2020-ling` writes its zeros `〇`, right-aligned with ideographic spaces (`　　〇`): each is counted as 0
  /// and said to be no number where it is read (GJ306, as `无`), and its （二）部分公开's 总计, one more than its
  /// parts, is reported wherever the row is read.
  @Test(arguments: files("inv-2020-ling"))
  func zeroNumeralsCountAsZeroAndTheDefectStays(_ name: String) {
    let analysis = Self.analysis(name)
    let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    let row = ReportSummary(analysis.report).table3?.first { $0.row == label }
    let reported = Self.reports(analysis, "GJ310 “\(label)”的总计应为9（社会公益组织1+其他8），实际填写10")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
    let zero = "GJ306 “\(label)”的“自然人”为“〇”：不是数值，核对时按0计算，应填0"
    #expect(Self.reports(analysis, zero) || !Self.keepsEveryCell(name), "\(name)")
  }

  /// `inv-2021-remarks` adds a 备注 column after table 三's 总计 and table 四's last column, words in a few rows:
  /// no row is said to have a value too many (GJ304), and its (四)2's 总计, one more than its parts, is reported
  /// wherever the row is read.
  @Test(arguments: files("inv-2021-remarks"))
  func aRemarksColumnIsNoValueAndTheDefectStays(_ name: String) {
    let analysis = Self.analysis(name)
    #expect(!analysis.diagnostics.contains { $0.code == "GJ304" }, "\(name)")
    let label = "（四）无法提供 2.没有现成信息需要另行制作"
    let row = ReportSummary(analysis.report).table3?.first { $0.row == label }
    let reported = Self.reports(
      analysis, "GJ310 “\(label)”的总计应为298（自然人177+科研机构33+社会公益组织10+法律服务机构42+其他36），实际填写299")
    #expect(reported == (row?.confidence.allSatisfy(\.isVerified) == true), "\(name)")
    #expect(reported || !Self.keepsEveryCell(name), "\(name)")
  }
}
