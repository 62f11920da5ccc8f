import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A row of table 三 whose values fit its columns by their count alone is read only when its own each-row rule (R3-2)
/// holds, in a table where several other rows could not be read (``Table3Reader/leaveUnconfirmedRowsUnread(_:format:)``);
/// in a table read otherwise, a report's own unbalanced row is read as written.
@Suite struct UnconfirmedRowTests {
  private static func text(_ name: String) -> String {
    Fixtures.fixture("GoujiSyntaxTests", "corpus/\(name)")
  }

  private static func otherRow(_ report: Report) throws -> TableRow {
    try #require(report.table3?.rows.first { $0.label.hasSuffix("3.其他") })
  }

  /// LibreOffice's reading order writes （六）2's values after 3.其他's label; the seven numbers there break R3-2
  /// (9 + 5 + 0 + 0 + 8 + 40 is not 2) and were read as 3.其他's, giving a GJ310 error from a misreading.
  /// Each stands on a line of its own (`rowValuesApart`).
  @Test(arguments: ["\n", "\r\n"])
  func aRowOfNeighboursValuesInReadingOrderIsLeftUnread(lineEnd: String) throws {
    let written = Self.text("inv-2024-zone.word-pdf-raw.txt")
    let text = "𠀀" + written.replacingOccurrences(of: "\n", with: lineEnd)
    let report = ReportReader.read(SourceText(text))
    let row = try Self.otherRow(report)
    #expect(row.cells.allSatisfy { $0.state == .missing && $0.confidence == .unreadable })
    // Its seven values stand one a line: the problem says so (GJ308 does not call them run together).
    let problem = try #require(
      report.problems.first { $0.kind == .rowValuesApart(.table3, rowKey: row.key, values: 7) })
    #expect(problem.range == row.range)
    #expect(row.range.end <= report.text.count)
    #expect(String(decoding: report.text.bytes[row.labelRange.start..<row.labelRange.end], as: UTF8.self) == "3.其他")
  }

  /// The same report as a text browser draws it, with 3.其他's 总计 written one too many: every row is read, so the
  /// unbalanced row is the report's own and stays as written (for GJ310 to report).
  @Test func anUnbalancedRowOfATableReadOtherwiseIsReadAsWritten() throws {
    let written = Self.text("inv-2024-zone.w3m.txt")
    let unbalanced = written.replacingOccurrences(of: "│ 0         │ 8  │ 50  │", with: "│ 0         │ 8  │ 51  │")
    #expect(unbalanced != written)
    let report = ReportReader.read(SourceText(unbalanced))
    let row = try Self.otherRow(report)
    #expect(row.cells.map(\.text) == ["40", "2", "", "", "0", "8", "51"])
    #expect(row.cells.allSatisfy { $0.confidence == .written })
    #expect(!report.problems.contains { if case .rowUnreadable(.table3, _, _) = $0.kind { true } else { false } })
  }

  /// A flattened copy of a table with a 序号 column glues each row's number to the row above's 总计 (`0 0 1814` +
  /// `2.没有现成…`, `02 611` + `7.属于…`): read as written, those totals broke R3-2 and were GJ310 errors from a
  /// misreading. Where the column is not recognised (its run broken: `14` written `41`, `18412.没有…`;
  /// recognised, the numbers are skipped: `SerialNumbersTests`) in a table that lost several rows (glued rows no
  /// split decides count too), they are unread.
  @Test(arguments: ["\n", "\r\n"])
  func totalsGluedToTheNextRowsSerialNumberAreLeftUnread(lineEnd: String) throws {
    let original = Self.text("inv-2021-serial.flat-glued.txt")
    let written = original.replacingOccurrences(of: "18142.没有", with: "18412.没有")
    #expect(written != original)
    let text = "𠀀" + written.replacingOccurrences(of: "\n", with: lineEnd)
    let report = ReportReader.read(SourceText(text))
    let rows = try #require(report.table3?.rows)
    let glued = ["6.属于四类过程性信息", "7.属于行政执法案卷", "1.本机关不掌握相关政府信息", "缴纳费用、"]
    for part in glued {
      let row = try #require(rows.first { $0.label.contains(part) }, "\(part)")
      #expect(row.cells.allSatisfy { $0.state == .missing && $0.confidence == .unreadable }, "\(part)")
    }
    let totals = rows.compactMap { $0.cells.last?.text }
    #expect(!totals.contains { ["611", "912", "1841", "723"].contains($0) })
  }
}
