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
    let builder = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = astralLine
    }
    let analysis = analyze(builder.setting(.table3, "new", "total", "4").build())
    let hints = Features.inlineHints(analysis, in: nil)
    let cell = analysis.table3Cell("new", 6)
    #expect(hints.map(\.offset) == [cell.end])
    #expect(hints.map(\.label) == ["= 3"])
    #expect(
      hints.first?.tooltip
        == "行合计（R3-2）：自然人 2 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 3"
    )
    #expect(analysis.text.isBoundary(cell.end))
  }

  @Test func table4Total() throws {
    // One review, upheld, whose 总计 says 2.
    let builder = ReportBuilder().withoutFigures().setting(.table4, "review", ["1", "0", "0", "0", "2"])
    let analysis = analyze(builder.build())
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
    #expect(Features.inlineHints(analyze(ReportBuilder(form: form).build()), in: nil).isEmpty)
  }
}
