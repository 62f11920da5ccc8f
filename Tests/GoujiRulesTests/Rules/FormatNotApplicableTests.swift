import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct FormatNotApplicableTests {
  @Test func reportBefore2019IsReportedAtTheTitleYear() {
    let text = ReportBuilder(year: 2017).with {
      $0.title = "某市科学技术局\n1️⃣2017⏹年政府信息公开工作年度报告"
    }.build()
    check(
      text, rule: "GJ206",
      expected: [
        DiagnosticSpec("1️⃣", message: "2017年度报告早于全国统一格式（2019年度起施行），不检查表格和格式", severity: .information)
      ])
  }

  @Test func yearFromThePeriodIsReportedThere() {
    let text = ReportBuilder(year: 2018).with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = "本报告中所列数据的统计期限自1️⃣2018年1月1日起至2018年12月31日止。"
    }.build()
    check(text, rule: "GJ206", expected: [DiagnosticSpec("1️⃣", message: "2018年度报告早于全国统一格式")])
  }

  @Test func nothingElseIsCheckedInAReportBefore2019() {
    // Free form: no tables, sections missing, a Kangxi radical, a leftover, a notice of the wrong era.
    let text = """
      某市科学技术局
      1️⃣2017年政府信息公开⼯作年度报告
      [image: logo]
      根据国办公开办函〔2021〕30号编制。
      一、概述
      2017年，我局收到政府信息公开申请3件。一是……三是……
      二、主动公开政府信息情况
      本年度主动公开信息52条。
      """
    let marked = MarkedText(text)
    let diagnostics = Analyzer.analyze(SourceText(marked.text)).diagnostics
    #expect(diagnostics.map(\.code) == ["GJ206"])
    #expect(diagnostics.first?.range.start == marked.offset("1️⃣"))
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(year: 2016).with {
      $0.lineEnding = "\r\n"
      $0.title = "𠀀市科学技术局\n1️⃣2016年政府信息公开工作年度报告"
    }.build()
    check(text, rule: "GJ206", expected: [DiagnosticSpec("1️⃣", message: "2016年度报告")])
  }

  // MARK: Near misses

  @Test(arguments: [2019, 2020, 2021])
  func reportsFrom2019OnAreChecked(_ year: Int) {
    checkClean(ReportBuilder(year: year).build(), rule: "GJ206")
  }

  @Test func unknownYearIsNotBefore2019() {
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = ""
    }.build()
    checkClean(text, rule: "GJ206")
  }
}
