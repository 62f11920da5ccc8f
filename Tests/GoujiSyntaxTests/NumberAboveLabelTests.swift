import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// pandoc wrapped `2. 申请人逾期…` at its space in a multiline table's row (`inv-2022-halfwidth`, word-pandoc): `2.`
/// and the row's values on the row's first line, the rest of the label alone below it in the same column. The row is
/// read from its number's line, and the row before it ends at that number (it took both rows' values, unread).
/// Each case is the corpus copy in CRLF with 𠀀 before it.
@Suite struct NumberAboveLabelTests {
  private static let label = "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"

  private static func summary(_ change: (String) -> String = { $0 }) -> ReportSummary {
    let text = "𠀀" + change(Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2022-halfwidth.word-pandoc.txt"))
    return ReportSummary(ReportReader.read(SourceText(text.replacingOccurrences(of: "\n", with: "\r\n"))))
  }

  private static func values(_ summary: ReportSummary, _ prefix: String) -> [String?]? {
    summary.table3?.first { $0.row.hasPrefix(prefix) }?.values
  }

  @Test func aLabelWrappedBelowItsNumberIsReadFromTheNumbersLine() throws {
    let summary = Self.summary()
    #expect(Self.values(summary, "（六）其他处理 1.") == ["37", "71", "0", "0", "21", "0", "129"])
    #expect(Self.values(summary, "（六）其他处理 2.") == ["0", "0", "34", "0", "65", "0", "99"])
    let text = SourceText(
      ("𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2022-halfwidth.word-pandoc.txt"))
        .replacingOccurrences(of: "\n", with: "\r\n"))
    let row = try #require(ReportReader.read(text).table3?.rows.first { $0.label.hasSuffix(Self.label) })
    #expect(row.label == "2." + Self.label)
    for cell in row.cells { #expect(text[cell.range] == cell.text) }
  }

  /// A blank line between the number's line and the label's (a new row of the table), or the label one column off
  /// the number's, is no wrap: the row stays unread, never read from another row's line.
  @Test(arguments: ["\n\n" + String(repeating: " ", count: 123), "\n" + String(repeating: " ", count: 124)])
  func aLabelNotRightBelowItsNumberStaysUnread(_ gap: String) {
    let summary = Self.summary {
      $0.replacingOccurrences(of: "\n" + String(repeating: " ", count: 123) + Self.label, with: gap + Self.label)
    }
    #expect(Self.values(summary, "（六）其他处理 2.") == Array(repeating: nil, count: 7))
  }
}
