import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// An appendix inside a flattened line (round "unseen8", `inv-2024-subunit`): a report followed by the report of a
/// unit under it, the whole body on one line, gave the unit's six headings as headings out of place (GJ102) after the
/// report's own section 六. The appendix now starts at `附件：` inside the closing heading's line.
@Suite struct InlineAppendixTests {
  /// A flattened report (example 002's, its lines ended by `newline`) whose section 六 ends with `tail`.
  private static func text(_ tail: String, newline: String = "\n") -> SourceText {
    let base = Fixtures.fixture("GoujiSyntaxTests", "forms/002_cf9a8ca2a320709f.flattened.txt")
    let cut = base.range(of: "无其它需要报告的事项。")!.upperBound
    let line = base[cut...].prefix { $0 != "\n" }
    let text = base.replacingCharacters(in: cut..<line.endIndex, with: tail)
    return SourceText(text.replacingOccurrences(of: "\n", with: newline))
  }

  /// The annex report: its own title and the six headings, a table 三 row among them.
  private static let annex =
    "某某市林业局2025年1月20日附件：某某市林业局所属𠀀林业技术推广中心2024年政府信息公开工作年度报告"
    + "一、总体情况本中心依法公开。二、主动公开政府信息情况本年无。三、收到和处理政府信息公开申请情况"
    + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1四、政府信息公开行政复议、行政诉讼情况无。"
    + "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。"

  @Test(arguments: ["\n", "\r\n"])
  func aUnitsReportAfterTheClosingSectionIsAnAppendix(_ newline: String) throws {
    let text = Self.text(Self.annex, newline: newline)
    let report = ReportReader.read(text)
    let start = try #require(report.appendixStart)
    #expect(text[TextRange(start: start, end: start + 9)] == "附件：")
    #expect(report.strayHeadings.isEmpty)
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(try #require(report.section(6)).bodyRange.end <= start)
  }

  /// Example 002's own annex, `。附件3曲阜市…统计表` with a number and no colon, starts an appendix as well.
  @Test func aNumberedAppendixWithoutAColonStartsOne() throws {
    let text = Self.text("附件3某某市科学技术局2021年政府信息公开情况统计表统计指标单位统计数六、机构建设和保障经费情况")
    let start = try #require(ReportReader.read(text).appendixStart)
    #expect(text[TextRange(start: start, end: start + 7)] == "附件3")
  }

  /// A sentence pointing to an appendix, or an appendix naming neither a report nor a table, starts none.
  @Test(arguments: [
    "详见附件：政府信息公开情况统计表。", "附件：照片三张。", "附件下载", "附件政府信息公开情况统计表",
  ])
  func aMentionOfAnAppendixStartsNone(_ tail: String) {
    #expect(ReportReader.read(Self.text(tail)).appendixStart == nil)
  }
}
