import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct FoldingTests {
  /// Regions start before they end, inside the text, one per start line, nested or disjoint.
  private func expectProper(_ regions: [FoldingRegion], lineCount: Int) {
    #expect(Set(regions.map(\.startLine)).count == regions.count)
    for region in regions {
      #expect(region.startLine < region.endLine && region.endLine < lineCount)
    }
    for first in regions {
      for second in regions where first != second {
        let disjoint = first.endLine < second.startLine || second.endLine < first.startLine
        let nested =
          (first.startLine < second.startLine && second.endLine <= first.endLine)
          || (second.startLine < first.startLine && first.endLine <= second.endLine)
        #expect(disjoint || nested, "\(first) and \(second) cross")
      }
    }
  }

  /// The zero-based line of the first occurrence of `text`.
  private func line(_ text: String, in analysis: Analysis, after: String? = nil) -> Int {
    analysis.text.line(containing: analysis.text.string.utf8Range(of: text, after: after)!.start)
  }

  @Test func sectionsTablesAndGroups() {
    let analysis = analyze(ReportBuilder().build())
    let regions = Features.foldingRanges(analysis)
    expectProper(regions, lineCount: analysis.text.lineCount)
    let spans = regions.map { [$0.startLine, $0.endLine] }
    let lastCell = analysis.text.line(containing: analysis.table3Cell("carryOver", 6).start)
    // Section 三, table 三 from its header, 三、本年度办理结果 and （三）不予公开.
    #expect(spans.contains([line("三、收到和处理", in: analysis), lastCell]))
    #expect(spans.contains([line("（本列数据", in: analysis), lastCell]))
    #expect(spans.contains([line("三、本年度办理结果", in: analysis), line("（七）总计", in: analysis) + 7]))
    let query = analysis.text.line(containing: analysis.table3Cell("withheld.query", 6).start)
    #expect(spans.contains([line("（三）不予公开", in: analysis), query]))
    // The sub-table 第二十条第（五）项.
    #expect(
      spans.contains([
        line("第二十条第（五）项", in: analysis, after: "二、主动公开"), line("行政许可", in: analysis, after: "二、主动公开") + 1,
      ]))
    #expect(regions.allSatisfy { $0.kind == .region })
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func crlfReportFoldsProperly(form: ReportBuilder.Form) {
    let builder = ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = astralLine + "\n" + astralLine
    }
    let analysis = analyze(builder.build())
    let regions = Features.foldingRanges(analysis)
    expectProper(regions, lineCount: analysis.text.lineCount)
    // The title's two lines, a blank line and the preamble come first: 一、总体情况 is line 4, its two lines 5 and 6.
    #expect(regions.contains { $0.startLine == 4 && $0.endLine == 6 })
  }

  @Test(arguments: Fixtures.exampleNames)
  func examplesFoldProperly(name: String) {
    let analysis = analyzeExample(name)
    let regions = Features.foldingRanges(analysis)
    #expect(regions.count >= 6)
    expectProper(regions, lineCount: analysis.text.lineCount)
  }
}
