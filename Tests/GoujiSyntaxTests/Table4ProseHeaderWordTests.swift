import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A header word of table 四 in the prose before it followed by a number (`本年度行政复议1件。`) should start no
/// header. It does: `Table4Reader.headerBlock` takes the first block of header words, which that digit ends at one
/// word, and table 四 is not read (a false GJ301). Passing over such a block in the section's region also found
/// tables where `HeadinglessTable4Tests` wants none (the region after table 三 with no heading), so it is a known
/// issue until the two are told apart (Reading.md).
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
    withKnownIssue("a header word followed by a number in the prose hides table 四") { #expect(cells == expected) }
  }
}
