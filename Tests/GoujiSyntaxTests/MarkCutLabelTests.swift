import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A row label of PDF layout text cut by its values where they are marks written for empty cells (`—`, `-`, `/`):
/// `1.本机关不掌握相关政府 — - — 7 1 — 8` / `信息` is found as the label cut by values of digits is (``LabelMatcher``,
/// round "layout9").
@Suite struct MarkCutLabelTests {
  /// Chromium's A5 PDF of `inv-2022-dashes`, in CRLF with `𠀀` in the agency's name.
  static let dashes = ("𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2022-dashes.pdf-layout.txt"))
    .replacingOccurrences(of: "\n", with: "\r\n")

  static func row(_ key: String, of text: String) -> TableRow? {
    ReportReader.read(SourceText(text)).table3?.row(key)
  }

  @Test func labelsCutByMarksAreFoundAndTheirRowsRead() throws {
    let expected: [String: [String]] = [
      "withheld.query": ["11", "无", "-", "-", "9", "——", "20"],
      "unable.notHeld": ["—", "-", "—", "7", "1", "—", "8"],
      "unable.needsCreation": ["7", "-", "——", "2", "8", "—", "17"],
      "unable.unclear": ["10", "-", "2", "7", "-", "/", "19"],
      "ignored.publication": ["-", "——", "8", "—", "7", "——", "15"],
      "ignored.excessive": ["—", "-", "——", "-", "3", "—", "3"],
    ]
    for (key, values) in expected {
      let row = try #require(Self.row(key, of: Self.dashes), "\(key)")
      #expect(row.cells.map(\.text) == values, "\(key)")
      #expect(row.cells.allSatisfy { $0.isReadable && $0.confidence == .written }, "\(key)")
    }
  }

  /// A word among the marks that is neither a value nor a mark (`甲`): the label is not found by its beginning, and
  /// its row is not read (the row above, whose values end at that label, is not read with them either).
  @Test func aWordAmongTheMarksLeavesTheLabelUnfound() throws {
    let line = "1.本机关不掌握相关政府 — - — 7 1 — 8"
    #expect(Self.dashes.contains(line))
    let text = Self.dashes.replacingOccurrences(of: line, with: "1.本机关不掌握相关政府 — 甲 — 7 1 — 8")
    let notHeld = Self.row("unable.notHeld", of: text)
    #expect(notHeld == nil || notHeld?.cells.allSatisfy { !$0.isReadable } == true)
    let query = try #require(Self.row("withheld.query", of: text))
    #expect(query.cells.allSatisfy { !$0.isReadable })
  }
}
