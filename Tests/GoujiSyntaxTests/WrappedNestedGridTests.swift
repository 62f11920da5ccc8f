import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// pandoc's grid around a nested table (`inv-2024-zone.word-pandoc`: every table inside a one-cell layout table)
/// cuts the nested table's lines across the grid's: `规` / `章` were read as the 2019 format's `规范性文件` (GJ205),
/// rows not found were missing (GJ302), table 四 one value short (GJ304). Such a table is left unread
/// (`tableUnreadable`, GJ308 a warning), never misread. Excerpts of the text pandoc wrote, in a report titled with
/// 𠀀 and ended by CRLF.
@Suite struct WrappedNestedGridTests {
  /// Table 二 as `pandoc -t plain` writes it inside the layout table's grid (shortened).
  static let table2 = [
    "+-----------------------------------------------------------------------+",
    "|   -------------                                                       |",
    "| ------- ---------------------------- --------------- ---------------- |",
    "|   第二十条第（一）项                                                  |",
    "|                                                                       |",
    "|   信息内容                                                            |",
    "|             本年制发件数                 本年废止件数    现行有效件数 |",
    "|                                                                       |",
    "|   规                                                                  |",
    "| 章                  166                          36              104  |",
    "|                                                                       |",
    "|   行                                                                  |",
    "| 政规范性文件        0                            16              75   |",
    "|   -------------                                                       |",
    "| ------- ---------------------------- --------------- ---------------- |",
    "+-----------------------------------------------------------------------+",
  ]

  /// Table 四 as pandoc writes it there: its rule cut into three grid lines.
  static let table4 = [
    "+-----------------------------------------------------------------------+",
    "|   ---------- ---------- --                                            |",
    "| -------- ---------- ------ ------------------ ---------- ---------- - |",
    "| --------- ------ ------------ ---------- ---------- ---------- ------ |",
    "|   行政复议                                                            |",
    "|                                  行政诉讼                             |",
    "|    0          7                                                       |",
    "|                         7                                             |",
    "|    0          0      2            0                                2  |",
    "+-----------------------------------------------------------------------+",
  ]

  private func read(_ body: [String], newline: String = "\r\n") -> Report {
    let title = "某某综合实验区𠀀管理委员会党政办公室2024年政府信息公开工作年度报告"
    return ReportReader.read(SourceText(ReportExcerpt.text(body, title: title, newline: newline)))
  }

  private func unreadable(_ report: Report) -> [(TableID, String)] {
    report.problems.compactMap { problem in
      guard case .tableUnreadable(let id) = problem.kind else { return nil }
      return (id, report.text[problem.range])
    }
  }

  @Test(arguments: ["\r\n", "\n"])
  func aTableWhoseLinesTheGridCutsIsUnreadNotMisread(_ newline: String) {
    let report = read(
      ["二、主动公开政府信息情况"] + Self.table2 + ["三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
        + Self.table4,
      newline: newline
    )
    #expect(report.table2 == nil)
    #expect(report.table4 == nil)
    #expect(report.formatEvidence.isEmpty)
    let problems = unreadable(report)
    #expect(problems.map(\.0) == [.table2, .table4])
    // Each problem stands on its whole grid, which is no prose (GJ504 took its rules for repeated paragraphs).
    #expect(problems.map(\.1) == [Self.table2, Self.table4].map { $0.joined(separator: newline) })
    // Section 三 of the excerpt holds no table: that one is missing; tables 二 and 四 are there.
    let missing = report.problems.compactMap { if case .tableMissing(let id) = $0.kind { id } else { nil } }
    #expect(missing == [.table3])
    #expect(!report.problems.contains { if case .rowMissing = $0.kind { true } else { false } })
  }

  /// A rule on one grid line is not cut: a nested table that fits its cell is read as before.
  @Test func aRuleOnOneGridLineIsNotCut() {
    let lines = ["|  ------ ------  |", "|  规章   0       |", "|  ------ ------  |"]
    let text = SourceText(lines.joined(separator: "\r\n"))
    #expect(WrappedNestedGrid.cutTable(in: text, region: TextRange(start: 0, end: text.count)) == nil)
  }

  /// Two lines of hyphens without bars are pandoc's own simple table's rule and header, not a cut rule; nor are a
  /// Markdown table's `|---|---|` lines.
  @Test func hyphensWithoutBarsOrWithInnerBarsAreNoCutRule() {
    for lines in [["  ------ ------", "  ------ ------"], ["|---|---|", "|---|---|"]] {
      let text = SourceText(lines.joined(separator: "\n"))
      #expect(WrappedNestedGrid.cutTable(in: text, region: TextRange(start: 0, end: text.count)) == nil)
    }
  }
}
