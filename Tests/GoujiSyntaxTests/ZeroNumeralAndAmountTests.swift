import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Round "unseen10" (Reading.md): zeros written `〇` in cells right-aligned with ideographic spaces
/// (`inv-2020-ling`), a fee amount with thousands separators and decimals (`2,345.60`, `inv-2022-money`), two
/// clauses of table 二 whose values PDF reading order interleaves, and a 备注 column added after tables 三 and 四
/// (`inv-2021-remarks`). Each was a wrong value or a false error.
@Suite struct ZeroNumeralAndAmountTests {
  private static func text(_ name: String, lineEnd: String = "\n") -> String {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/\(name)").replacingOccurrences(of: "\r\n", with: "\n")
    return "𠀀" + text.replacingOccurrences(of: "\n", with: lineEnd)
  }

  /// A grouped amount is one number, its digits and its decimals; a comma or point out of place makes none.
  @Test func aGroupedAmountReadsAsItsDigits() {
    #expect(GroupedNumber.digits("2,345.60") == "2345.60")
    #expect(GroupedNumber.digits("1,234") == "1234")
    #expect(GroupedNumber.digits("12,345.5") == "12345.5")
    for text in ["2,345.", "2,34.60", "2,345.6.0", "2,345.6元", "0,345.60", "2345.60"] {
      #expect(GroupedNumber.digits(text) == nil, "\(text)")
    }
    #expect(CellExtractor.isValueLike("2,345.60"))
  }

  /// `〇` alone is a value word, as `无` is; inside a numeral year (`二〇二〇年`) it is prose.
  @Test func theZeroNumeralAloneIsAValueWord() {
    #expect(CellExtractor.isValueLike("〇"))
    #expect(!CellExtractor.isValueLike("二〇二〇年"))
    #expect(Cell(text: "〇", range: TextRange(start: 0, end: 3), state: .written).integerValue == 0)
    #expect(MarkPieces.countedValue("〇") == 0)
  }

  /// `行政事业性收费  2,345.60` in w3m's grid of a 2021 table 二: the amount is `2345.60`, its range every character
  /// written (it was kept as `2,345.60`, which GJ306 called no amount).
  @Test(arguments: ["\n", "\r\n"])
  func aGroupedFeeAmountIsReadWhole(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2022-money.w3m.txt", lineEnd: lineEnd)))
    let row = try #require(report.table2?.rows.first { $0.label == "行政事业性收费" })
    let cell = try #require(row.cells.first)
    #expect(cell.text == "2345.60")
    #expect(report.text[cell.range] == "2,345.60")
  }

  /// `2.其他法律行政法规禁止公开  　39 　　7 　　4 　　〇 　　〇 　　〇 　50` in lynx's copy: every `〇` is a cell, counted as
  /// 0 (the row was read as `39 7 4` and four empty cells, the `〇`s taken for text and the 总计 50 lost).
  @Test(arguments: ["\n", "\r\n"])
  func zeroNumeralsPaddedWithIdeographicSpacesAreCells(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2020-ling.lynx.txt", lineEnd: lineEnd)))
    let row = try #require(report.table3?.rows.first { $0.label.hasSuffix("2.其他法律行政法规禁止公开") })
    #expect(row.cells.map(\.text) == ["39", "7", "4", "〇", "〇", "〇", "50"])
    #expect(row.cells.map { report.text[$0.range] } == ["39", "7", "4", "〇", "〇", "〇", "50"])
    #expect(row.cells.map(\.arithmeticValue) == [39, 7, 4, 0, 0, 0, 50])
  }

  /// pdftotext in reading order writes the 2019 format's clauses （八） and （九） after a page break as `140`,
  /// `第二十条第（九）项`, `58`, `0`, `35800.50元`: 行政事业性收费's `　　0` comes after 政府集中采购's `　58`. Both orders
  /// keep as many values under their clauses, so neither is read (`140 58` / `0 35800.50元` was read, by written
  /// order alone).
  @Test(arguments: ["\n", "\r\n"])
  func interleavedClauseValuesAreNotPlacedByWrittenOrder(lineEnd: String) throws {
    let summary = ReportSummary(ReportReader.read(SourceText(Self.text("inv-2020-ling.pdf-raw.txt", lineEnd: lineEnd))))
    let rows = try #require(summary.table2)
    for label in ["行政事业性收费", "政府集中采购"] {
      let row = try #require(rows.first { $0.row == label })
      #expect(row.values.allSatisfy { $0 == nil }, "\(label): \(row.values)")
    }
  }

  /// A row's last cell is dropped as its remark only when it is one cell too many and no value.
  @Test func onlyAWordyCellTooManyIsARemark() {
    let cell = { (text: String) in RawCell(text: text, range: TextRange(start: 0, end: text.utf8.count)) }
    let values = ["3", "0", "0", "0", "0", "0", "3"].map(cell)
    #expect(RemarksColumn.dropping(values + [cell("含网上申请𠀀")], columns: 7).map(\.text) == values.map(\.text))
    #expect(RemarksColumn.dropping(values + [cell("")], columns: 7).count == 7)
    #expect(RemarksColumn.dropping(values + [cell("2")], columns: 7).count == 8)
    #expect(RemarksColumn.dropping(values + [cell("〇")], columns: 7).count == 8)
    #expect(RemarksColumn.dropping(values, columns: 7).count == 7)
    #expect(RemarksColumn.isNamed(in: "总计\r\n备　注"))
    #expect(!RemarksColumn.isNamed(in: "总计\r\n其他"))
  }

  /// `…2.没有现成信息需要另行制作 │177 │0 │33 │10 │42 │36 │299 │ │` and `一、本年新收… │1820 │… │3183│含网上申请 │` in
  /// w3m's grid under a 备注 header: seven values, the remark no eighth (it was GJ304's eighth value, and the row
  /// whose 总计 is one more than its parts was left unread).
  @Test(arguments: ["\n", "\r\n"])
  func aRemarksColumnIsNoCell(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2021-remarks.w3m.txt", lineEnd: lineEnd)))
    let summary = ReportSummary(report)
    let rows = try #require(summary.table3)
    #expect(rows.first?.values == ["1820", "240", "268", "288", "266", "301", "3183"])
    let unable = try #require(rows.first { $0.row.hasSuffix("2.没有现成信息需要另行制作") })
    #expect(unable.values == ["177", "0", "33", "10", "42", "36", "299"])
    #expect(summary.table4?.count == 15)
    #expect(!report.problems.contains { if case .cellCount = $0.kind { true } else { false } })
  }
}
