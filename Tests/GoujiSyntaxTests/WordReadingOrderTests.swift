import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// LibreOffice's PDF in reading order (`pdftotext` of a `.docx` printed by LibreOffice, the corpus's `word-pdf-raw`):
/// rows shared out after a wrapped label and table 四's last cells at the page's end keep their exact ranges, stay
/// inside the text, and re-reading after an edit gives what a fresh reading gives.
@Suite struct WordReadingOrderTests {
  private static func read(_ name: String) throws -> Report {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
    return ReportReader.read(SourceText(text))
  }

  private static func textAt(_ range: TextRange, in report: Report) -> String {
    String(decoding: report.text.bytes[range.start..<range.end], as: UTF8.self)
  }

  @Test func sharedOutRowsAreSolvedWithTheirRangesInCRLFText() throws {
    let report = try Self.read("word-reading-order")
    #expect(report.text.bytes.contains(0x0D))
    let row = try #require(report.table3?.rows.first { $0.label.hasPrefix("2.申请人逾期未按收费通知") })
    #expect(row.cells.map(\.text) == ["13", "0", "6", "0", "0", "3", "22"])
    #expect(row.cells.allSatisfy { $0.confidence == .solved })
    for cell in report.table3?.rows.flatMap(\.cells) ?? [] {
      #expect(cell.range.end <= report.text.count)
      #expect(Self.textAt(cell.range, in: report) == cell.text)
    }
  }

  @Test func table4sLastCellsAtThePageEndAreSolvedAndTheTableEndsInItsSection() throws {
    let report = try Self.read("word-reading-order-table4-page-end")
    let table = try #require(report.table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["1", "0", "4", "0", "5", "6", "0", "0", "0", "6", "3", "0", "8", "0", "11"])
    #expect(cells.suffix(4).allSatisfy { $0.confidence == .solved })
    #expect(cells.allSatisfy { Self.textAt($0.range, in: report) == $0.text })
    let section = try #require(report.section(4))
    #expect(table.range.end <= section.bodyRange.end)
    #expect(cells.suffix(4).allSatisfy { $0.range.start > (report.section(6)?.bodyRange.start ?? 0) })
  }

  /// Zeros written `〇` (the Chinese numeral, `inv-2020-ling`) among the first values and at the page's end are
  /// values there, 0 for the rules (R4): read in CRLF text with their ranges; with a total one too many, nothing.
  @Test func table4sZeroNumeralsAtThePageEndAreReadOnlyWhenTheyBalance() throws {
    let report = try Self.read("word-reading-order-table4-page-end-zero-numeral")
    #expect(report.text.bytes.contains(0x0D))
    let cells = try #require(report.table4).rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["1", "〇", "4", "〇", "5", "6", "〇", "〇", "〇", "6", "3", "〇", "8", "〇", "11"])
    #expect(cells.suffix(4).allSatisfy { $0.confidence == .solved })
    #expect(cells.allSatisfy { Self.textAt($0.range, in: report) == $0.text })
    let unbalanced = try Self.read("word-reading-order-table4-page-end-zero-numeral-unbalanced")
    let unread = try #require(unbalanced.table4).rows.flatMap(\.cells)
    #expect(unread.count == 15)
    #expect(unread.allSatisfy { !$0.isReadable })
  }

  /// Table 四's first values one to a line with more digits than cells (`0` / `10` / `0` / `12` / `22` / …), which
  /// alone look like cells written together, are read with the page's end when the fifteen balance (R4); with a
  /// page's end that does not balance, no cell is read, neither as glued cells nor at the page's end.
  @Test func table4sTwoDigitValuesOneToALineAreReadWithThePageEndOnlyWhenTheyBalance() throws {
    let report = try Self.read("word-reading-order-table4-two-digits")
    let cells = try #require(report.table4).rows.flatMap(\.cells)
    #expect(cells.map(\.text) == ["0", "10", "0", "12", "22", "10", "6", "6", "7", "29", "0", "0", "0", "4", "4"])
    #expect(cells.prefix(11).allSatisfy { $0.confidence == .written })
    #expect(cells.suffix(4).allSatisfy { $0.confidence == .solved })
    #expect(cells.allSatisfy { Self.textAt($0.range, in: report) == $0.text })
    let unbalanced = try Self.read("word-reading-order-table4-two-digits-unbalanced")
    let unread = try #require(unbalanced.table4).rows.flatMap(\.cells)
    #expect(unread.count == 15)
    #expect(unread.allSatisfy { !$0.isReadable })
  }

  /// An edit after such a table 四 (in section 六, among its last cells or anywhere before the page's end) reads the
  /// whole text: the table's reading depends on it.
  @Test(arguments: [
    "word-reading-order-table4-page-end", "word-reading-order-table4-page-end-unbalanced",
    "word-reading-order-table4-two-digits", "word-reading-order-table4-two-digits-unbalanced",
    "word-reading-order-table4-page-end-zero-numeral", "word-reading-order-table4-page-end-zero-numeral-unbalanced",
  ])
  func anEditAfterTable4RereadsAsAFreshReading(_ name: String) throws {
    let report = try Self.read(name)
    let value = try #require(report.thirdLastLine)
    #expect(Int(report.text[value]) != nil)
    for newText in ["5", "11"] {
      let edit = TextEdit(range: value, newText: newText)
      #expect(!ReportReader.rereadsOnlyOneSection(report, after: edit))
      let reread = ReportReader.reread(report, after: edit)
      let fresh = ReportReader.read(report.text.applyingSequentially([edit]))
      #expect(reread == fresh)
    }
  }

  /// Wide right-hand values written apart (`48` / `404` of 一、本年新收 after （六）2's label; the last three rows'
  /// first five values, then their last two each): exactly one merge of the rows' first values and their tails
  /// balances, so the four rows are read, `solved`, each cell at its own text (CRLF, `𠀀` in a header line). With two
  /// tails exchanged no merge balances and they stay unread; where two readings balance (`word-reading-order-
  /// ambiguous`, whose rows this search reaches too) nothing is placed either.
  @Test func wideValuesWrittenApartAreSolvedOnlyWhenExactlyOneMergeBalances() throws {
    let report = try Self.read("word-reading-order-wide-values")
    #expect(report.text.bytes.contains(0x0D))
    let rows = try #require(report.table3?.rows)
    let first = try #require(rows.first { $0.label.hasPrefix("一、本年新收") })
    #expect(first.cells.map(\.text) == ["170", "33", "49", "35", "69", "48", "404"])
    let total = try #require(rows.first { $0.label.contains("总计") })
    #expect(total.cells.map(\.text) == ["176", "37", "49", "34", "70", "48", "414"])
    #expect((first.cells + total.cells).allSatisfy { $0.confidence == .solved })
    for cell in rows.flatMap(\.cells) {
      #expect(cell.range.end <= report.text.count)
      #expect(Self.textAt(cell.range, in: report) == cell.text)
    }
    for (name, label) in [
      ("word-reading-order-wide-values-unbalanced", "（七）总计"), ("word-reading-order-ambiguous", "（六）其他处理 1."),
    ] {
      let summary = try #require(ReportSummary(Self.read(name)).table3)
      let unread = try #require(summary.first { $0.row.hasPrefix(label) })
      #expect(unread.values == Array(repeating: nil, count: 7), "\(name)")
    }
  }
}
