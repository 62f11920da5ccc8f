import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// `check --format text` written as bytes: findings on lines with CJK, 𠀀, a TAB and CRLF ends print as they did when
/// each finding's text was joined from `String`s (the expected texts are that version's output).
@Suite struct TextReportTests {
  /// A leftover after a TAB and 𠀀, and a stray heading holding 𠀀 on a CRLF line.
  static let checked = CheckedFile(
    path: "报告.txt", analysis: Analyzer.analyze(SourceText("一、总体情况\r\n说明\t𠀀[image: x]\n一、x 𠀀y\r\n二、主动公开政府信息情况\n"))
  )

  @Test func findingsPrintTheirLineAndCaretsInEitherLanguage() {
    let chinese = TextReport(language: .zh, color: false).render(Self.checked)
    #expect(
      chinese.contains(
        """
        报告.txt:2:5: information[GJ503]: 转换遗留的标记“[image: x]”
         2 | 说明    𠀀[image: x]
           |           ^^^^^^^^^^
          修复：删除“[image: x]”
        报告.txt:3:1: warning[GJ102]: 一级编号“一、”重复使用（第1行已有“一、总体情况”）
         3 | 一、x 𠀀y
           | ^^^^^^^^^
          相关：报告.txt:1:1: 第一次使用

        """))
    let english = TextReport(language: .en, color: false).render(Self.checked)
    #expect(
      english.contains(
        """
        报告.txt:2:5: information[GJ503]: Conversion leftover “[image: x]”
         2 | 说明    𠀀[image: x]
           |           ^^^^^^^^^^
          fix: Delete the leftover
        报告.txt:3:1: warning[GJ102]: The top-level number “一、” is used twice (line 1 already has “一、总体情况”)
         3 | 一、x 𠀀y
           | ^^^^^^^^^
          note: 报告.txt:1:1: first use

        """))
  }

  @Test func colourPaintsThePlaceTheSeverityTheCaretsAndTheNotes() {
    let output = TextReport(language: .zh, color: true).render(Self.checked)
    let escape = "\u{1B}["
    #expect(
      output.contains(
        "\(escape)1m报告.txt:2:5:\(escape)0m \(escape)1;34minformation[GJ503]\(escape)0m: 转换遗留的标记“[image: x]”\n"
          + " 2 | 说明    𠀀[image: x]\n   |           \(escape)1;34m^^^^^^^^^^\(escape)0m\n"
          + "  \(escape)32m修复：\(escape)0m删除“[image: x]”\n"))
    #expect(output.contains("  \(escape)36m相关：\(escape)0m报告.txt:1:1: 第一次使用\n"))
  }
}
