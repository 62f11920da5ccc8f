import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 四 in PDF text in reading order whose values do not all follow its header (`Fixtures/reader/`, CRLF, `𠀀` in
/// the prose; their values are checked by `ReaderPatternTests`): values after section 五's heading, a remark among
/// them or after the page's last cells, the next page's values after numbers that are not the table's. Every cell
/// read keeps its exact range; each twin, whose text does not prove which value is which, stays unread.
@Suite struct Table4ReadingOrderRestTests {
  private static func read(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  private static func cells(_ report: Report) throws -> [Cell] {
    try #require(report.table4).rows.flatMap(\.cells)
  }

  private static func textAt(_ range: TextRange, in report: Report) -> String {
    String(decoding: report.text.bytes[range.start..<range.end], as: UTF8.self)
  }

  /// The values after section 五's heading are solved (R4 confirmed where the text's order put them), stand in
  /// section 五's body, and do not widen the table past its section.
  @Test(arguments: [
    ("reading-order-table4-next-heading", 3), ("reading-order-table4-next-heading-remark", 3),
  ])
  func valuesAfterTheNextHeadingAreSolvedWithTheirRanges(_ name: String, after: Int) throws {
    let report = Self.read(name)
    #expect(report.text.bytes.contains(0x0D))
    let cells = try Self.cells(report)
    #expect(cells.allSatisfy { $0.isReadable && Self.textAt($0.range, in: report) == $0.text })
    #expect(cells.suffix(after).allSatisfy { $0.confidence == .solved })
    #expect(cells.dropLast(after).allSatisfy { $0.confidence == .written })
    let fifth = try #require(report.section(5))
    #expect(cells.suffix(after).allSatisfy { fifth.bodyRange.contains($0.range.start) })
    let fourth = try #require(report.section(4))
    #expect(try #require(report.table4).range.end <= fourth.bodyRange.end)
  }

  /// An edit to the values after the heading (in section 五's body) reads the whole text, as a fresh reading does:
  /// the table's reading depends on them (`5` made `6` breaks R4; `9 24` added after `5` makes the run one line too
  /// long where it was read, and completes it where prose followed).
  @Test(arguments: ["reading-order-table4-next-heading", "reading-order-table4-next-heading-prose"])
  func anEditToTheValuesAfterTheHeadingRereadsAsAFreshReading(_ name: String) throws {
    let report = Self.read(name)
    let fifth = try #require(report.section(5))
    let body = Self.textAt(fifth.bodyRange, in: report)
    for (old, new) in [("5\r\n", "6\r\n"), ("5\r\n", "5\r\n\r\n9 24\r\n")] {
      let offset = try #require(body.utf8.firstRange(of: old.utf8)).lowerBound
      let start = fifth.bodyRange.start + body.utf8.distance(from: body.utf8.startIndex, to: offset)
      let edit = TextEdit(range: TextRange(start: start, end: start + old.utf8.count), newText: new)
      #expect(!ReportReader.rereadsOnlyOneSection(report, after: edit))
      let reread = ReportReader.reread(report, after: edit)
      #expect(reread == ReportReader.read(report.text.applyingSequentially([edit])))
    }
  }

  /// Prose after the heading holding the missing numbers, or a remark's words where the header names no `备注`
  /// column, leaves the table unread: nothing shows those numbers are its values.
  @Test(arguments: ["reading-order-table4-next-heading-prose", "reading-order-table4-next-heading-remark-unnamed"])
  func proseOrAnUnnamedRemarkAfterTheHeadingLeavesTheTableUnread(_ name: String) throws {
    let cells = try Self.cells(Self.read(name))
    #expect(cells.count == 15)
    #expect(cells.allSatisfy { !$0.isReadable })
  }

  /// LibreOffice's page end with a remark after the last cells (`备注` / … / `11` / `无被纠错案` / `件`) is read
  /// when a line of its own names the column; without it, the remark could be any text, and nothing is read.
  @Test func aRemarkAfterThePageEndIsPassedOverOnlyWhenItsColumnIsNamed() throws {
    let report = Self.read("word-reading-order-table4-page-end-remark")
    let cells = try Self.cells(report)
    #expect(cells.map(\.text) == ["1", "0", "4", "0", "5", "6", "0", "0", "0", "6", "3", "0", "8", "0", "11"])
    #expect(cells.suffix(4).allSatisfy { $0.confidence == .solved })
    #expect(cells.allSatisfy { Self.textAt($0.range, in: report) == $0.text })
    let unnamed = try Self.cells(Self.read("word-reading-order-table4-page-end-remark-unnamed"))
    #expect(unnamed.allSatisfy { !$0.isReadable })
  }

  /// The next page's fifteen values are read, as written, past `0 55` before the page break when no other choice
  /// of fifteen balances with other values; with a stray `3` that another choice balances with, nothing is read.
  @Test func theNextPagesValuesAreReadOnlyWhenNoOtherChoiceBalances() throws {
    let report = Self.read("reading-order-table4-next-page")
    let cells = try Self.cells(report)
    let pageBreak = try #require(report.text.bytes.firstIndex(of: 0x0C))
    #expect(cells.allSatisfy { $0.confidence == .written && $0.range.start > pageBreak })
    #expect(cells.allSatisfy { Self.textAt($0.range, in: report) == $0.text })
    let ambiguous = try Self.cells(Self.read("reading-order-table4-next-page-ambiguous"))
    #expect(ambiguous.allSatisfy { !$0.isReadable })
  }
}
