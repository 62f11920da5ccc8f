import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import Testing

/// An empty 总计 of an outcome row (inv-2023-spaces' （一）予以公开) is said once, by GJ311 with its sum: the column
/// total （七）总计 is checked with that sum, not with 0 (GJ312 said 3493 where 3618 was right), and GJ305 never
/// offers to fill in 0 where the row's applicant cells are not all 0.
@Suite struct EmptyRowTotalSaidOnceTests {
  /// CRLF, and an astral character in a prose line before the tables.
  private func builder() -> ReportBuilder {
    ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.preamble = "本报告𠀀根据《中华人民共和国政府信息公开条例》编制。"
    }
  }

  @Test func emptyOutcomeRowTotalIsGJ311sAloneAndTheColumnTotalIsRight() throws {
    let text = builder().setting(.table3, "public", "total", "1️⃣").build()
    check(
      text, rule: "GJ311",
      expected: [
        DiagnosticSpec("1️⃣", message: "“（一）予以公开”的总计未填写，应为1", severity: .warning, fixIsSafe: true)
      ])
    checkClean(text, rule: "GJ312")
    checkClean(text, rule: "GJ313")
    checkClean(text, rule: "GJ305")
    let fixed = try #require(checkFixes(text, rule: "GJ311", safe: true).first)
    #expect(fixed == builder().build())
  }

  @Test func anotherWrongRowOfTheSameColumnIsStillReportedWithTrueFigures() {
    // （四）1 has 2 where its column total counts 1: with the empty total read as 0 the 总计 column would balance
    // (0 + 2 = 2), a defect hidden; counted as GJ311's 1 it does not, and the message names 1, not 0.
    let text = builder()
      .setting(.table3, "public", "total", "")
      .setting(.table3, "unable.notHeld", ["0", "2", "0", "0", "0", "0", "2"])
      .setting(.table3, "outcomeTotal", ["1", "1️⃣1", "0", "0", "0", "0", "2️⃣2"]).build()
    let analysis = check(
      text, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "（七）总计的“商业企业”列应为2"),
        DiagnosticSpec(
          "2️⃣",
          message: "（七）总计的“总计”列应为3（（一）予以公开1（总计未填写，按各列合计）+（四）无法提供 1.本机关不掌握相关政府信息2），实际填写2",
          severity: .error, fixIsSafe: false),
      ])
    // The 1 counted for the empty cell is gouji's, not the text's: the finding's data marks it derived, and only it.
    let columns = analysis.diagnostics.compactMap { $0.data?.balance }.filter { $0.rule.id == "R3-3" }
    #expect(columns.first { $0.line == "total" }?.parts.filter(\.isDerived).map(\.row) == ["public"])
    #expect(columns.first { $0.line == "commercial" }?.parts.contains(where: \.isDerived) == false)
  }

  @Test func emptyTotalOverNonZeroPartsGJ311CannotSumIsNoZero() {
    // A part that is no number: GJ311 gives no sum, and the total is not 0 since 自然人 is 2.
    let text = builder().setting(.table3, "new", ["2", "若干", "0", "0", "0", "0", "1️⃣"]).build()
    check(
      text, rule: "GJ305",
      expected: [
        DiagnosticSpec("1️⃣", message: "表三“一、本年新收政府信息公开申请数量”的“总计”为空；该行申请人各列不全为0，应填写各列之和，不是0")
      ])
    let analysis = check(text, rule: "GJ305", expected: [DiagnosticSpec("1️⃣")])
    let diagnostics = Array(analysis.diagnostics)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.fixes.isEmpty == true)
    #expect(diagnostics.first.map { !$0.message.zh.contains("按0") && !$0.message.en.contains("as 0") } == true)
  }

  @Test func emptyTotalOverZerosStillGetsTheFillZeroFix() {
    let text = builder().setting(.table3, "carried", ["0", "若干", "0", "0", "0", "0", "1️⃣"]).build()
    check(text, rule: "GJ305", expected: [DiagnosticSpec("1️⃣", message: "为空，核对时按0计算", fixIsSafe: false)])
  }
}
