import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Flattened text that glues counts written with thousands separators to the next cell (`5,0493,044` is
/// 5,049·3,044): a run is cut only into well-formed counts (a first group of one to three digits, then groups of three
/// after commas), and read only when the balancing rules leave one split. Excerpts of `inv-2022-dept`'s flat-glued
/// copy, in a report titled with 𠀀 and ended by CRLF.
@Suite struct GluedSeparatorsTests {
  private func report(_ body: String) -> Report {
    let text = "某某市𠀀溪县财政局2022年政府信息公开工作年度报告一、总体情况无。" + body + "五、存在的主要问题及改进情况无。\r\n"
    return ReportReader.read(SourceText(text))
  }

  private let table2 =
    "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章0 2,5801,991"

  @Test func countsWithSeparatorsGluedToTheNextCellAreSplitAtTheirGroups() {
    let report = report(
      table2 + "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量5,0493,0443,1944,1932,635 1,09419,209"
        + "二、上年结转政府信息公开申请数量0 04 4 0614四、政府信息公开行政复议、行政诉讼情况"
    )
    let row = report.table3?.row("new")
    #expect(row?.cells.map(\.text) == ["5049", "3044", "3194", "4193", "2635", "1094", "19209"])
    #expect(row?.cells.allSatisfy { $0.confidence == .solved } == true)
    // Each cell's range is its characters, separators included.
    let text = report.text
    #expect(
      row?.cells.map { String(decoding: text.bytes[$0.range.start..<$0.range.end], as: UTF8.self) }.first == "5,049")
    #expect(report.table2?.row("rules")?.cells.map(\.text) == ["0", "2580", "1991"])
  }

  /// `9112,851` is 911·2,851, 91·12,851 or 9·112,851, and table 二 has no balancing rule to choose: no value of
  /// the row is read as written or solved.
  @Test func aRunThatSplitsSeveralWaysStaysUndecided() {
    let report = report(table2 + "行政规范性文件1,198 9112,851三、收到和处理政府信息公开申请情况")
    let cells = report.table2?.row("normativeDocuments")?.cells
    #expect(cells?.count == 3)
    #expect(cells?.contains { $0.confidence == .written || $0.confidence == .solved } == false)
    let candidates = report.problems.compactMap { problem -> [[String]]? in
      if case .cellsAmbiguous(.table2, "normativeDocuments", _, let candidates) = problem.kind { return candidates }
      return nil
    }
    #expect(candidates.first?.contains(["1198", "911", "2851"]) == true)
    #expect(candidates.first?.contains(["1198", "91", "12851"]) == true)
  }

  /// A comma that does not separate groups of three (`5,04,93`) makes no count: the row is not read. On a line of
  /// its own (text that keeps a line per row) a glued run is no value either, as before.
  @Test(arguments: [
    "一、本年新收政府信息公开申请数量5,04,93 0 0 0 0 0 3二、上年结转政府信息公开申请数量0 0 0 0 0 0 0",
    "\r\n一、本年新收政府信息公开申请数量 5,0493,0443,1944,1932,635 1,09419,209\r\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\r\n",
  ])
  func malformedOrUnflattenedRunsAreNotSplit(_ rows: String) {
    let report = report("二、主动公开政府信息情况三、收到和处理政府信息公开申请情况" + rows + "四、政府信息公开行政复议、行政诉讼情况")
    let cells = report.table3?.row("new")?.cells
    #expect(cells?.contains { $0.confidence == .written || $0.confidence == .solved } == false)
  }
}
