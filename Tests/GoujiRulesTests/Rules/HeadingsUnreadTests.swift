import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct HeadingsUnreadTests {
  /// A report as trafilatura writes it: the title and every section heading gone, the tables and prose kept.
  private static func headingless(_ form: ReportBuilder.Form = .tabSeparated, lineEnding: String = "\n") -> String {
    ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.agency = "𠀀市科学技术局"
      $0.title = "1️⃣根据《条例》规定，现公布𠀀市科学技术局\($0.year)年度政府信息公开工作年度报告。⏹"
      for number in 1...6 { $0.headings[number] = "" }
    }.build()
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func headingsTheTextDroppedAreOneWarningOnItsFirstLine(_ form: ReportBuilder.Form) {
    let analysis = check(
      Self.headingless(form), rule: "GJ105",
      expected: [
        DiagnosticSpec("1️⃣", message: "未读到第一、二、三、四、五、六部分的标题，但读到了表二、表三、表四", severity: .warning)
      ])
    let finding = analysis.diagnostics.first { $0.code == "GJ105" }
    #expect(finding?.fixes.isEmpty == true)
    #expect(finding?.related.map(\.message.zh) == TableID.allCases.map(\.chineseName))
    let english = "No heading of sections 1, 2, 3, 4, 5, 6 was found, but tables 2, 3, 4 were"
    #expect(finding?.message.en.hasPrefix(english) == true)
  }

  /// The headings the text dropped are not sections the report lacks: no GJ101 error for any of them.
  @Test(arguments: ReportBuilder.Form.allCases)
  func headingsTheTextDroppedAreNoMissingSections(_ form: ReportBuilder.Form) {
    check(Self.headingless(form), rule: "GJ101", expected: [])
  }

  @Test func headingsTheTextDroppedStayOneWarningWithCRLF() {
    check(
      Self.headingless(lineEnding: "\r\n"), rule: "GJ105",
      expected: [
        DiagnosticSpec("1️⃣", message: "未读到第一、二、三、四、五、六部分的标题", severity: .warning)
      ])
  }

  @Test func headingsOfProseSectionsKeptWithTheTablesHeadingsDroppedAreOneWarning() {
    let text = ReportBuilder().with {
      $0.title = "1️⃣某市科学技术局2022年政府信息公开工作年度报告"
      for number in 2...5 { $0.headings[number] = "" }
    }.build()
    check(
      text, rule: "GJ105",
      expected: [
        DiagnosticSpec("1️⃣", message: "未读到第二、三、四、五部分的标题", severity: .warning)
      ])
    check(text, rule: "GJ101", expected: [])
  }

  /// A report missing some sections among headed ones, or without the tables, is GJ101's (`SectionMissingTests`).
  @Test func missingSectionsAmongHeadedOnesOrWithoutTheTablesAreNotHeadingsUnread() {
    let headed = ReportBuilder().with { for number in 2...4 { $0.headings[number] = "" } }.build()
    let tableless = ReportBuilder().with {
      $0.omittedTables = [.table2, .table3]
      for number in 1...6 { $0.headings[number] = "" }
    }.build()
    check(headed, rule: "GJ105", expected: [])
    check(tableless, rule: "GJ105", expected: [])
  }
}
