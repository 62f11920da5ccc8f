import GoujiTestSupport
import Testing

@Suite struct TitleMissingTests {
  /// The preamble without the title of the format (which would otherwise be read as a title: see below).
  static let preamble = "本报告按照国办公开办函〔2021〕30号要求编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"

  @Test func noTitleAtAllIsReportedAtTheFirstCharacter() {
    let text = ReportBuilder().with {
      $0.title = "\n　　1️⃣关于政府信息公开工作的情况说明"
      $0.preamble = Self.preamble
    }.build()
    check(
      text, rule: "GJ104",
      expected: [
        DiagnosticSpec("1️⃣", message: "没有找到报告标题（“××2021年政府信息公开工作年度报告”）", severity: .warning)
      ])
  }

  @Test func citedFormatTitleIsNotTheReportTitle() {
    // 《中华人民共和国政府信息公开工作年度报告格式》 cited in the preamble is not a title.
    let text = ReportBuilder().with { $0.title = "1️⃣关于政府信息公开工作的情况说明" }.build()
    check(text, rule: "GJ104", expected: [DiagnosticSpec("1️⃣", message: "没有找到报告标题")])
  }

  @Test func titleWithoutBodyOrYearIsReported() {
    let text = ReportBuilder().with { $0.title = "1️⃣政府信息公开工作年度报告⏹" }.build()
    check(text, rule: "GJ104", expected: [DiagnosticSpec("1️⃣", message: "报告标题缺少机关名称和年度")])
  }

  @Test func titleWithoutBodyIsReported() {
    let text = ReportBuilder().with { $0.title = "1️⃣2021年政府信息公开工作年度报告⏹" }.build()
    check(text, rule: "GJ104", expected: [DiagnosticSpec("1️⃣", message: "报告标题缺少机关名称")])
  }

  @Test func titleWithoutYearIsReported() {
    let text = ReportBuilder().with { $0.title = "1️⃣某市科学技术局政府信息公开工作年度报告⏹" }.build()
    check(text, rule: "GJ104", expected: [DiagnosticSpec("1️⃣", message: "报告标题缺少年度")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.title = "（𠀀，草稿）\n\n1️⃣2021年政府信息公开工作年度报告⏹"
    }.build()
    check(text, rule: "GJ104", expected: [DiagnosticSpec("1️⃣", message: "报告标题缺少机关名称")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "某市科学技术局\n2021年政府信息公开工作年度报告",  // agency and title on two lines
    "某市科学技术局\n\n2021年政府信息公开工作年度报告",  // a blank line between them
    "某市科学技术局2021年政府信息公开工作年度报告",
    "某市科学技术局2021年度政府信息公开工作年度报告",
    "某市科学技术局2021年政府信息公开年度报告",
    "周⼝市科技局2021年政府信息公开⼯作年度报告",  // Kangxi radicals (GJ501)
    "当前位置：首页 > 政务公开\n某市科学技术局2021年政府信息公开工作年度报告",
  ])
  func titleNamingBodyAndYearIsNotReported(_ title: String) {
    checkClean(ReportBuilder().with { $0.title = title }.build(), rule: "GJ104")
  }
}
