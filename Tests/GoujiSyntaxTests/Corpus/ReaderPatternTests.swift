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
      "reading-order-columns-exchanged",
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

/// Table 三's column headers and group labels are part of the reading, with their ranges.
@Suite struct TableHeaderReadingTests {
  @Test func columnHeadersAndGroupLabelsAreReadInTextOrder() throws {
    let url = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus/inv-2021-busy.lynx.txt")
    let text = SourceText(try String(contentsOf: url, encoding: .utf8))
    let table = try #require(ReportReader.read(text).table3)
    let columns = table.headers.compactMap { if case .column(let key) = $0.kind { key } else { nil } }
    #expect(Set(columns) == ["natural", "commercial", "research", "publicInterest", "legal", "other", "total"])
    let groups = table.headers.compactMap { if case .group(let key) = $0.kind { key } else { nil } }
    #expect(groups == ["outcome", "withheld", "unable", "ignored", "otherHandling"])
    #expect(table.headers.map(\.range.start) == table.headers.map(\.range.start).sorted())
    for header in table.headers {
      #expect(header.range.start < table.range.end && header.range.end <= text.count)
      #expect(header.text == CharacterFolding.normalizeAndTrim(text[header.range]))
    }
  }
}
