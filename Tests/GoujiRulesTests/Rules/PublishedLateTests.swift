import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct PublishedLateTests {
  static func signed(_ agency: String, _ date: String) -> String {
    ReportBuilder().with {
      $0.agency = agency
      $0.closing = "\n\(agency)\n\(date)"
    }.build()
  }

  @Test func departmentSigningAfterJanuaryIsReported() {
    check(
      Self.signed("某市科学技术局", "1️⃣2022年2月15日⏹"), rule: "GJ403",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "落款日期2022年2月15日晚于县级以上人民政府部门的公布期限（2022年1月31日，《条例》第四十九条）",
          severity: .information
        )
      ])
  }

  @Test(arguments: ["某县人民政府", "某区政府"])
  func localGovernmentSigningAfterMarchIsReported(_ agency: String) {
    check(
      Self.signed(agency, "1️⃣2022年4月1日"), rule: "GJ403",
      expected: [
        DiagnosticSpec("1️⃣", message: "落款日期2022年4月1日晚于县级以上地方人民政府的公布期限（2022年3月31日，《条例》第四十九条）")
      ])
  }

  @Test(arguments: ["某街道办事处", "某镇人民政府", "某乡人民政府", "某经济开发区管理委员会"])
  func townshipsHaveNoStatutoryDeadline(_ agency: String) {
    // 条例第四十九条 binds 县级以上 bodies only: without a configured deadline a township is not checked.
    checkClean(Self.signed(agency, "2022年5月1日"), rule: "GJ403")
  }

  @Test func townshipsAreCheckedAgainstTheConfiguredDeadline() throws {
    var configuration = RuleConfiguration()
    let deadline: MonthDay = try #require(MonthDay("02-28"))
    configuration.townshipDeadline = deadline
    let late = SourceText(MarkedText(Self.signed("某镇人民政府", "2022年3月1日")).text)
    let diagnostics = Analyzer.analyze(late, configuration: configuration).diagnostics.filter { $0.code == "GJ403" }
    #expect(diagnostics.map(\.message.zh) == ["落款日期2022年3月1日晚于乡镇、街道的公布期限（2022年2月28日，按配置的期限）"])
    let onTime = SourceText(Self.signed("某镇人民政府", "2022年2月28日"))
    #expect(Analyzer.analyze(onTime, configuration: configuration).diagnostics.allSatisfy { $0.code != "GJ403" })
  }

  @Test func governmentsOfficeIsADepartment() {
    check(
      Self.signed("某县人民政府办公室", "1️⃣2022年3月1日"), rule: "GJ403",
      expected: [
        DiagnosticSpec("1️⃣", message: "晚于县级以上人民政府部门的公布期限（2022年1月31日")
      ])
  }

  @Test func publicationDateLineIsTheDateThatCounts() {
    // A web copy keeps the portal's 发布日期 above the report: the report was put online then, whatever the signature.
    let late = ReportBuilder().with {
      $0.preamble = "发布日期：1️⃣2022-02-10⏹  来源：某市科学技术局"
      $0.closing = "\n某市科学技术局\n2022年1月20日"
    }.build()
    check(late, rule: "GJ403", expected: [DiagnosticSpec("1️⃣", message: "发布日期2022年2月10日晚于县级以上人民政府部门的公布期限")])
    let onTime = ReportBuilder().with {
      $0.preamble = "发布时间：2022年01月31日 16:30"
      $0.closing = "\n某市科学技术局\n2022年2月20日"
    }.build()
    checkClean(onTime, rule: "GJ403")
  }

  @Test func publicationLineIsFoundAfterOther发布Words() {
    // `发布` is common in reports (信息发布, 新闻发布会); only the `发布日期`/`发布时间` that follows counts, even on the
    // same line as another `发布`.
    let late = ReportBuilder().with {
      $0.preamble = "政府信息发布平台\n新闻发布会 发布时间：1️⃣2022年2月10日⏹ 10:00"
      $0.closing = "\n某市科学技术局\n2022年1月20日"
    }.build()
    check(late, rule: "GJ403", expected: [DiagnosticSpec("1️⃣", message: "发布日期2022年2月10日晚于县级以上人民政府部门的公布期限")])
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
