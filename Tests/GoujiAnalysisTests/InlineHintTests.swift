import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct InlineHintTests {
  @Test func example000ShowsTheExpectedTotals() {
    let analysis = analyzeExample(example("000"))
    let hints = Features.inlineHints(analysis, in: nil)
    #expect(
      hints.map(\.offset) == [
        analysis.table3Cell("new", 6).end, analysis.table3Cell("public", 6).end,
        analysis.table3Cell("outcomeTotal", 0).end, analysis.table3Cell("carryOver", 6).end,
      ]
    )
    #expect(hints.allSatisfy { $0.label == "= 0" })
    #expect(
      hints.first?.tooltip
        == "行合计（R3-2）：自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 0"
    )
    #expect(hints[2].tooltip == "办理结果合计（R3-3）：19项均为0 = 0")
  }

  @Test func wrongTotalInACRLFReport() throws {
    var builder = ReportBuilder()
    builder.lineEnding = "\r\n"
    builder.overview = astralLine
    builder.set("一、本年新收", column: 6, to: "14")
    let analysis = analyze(builder.text)
    let hints = Features.inlineHints(analysis, in: nil)
    let cell = analysis.table3Cell("new", 6)
    #expect(hints.map(\.offset) == [cell.end])
    #expect(hints.map(\.label) == ["= 13"])
    #expect(
      hints.first?.tooltip
        == "行合计（R3-2）：自然人 12 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 13"
    )
    #expect(analysis.text.isBoundary(cell.end))
  }

  @Test func table4Total() throws {
    let text = ReportBuilder().text.replacingOccurrences(
      of: "\t1\n\t0\n\t0\n\t0\n\t1\n", with: "\t1\n\t0\n\t0\n\t0\n\t2\n")
    let analysis = analyze(text)
    let hints = Features.inlineHints(analysis, in: nil)
    let cell = try #require(analysis.report.table4?.row("review")?.cells[4].range)
    #expect(hints.map(\.offset) == [cell.end])
    #expect(hints.first?.label == "= 1")
    #expect(hints.first?.tooltip == "组合计（R4）：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1")
  }

  @Test func onlyHintsInsideTheRange() {
    let analysis = analyzeExample(example("000"))
    let first = analysis.table3Cell("new", 6)
    #expect(Features.inlineHints(analysis, in: first).map(\.offset) == [first.end])
    #expect(Features.inlineHints(analysis, in: TextRange(start: 0, end: first.start)).isEmpty)
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func balancedReportHasNoHints(form: ReportBuilder.Form) {
    var builder = ReportBuilder()
    builder.form = form
    #expect(Features.inlineHints(analyze(builder.text), in: nil).isEmpty)
  }
}
