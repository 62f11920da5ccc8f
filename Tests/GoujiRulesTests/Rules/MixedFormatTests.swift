import GoujiTestSupport
import Testing

@Suite struct MixedFormatTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func labelOf2019InA2021TableIsReported(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with { $0.labels["normativeDocuments"] = "1️⃣规范性文件⏹" }.build()
    check(
      text, rule: "GJ205",
      expected: [
        DiagnosticSpec("1️⃣", message: "表格主要按2021年格式填写，却混有2019年格式（试行）的标签“规范性文件”", severity: .error)
      ])
  }

  @Test func labelOf2021InA2019TableIsReported() {
    let text = ReportBuilder(.format2019).build()
      .replacingFirst("本年新制作数量", with: "1️⃣本年制发件数")
    check(
      text, rule: "GJ205",
      expected: [
        DiagnosticSpec("1️⃣", message: "表格主要按2019年格式（试行）填写，却混有2021年格式的标签“本年制发件数”")
      ])
  }

  @Test func severalMinorityLabelsAreOneFinding() {
    let text = ReportBuilder(.format2019).build()
      .replacingFirst("本年新制作数量", with: "1️⃣本年制发件数")
      .replacingFirst("本年新公开数量", with: "本年废止件数")
    check(text, rule: "GJ205", expected: [DiagnosticSpec("1️⃣", message: "的标签“本年制发件数”、“本年废止件数”")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.labels["normativeDocuments"] = "1️⃣规范性文件"
    }.build()
    check(text, rule: "GJ205", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test func tablesOfOneFormatAreNotReported() {
    checkClean(ReportBuilder(.format2019).build(), rule: "GJ205")
    checkClean(ReportBuilder(.format2021).build(), rule: "GJ205")
    // The wrong format throughout is GJ202's business, not a mix.
    checkClean(ReportBuilder(.format2019, year: 2021).build(), rule: "GJ205")
  }

  @Test func wordsOfTheOtherFormatInTheProseAreNotReported() {
    let text = ReportBuilder().with { $0.prose[6] = "政府集中采购3笔，采购总金额95300元。规范性文件制定数为0。本年度未收取信息处理费。" }
      .build()
    checkClean(text, rule: "GJ205")
  }
}
