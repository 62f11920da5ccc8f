import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A footnote mark set apart from its value by one space (`12 注`, LibreOffice's PDF in layout mode:
/// `inv-2021-footnote`) is the value's cell as written, as `12注` is: the row's later values are read.
@Suite struct SetApartFootnoteMarkTests {
  @Test func aMarkOneSpaceAfterItsValueIsPartOfItsCell() throws {
    let text = SourceText(
      ("𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2021-footnote.word-pdf-layout.txt"))
        .replacingOccurrences(of: "\n", with: "\r\n"))
    let table = try #require(ReportReader.read(text).table4)
    let cells = table.rows.flatMap(\.cells)
    #expect(
      cells.map(\.text) == ["10", "19", "0", "12注", "41", "19", "0", "5", "0", "24", "0", "8", "17", "5", "30"])
    #expect(text[cells[3].range] == "12 注")
  }

  /// In a table 三 row of PDF text (CRLF, 𠀀 in the agency's name): `12 注` is one cell and the six values after it
  /// are the row's; two spaces between them are two columns, never one cell.
  @Test func aMarkInATable3RowIsJoinedOnlyOneSpaceAfterItsValue() throws {
    let build = { (value: String) -> Report in
      let text = ReportBuilder(form: .spaceSeparated).with {
        $0.lineEnding = "\r\n"
        $0.agency = "𠀀市科学技术局"
      }.setting(.table3, "public", "natural", value).build()
      return ReportReader.read(SourceText(text))
    }
    let report = build("12 注")
    let row = try #require(report.table3?.row("public"))
    #expect(row.cells.map(\.text) == ["12注", "0", "0", "0", "0", "0", "1"])
    #expect(report.text[row.cells[0].range] == "12 注")
    let apart = try #require(build("12  注").table3?.row("public"))
    #expect(!apart.cells.contains { $0.text == "12注" })
  }
}
