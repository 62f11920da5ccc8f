import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A header word of table 四 in the prose before it (`本年度行政复议1件。`) starts no header: the reader passes over a
/// block of fewer than three header words that a digit ends, and reads the table below it (found when GJ503's safe fix
/// of a picture marker in that prose turned a table 四 that had never been read into a GJ301 error).
@Suite struct Table4ProseHeaderWordTests {
  @Test(arguments: ReportBuilder.Form.allCases, ["\n", "\r\n"])
  func aHeaderWordInThePrecedingProseLeavesTheTableRead(_ form: ReportBuilder.Form, lineEnding: String) {
    let clean = ReportBuilder(form: form).with { $0.lineEnding = lineEnding }.build()
    let text = ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.prose[4] = "本年度𠀀行政复议1件，行政诉讼0件。\n以上为统计情况。"
    }.build()
    let expected = ReportReader.read(SourceText(clean)).table4?.rows.flatMap(\.cells).map(\.text)
    let cells = ReportReader.read(SourceText(text)).table4?.rows.flatMap(\.cells).map(\.text)
    #expect(expected?.count == 15)
    #expect(cells == expected)
  }
}
