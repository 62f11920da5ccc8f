import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A header word of table 四 in the prose before it followed by a number (`本年度行政复议1件。`) starts no header: in
/// section 四's own body the reader passes over a block of fewer than three header words that a digit ends, and reads
/// the table below it (the block once ended table 四's header at one word: a false GJ301, found when GJ503's safe fix
/// of a picture marker in that prose turned the unread table into an error). Where no table stands, passing over
/// finds none: the prose stays prose.
@Suite struct Table4ProseHeaderWordTests {
  /// Section 四's prose naming table 四's header words with their numbers, and 𠀀 before them.
  private static let prose = "本年度𠀀行政复议1件，行政诉讼0件。\n以上为统计情况。"

  @Test(arguments: ReportBuilder.Form.allCases, ["\n", "\r\n"])
  func aHeaderWordInThePrecedingProseLeavesTheTableRead(_ form: ReportBuilder.Form, lineEnding: String) throws {
    let clean = ReportBuilder(form: form).with { $0.lineEnding = lineEnding }.build()
    let text = ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.prose[4] = Self.prose
    }.build()
    let expected = ReportReader.read(SourceText(clean)).table4?.rows.flatMap(\.cells).map(\.text)
    let report = ReportReader.read(SourceText(text))
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(expected?.count == 15)
    #expect(cells.map(\.text) == expected)
    #expect(table.problems.isEmpty)
    // Every written cell's range is its value in the text with 𠀀 and the line ends before it; the table starts at
    // its own header, not at the prose's 行政复议.
    for cell in cells where cell.state == .written { #expect(report.text[cell.range] == cell.text) }
    #expect(report.text[TextRange(start: 0, end: table.range.start)].contains("以上为统计情况。"))
  }

  /// The same prose with no table below it: passed over, the header word finds no other block, and the section is
  /// without a table (GJ301 is right there).
  @Test(arguments: ReportBuilder.Form.allCases, ["\n", "\r\n"])
  func proseWithoutATableStaysUnread(_ form: ReportBuilder.Form, lineEnding: String) {
    let text = ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.prose[4] = Self.prose
      $0.omittedTables = [.table4]
    }.build()
    #expect(ReportReader.read(SourceText(text)).table4 == nil)
  }

  /// Every header word in the prose followed by its number, no table: each block is one word that a digit ends, all
  /// passed over, none read.
  @Test(arguments: ["\n", "\r\n"])
  func headerWordsEachWithItsNumberAreNoTable(lineEnding: String) {
    let text = ReportBuilder().with {
      $0.lineEnding = lineEnding
      $0.prose[4] = "本年度𠀀行政复议1件，结果维持1件；行政诉讼2件，其中未经复议直接起诉2件，尚未审结0件，总计3件。"
      $0.omittedTables = [.table4]
    }.build()
    #expect(ReportReader.read(SourceText(text)).table4 == nil)
  }
}
