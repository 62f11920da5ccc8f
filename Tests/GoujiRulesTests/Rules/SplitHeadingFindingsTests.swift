import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

/// Headings split over lines by PDF text in reading order (`一、` / blank / `总体情况`,
/// `inv-2023-spaces.word-pdf-raw`) are the report's headings: no GJ101 for them, GJ103 on both lines where the title
/// is a variant; a bare numbering followed by prose is no heading, and its section is missing.
@Suite struct SplitHeadingFindingsTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func aReportWithEveryHeadingSplitIsClean(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.prose[6] = "𠀀本机关本年度未收取信息处理费。"
      for number in 1...6 {
        $0.headings[number] = ChineseNumeral.string(number) + "、\n\n" + ReportSections.spec(number)!.title
      }
    }.build()
    checkClean(text)
  }

  @Test func aSplitVariantTitleIsNamedOverBothLines() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[4] = "1️⃣四、\n\n政府信息公开行政复议和行政诉讼情况⏹"
    }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“四、政府信息公开行政复议和行政诉讼情况”是常见写法", severity: .information)
      ])
  }

  @Test func aBareNumberingOverProseLeavesItsSectionMissing() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[1] = "一、\n\n𠀀全年主动公开政府信息52条。"
      $0.headings[2] = "1️⃣二、主动公开政府信息情况"
    }.build()
    check(text, rule: "GJ101", expected: [DiagnosticSpec("1️⃣", message: "缺少第一部分“一、总体情况”")])
  }
}
