import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// One small report per text pattern of the real forms (`Fixtures/reader/`, written by
/// `Scripts/reader-corpus/make_fixtures.py`): each read as its expected reading says, and no section reported
/// missing when every section is there, under whatever name.
@Suite struct ReaderPatternTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("reader")

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  @Test func everyPatternHasAFixture() {
    let patterns = [
      "layout-wrapped-labels", "layout-title-year-space", "grid-box", "grid-heavy", "grid-ascii", "grid-pipe",
      "headings-as-written", "headings-flattened", "reading-order-rows", "reading-order-columns",
      "reading-order-columns-exchanged", "reading-order-columns-unlabelled", "reading-order-blocks",
      "reading-order-split-rows", "reading-order-table2",
      "layout-empty-cells", "layout-empty-cells-ambiguous", "layout-page-break",
      "word-reading-order", "word-reading-order-last-label", "word-reading-order-ambiguous",
      "word-reading-order-table4-page-end", "word-reading-order-table4-page-end-unbalanced",
      "word-reading-order-table4-page-end-zero-numeral", "word-reading-order-table4-page-end-zero-numeral-unbalanced",
      "word-reading-order-table4-two-digits", "word-reading-order-table4-two-digits-unbalanced",
      "inscriptis-ragged", "inscriptis-ragged-unbalanced",
      "word-reading-order-wide-values", "word-reading-order-wide-values-unbalanced",
      "word-reading-order-split-table", "word-reading-order-split-table-unbalanced",
      "word-reading-order-table3-page-end", "word-reading-order-table3-page-end-one-short",
      "word-reading-order-table3-page-end-page-number", "word-reading-order-table3-page-end-table4-short",
      "word-text-empty-cells", "word-text-empty-cells-stray", "reading-order-repeated-groups",
      "reading-order-repeated-groups-unbalanced",
      "cut-labels-grid", "cut-labels-layout", "cut-labels-grid-twice", "cut-labels-grid-unbalanced",
      "grid-broken-labels-w3m", "grid-broken-labels-pandoc", "grid-broken-labels-uncertain", "grid-wrapped-values-w3m",
      "grid-wrapped-values-narrow-w3m", "grid-broken-labels-table2-w3m", "grid-broken-labels-table2-uncertain-w3m",
      "serial-column-layout", "serial-column-flat", "serial-column-word-text", "serial-column-glued",
      "serial-column-glued-bs4", "serial-column-raw", "serial-column-word-pdf-raw",
      "serial-column-word-pdf-layout",
      "glued-joint-bs4", "glued-joint-bs4-unbalanced",
      "cut-subheaders-layout", "cut-subheaders-in-order", "cut-subheaders-unjoined",
      "reading-order-table4-next-heading", "reading-order-table4-next-heading-prose",
      "reading-order-table4-next-heading-remark", "reading-order-table4-next-heading-remark-unnamed",
      "word-reading-order-table4-page-end-remark", "word-reading-order-table4-page-end-remark-unnamed",
      "reading-order-table4-next-page", "reading-order-table4-next-page-ambiguous",
    ]
    for pattern in patterns {
      #expect(Self.cases.contains(pattern), "no fixture for \(pattern)")
    }
  }

  @Test(arguments: cases)
  func patternReadsAsExpected(_ name: String) throws {
    let expected = try #require(ReadingComparison.load(Self.folder.appendingPathComponent("\(name).expected.json")))
    let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
    let report = ReportReader.read(SourceText(text))
    let differences = ReadingComparison.differences(ReportSummary(report), expected: expected)
    #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
    let missing = report.problems.filter { if case .sectionMissing = $0.kind { true } else { false } }
    #expect(missing.isEmpty, "\(name): sections reported missing")
    let ranges = report.allRanges.filter { $0.end > report.text.count }
    #expect(ranges.isEmpty)
  }
}
