import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

/// Inline hints and cell hovers read the balance findings' data (``BalanceData``): what a finding says it is about
/// is what they show, never a sum found again by code.
@Suite struct FindingDataFeatureTests {
  /// `一、本年新收`'s 总计 4 where 2 + 1 = 3, in a CRLF report with an astral character.
  static func wrongTotal() -> Analysis {
    let builder = ReportBuilder().setting(.table3, "new", ["2", "1", "0", "0", "0", "0", "4"]).with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = astralLine
    }
    return analyze(builder.build())
  }

  /// The analysis with the R3-2 finding's data changed by `change`.
  static func changingData(of analysis: Analysis, _ change: (inout BalanceData) -> Void) -> Analysis {
    var changed = analysis
    changed.diagnostics = DiagnosticList(
      analysis.diagnostics.map { diagnostic in
        guard var data = diagnostic.data?.balance, data.rule.id == "R3-2" else { return diagnostic }
        var copy = diagnostic
        change(&data)
        copy.data = .balance(data)
        return copy
      }
    )
    return changed
  }

  @Test func aFindingWithoutDataGetsNoHint() {
    var analysis = Self.wrongTotal()
    #expect(Features.inlineHints(analysis, in: nil).map(\.label) == ["= 3"])
    analysis.diagnostics = DiagnosticList(
      analysis.diagnostics.map {
        var copy = $0; copy.data = nil; return copy
      }
    )
    #expect(Features.inlineHints(analysis, in: nil).isEmpty)
  }

  @Test func theHintShowsTheValueAndSumTheDataCarries() throws {
    // Data that leaves out 自然人 2: the hint follows the data, not a sum found again.
    let analysis = Self.changingData(of: Self.wrongTotal()) { $0.parts.removeFirst() }
    let hint = try #require(Features.inlineHints(analysis, in: nil).first)
    #expect(hint.offset == analysis.table3Cell("new", 6).end && analysis.text.isBoundary(hint.offset))
    #expect(hint.label == "= 1")
    #expect(hint.tooltip == "行合计（R3-2）：商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1")
  }

  @Test func aTermOfSeveralTotalsGetsNoHint() {
    // R3-1 fails at 四's 自然人 cell (GJ313): which of （七）总计 and 四 is wrong only the writer knows.
    let builder = ReportBuilder().setting(.table3, "carryOver", ["2", "0", "0", "0", "0", "0", "2"])
    let analysis = analyze(builder.build())
    let carryOver = analysis.table3Cell("carryOver", 0)
    #expect(analysis.diagnostics.contains { $0.code == "GJ313" && $0.range == carryOver })
    #expect(!Features.inlineHints(analysis, in: nil).contains { $0.offset == carryOver.end })
  }

  @Test func theCellHoverShowsTheEquationTheFindingReports() throws {
    let original = Self.wrongTotal()
    let cell = original.table3Cell("new", 6)
    let before = try #require(Features.hover(original, at: cell.start, language: .zh))
    #expect(
      before.plainText.contains("行合计（R3-2）：自然人 2 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 3 ✗ 总计 4（应为3）"))
    let changed = Self.changingData(of: original) { $0.parts.removeFirst() }
    let after = try #require(Features.hover(changed, at: cell.start, language: .zh))
    #expect(after.plainText.contains("行合计（R3-2）：商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1 ✗ 总计 4（应为1）"))
    // The equation no finding there reports is the one the evaluator finds, as before.
    let columnBalance = try #require(before.plainText.components(separatedBy: "\n").first { $0.contains("（R3-1）") })
    #expect(after.plainText.contains(columnBalance))
  }
}
