import GoujiTestSupport
import Testing

@Suite struct CarryoverMismatchTests {
  /// Last year's report: 1 application from a 自然人 carried over (the builder's default).
  static let lastYear = ReportBuilder(.format2019).build()

  @Test(arguments: ReportBuilder.Form.allCases)
  func carryInThatDiffersFromLastYearsCarryOverIsReportedPerColumn(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).setting(.table3, "carried", ["1️⃣0", "0", "0", "0", "0", "0", "2️⃣0"]).build()
    check(
      text, rule: "GJ402",
      expected: [
        DiagnosticSpec("1️⃣", message: "“二、上年结转”的“自然人”为0，2020年度报告“四、结转下年度继续办理”为1", severity: .warning),
        DiagnosticSpec("2️⃣", message: "“二、上年结转”的“总计”为0，2020年度报告“四、结转下年度继续办理”为1"),
      ], previous: Self.lastYear)
  }

  @Test func previousReportInAnotherForm() {
    let previous = ReportBuilder(.format2019, form: .spaceSeparated)
      .setting(.table3, "carryOver", ["0", "2", "0", "0", "0", "0", "2"]).build()
    let text = ReportBuilder(form: .tabSeparated)
      .setting(.table3, "carried", ["0", "1️⃣1", "0", "0", "0", "0", "2️⃣1"]).build()
    check(
      text, rule: "GJ402",
      expected: [
        DiagnosticSpec("1️⃣", message: "“商业企业”为1，2020年度报告“四、结转下年度继续办理”为2"),
        DiagnosticSpec("2️⃣", message: "“总计”为1，2020年度报告"),
      ], previous: previous)
  }

  @Test func previousReportWithoutYear() {
    let previous = ReportBuilder(.format2019).with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = ""
    }.build()
    let text = ReportBuilder().setting(.table3, "carried", ["1️⃣0", "0", "0", "0", "0", "0", "2️⃣0"]).build()
    check(
      text, rule: "GJ402",
      expected: [
        DiagnosticSpec("1️⃣", message: "上一年度报告“四、结转下年度继续办理”为1"), DiagnosticSpec("2️⃣"),
      ], previous: previous)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
    }.setting(.table3, "carried", ["1️⃣0", "0", "0", "0", "0", "0", "2️⃣0"]).build()
    check(text, rule: "GJ402", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")], previous: Self.lastYear)
  }

  // MARK: Near misses

  @Test func carryInEqualToLastYearsCarryOverIsNotReported() {
    let text = ReportBuilder().setting(.table3, "carried", ["1", "0", "0", "0", "0", "0", "1"]).build()
    check(text, rule: "GJ402", expected: [], previous: Self.lastYear)
  }

  @Test func emptyCellsCountAsZero() {
    let previous = ReportBuilder(.format2019).setting(.table3, "carryOver", ["", "", "", "", "", "", "0"]).build()
    check(ReportBuilder().build(), rule: "GJ402", expected: [], previous: previous)
  }

  @Test func withoutLastYearsReportNothingIsCompared() {
    check(ReportBuilder().setting(.table3, "carried", "total", "7").build(), rule: "GJ402", expected: [])
  }

  @Test func lastYearsReportWithoutTable3IsNotCompared() {
    let previous = ReportBuilder(.format2019).with { $0.omittedTables = [.table3] }.build()
    check(ReportBuilder().build(), rule: "GJ402", expected: [], previous: previous)
  }
}
