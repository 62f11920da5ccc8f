import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Rows of layout text beside a line of pieces of values wrapped inside their cells (``Table3Reader``'s
/// `leaveRowsBesideStrayValuesUnread`, round "unseen7b").
@Suite struct StrayValueLinesTests {
  /// LibreOffice's PDF of `inv-2021-wide` (`pdftotext -layout`) wraps values too wide for their cells: `１６１` over
  /// the label's line and `５` under it are 1615. The rows beside the pieces are unread (GJ308), never read with a
  /// piece as a value; 二、上年结转, whose label wraps around its own line of values right under the pieces, is read.
  @Test func rowsBesideWrappedValuePiecesAreUnreadAndAWrappedLabelIsNot() throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/layout-wrapped-values-word-pdf.txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let report = ReportReader.read(SourceText(text))
    let unreadable = report.problems.compactMap { problem -> String? in
      if case .rowUnreadable(.table3, let key, nil) = problem.kind { return key }
      return nil
    }
    for key in ["new", "outcomeTotal"] {
      #expect(unreadable.contains(key), "\(key)")
      let row = try #require(report.table3?.row(key))
      #expect(row.cells.allSatisfy { !$0.isReadable }, "\(key)")
    }
    #expect(report.table3?.row("carried")?.cells.map(\.text) == ["0", "0", "0", "6", "0", "3", "9"])
    #expect(report.table3?.row("carried")?.cells.allSatisfy(\.isReadable) == true)
  }

  /// A stray line is indented and holds full-width digits only; ASCII digits or a label on the line are not one.
  @Test(arguments: [
    ("   １６１    ２６\r\n", true), ("  ５ ３ 2\r\n", true), ("１６１ ２６\r\n", false),
    ("   161   26\r\n", false), ("  开 ４ ３９\r\n", false), ("  𠀀 ５\r\n", false),
  ])
  func aStrayValueLineIsIndentedFullWidthDigitsOnly(_ line: String, _ stray: Bool) {
    #expect(Table3Reader.isStrayValueLine(0, in: SourceText(line)) == stray)
  }
}
