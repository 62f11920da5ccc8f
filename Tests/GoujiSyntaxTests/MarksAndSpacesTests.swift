import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Round "unseen5" (Reading.md): zero-width spaces inside values and labels, a value wrapped below its row in
/// LibreOffice's PDF, and zero cells written as marks glued together in flattened text. Each was a wrong value.
@Suite struct MarksAndSpacesTests {
  private static func text(_ name: String, lineEnd: String = "\n") -> String {
    "𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/\(name)").replacingOccurrences(of: "\n", with: lineEnd)
  }

  /// A zero-width space neither ends a word nor starts one; white space around it still does.
  @Test func aZeroWidthSpaceIsPartOfItsWord() {
    let text = SourceText("规章 1\u{200B}43 \u{200B} 5\u{200B}")
    let words = Words(in: TextRange(start: 0, end: text.bytes.count), text: text, excluded: ExcludedRanges([]))
    #expect(words.map { text[$0] } == ["规章", "1\u{200B}43", "5\u{200B}"])
  }

  /// `行政\u{200B}许可1\u{200B}43` in a flattened page: the 143 the writer sees, at exactly its characters (it was read
  /// as `43`, the `1` taken for the label's end); in lynx's copy the label holding a zero-width space is found.
  @Test(arguments: ["\n", "\r\n"])
  func aValueWithAZeroWidthSpaceInsideIsReadWhole(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2023-spaces.flat-spaced.txt", lineEnd: lineEnd)))
    let row = try #require(report.table2?.rows.first { $0.label.hasPrefix("行政") && $0.label.hasSuffix("许可") })
    let cell = try #require(row.cells.first)
    #expect(cell.text == "143")
    #expect(report.text[cell.range] == "1\u{200B}43")
    let lynx = ReportSummary(ReportReader.read(SourceText(Self.text("inv-2023-spaces.lynx.txt", lineEnd: lineEnd))))
    let carried = try #require(lynx.table3?.first { $0.row.hasPrefix("二、上年结转") })
    #expect(carried.values == ["1", "3", "2", "1", "4", "3", "14"])
  }

  /// LibreOffice's PDF wraps `　　359` below its row (`1761 215 427 500 363 3625` / `359` under 科研机构): the
  /// values are read in the order of their columns, never `359` as the 总计.
  @Test(arguments: ["\n", "\r\n"])
  func aValueWrappedBelowItsRowIsReadInItsColumn(lineEnd: String) throws {
    let text = Self.text("inv-2023-spaces.word-pdf-layout.txt", lineEnd: lineEnd)
    let summary = ReportSummary(ReportReader.read(SourceText(text)))
    let rows = try #require(summary.table3)
    #expect(rows.first?.values == ["1761", "215", "359", "427", "500", "363", "3625"])
    #expect(rows.first { $0.row == "（七）总计" }?.values == ["1761", "212", "361", "425", "498", "361", "3618"])
  }

  /// `34 -—- - - 34` in a flattened copy (34, -, —, -, -, -, 34: marks glued): the only split into seven cells cut
  /// both 34s (`3·4·-—-·-·-·3·4`), which breaks R3-2 once the marks count as 0; the row is unread, never read so.
  @Test(arguments: ["\n", "\r\n"])
  func gluedMarksAreNeverReadAsAForcedSplit(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2022-dashes.flat-glued.txt", lineEnd: lineEnd)))
    let rows = try #require(ReportSummary(report).table3)
    let partial = try #require(rows.first { $0.row.hasPrefix("（二）部分公开") })
    #expect(partial.values.allSatisfy { $0 == nil })
    // `17 - ——5 —— 22` (17, -, ——, 5, —, —, 22): `——5`, a mark glued to a count, is no cell's value.
    let glued = try #require(rows.first { $0.row.contains("缴纳费用") })
    #expect(glued.values.allSatisfy { $0 == nil })
  }
}
