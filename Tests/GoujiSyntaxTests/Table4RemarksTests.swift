import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Round "layout8": a `备注` column beside table 四's values in PDF layout text (`inv-2021-remarks`: `无被纠错案件`
/// wrapped around the values' line, from Chromium's PDF and from LibreOffice's). Its words stood between the header
/// and the values, or after them, so none of the fifteen values was read (GJ308). They are the remark's where the
/// header names the column, nothing but values stands before them on the values' line and they stand right of the
/// last value; otherwise table 四 stays unread. Each text is the corpus copy in CRLF with 𠀀 in the body's name (in
/// the title and in the running header repeated above the values, which page furniture must still match).
@Suite struct Table4RemarksTests {
  private static let values = ["20", "5", "0", "4", "29", "9", "0", "0", "0", "9", "11", "0", "0", "4", "15"]

  private static func report(_ name: String, _ edit: (String) -> String = { $0 }) -> Report {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2021-remarks.\(name).txt")
      .replacingOccurrences(of: "\r\n", with: "\n")
    let named = text.replacingOccurrences(of: "审计局", with: "𠀀计局")
    return ReportReader.read(SourceText(edit(named).replacingOccurrences(of: "\n", with: "\r\n")))
  }

  @Test(arguments: ["pdf-layout", "word-pdf-layout"])
  func aRemarkBesideTheValuesIsNoCell(_ form: String) throws {
    let report = Self.report(form)
    let cells = try #require(report.table4).rows.flatMap(\.cells)
    #expect(cells.map(\.text) == Self.values)
    #expect(cells.allSatisfy { $0.state == .written })
    for cell in cells { #expect(report.text[cell.range] == cell.text) }
    #expect(!report.problems.contains { if case .cellCount(.table4, _, _, _, _) = $0.kind { true } else { false } })
  }

  /// Without `备注` in the header the words beside the values are nobody's: table 四 stays unread, as before.
  @Test(arguments: ["pdf-layout", "word-pdf-layout"])
  func wordsBesideTheValuesWithoutARemarksHeaderKeepTable4Unread(_ form: String) throws {
    let report = Self.report(form) { $0.replacingOccurrences(of: "备注", with: "    ") }
    let cells = try #require(report.table4).rows.flatMap(\.cells)
    #expect(cells.allSatisfy { $0.state == .missing })
  }

  /// A remark holding a digit (`含2件`) could be a value the header does not place: table 四 stays unread.
  @Test func aRemarkWithADigitKeepsTable4Unread() throws {
    let report = Self.report("pdf-layout") { $0.replacingOccurrences(of: "纠错", with: "含2件") }
    let cells = try #require(report.table4).rows.flatMap(\.cells)
    #expect(cells.allSatisfy { $0.state == .missing })
  }
}
