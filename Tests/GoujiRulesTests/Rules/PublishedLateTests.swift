import Testing

@Suite struct PublishedLateTests {
  static func signed(_ agency: String, _ date: String) -> String {
    ReportBuilder().with {
      $0.agency = agency
      $0.closing = "\n\(agency)\n\(date)"
    }.build()
  }

  @Test func departmentSigningAfterJanuaryIsReported() {
    check(Self.signed("某市科学技术局", "1️⃣2022年2月15日⏹"), rule: "GJ403", expected: [
      DiagnosticSpec("1️⃣", message: "落款日期2022年2月15日晚于政府部门的法定公布期限（2022年1月31日）", severity: .information)
    ])
  }

  @Test(arguments: ["某县人民政府", "某区政府", "某街道办事处"])
  func governmentSigningAfterMarchIsReported(_ agency: String) {
    check(Self.signed(agency, "1️⃣2022年4月1日"), rule: "GJ403", expected: [
      DiagnosticSpec("1️⃣", message: "落款日期2022年4月1日晚于人民政府的法定公布期限（2022年3月31日）")
    ])
  }

  @Test func governmentsOfficeIsADepartment() {
    check(Self.signed("某县人民政府办公室", "1️⃣2022年3月1日"), rule: "GJ403", expected: [
      DiagnosticSpec("1️⃣", message: "晚于政府部门的法定公布期限（2022年1月31日）")
    ])
  }

  @Test func lastDateOfTheClosingLinesIsTheSignature() {
    let text = ReportBuilder().with {
      $0.prose[6] = "本机关于2022年1月10日召开专题会议。本年度未收取信息处理费。"
      $0.closing = "\n某市科学技术局\n1️⃣2022年3月2日\n（联系电话：0000-1234567）"
    }.build()
    check(text, rule: "GJ403", expected: [DiagnosticSpec("1️⃣", message: "落款日期2022年3月2日")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.closing = "\n𠀀市科学技术局　　　1️⃣２０２２年２月１日⏹"
    }.build()
    check(text, rule: "GJ403", expected: [DiagnosticSpec("1️⃣", message: "落款日期2022年2月1日")])
  }

  // MARK: Near misses

  @Test(arguments: [
    ("某市科学技术局", "2022年1月31日"), ("某市科学技术局", "2022年1月20日"), ("某县人民政府", "2022年3月31日"),
    ("某市科学技术局", "2021年12月30日"),
  ])
  func signingByTheDeadlineIsNotReported(_ agency: String, _ date: String) {
    checkClean(Self.signed(agency, date), rule: "GJ403")
  }

  @Test func reportWithoutDateIsNotReported() {
    checkClean(ReportBuilder().with { $0.closing = "" }.build(), rule: "GJ403")
  }

  @Test func datesOfThePeriodAreNotTheSignature() {
    let text = ReportBuilder().with {
      $0.closing = "\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
    }.build()
    checkClean(text, rule: "GJ403")
  }
}
