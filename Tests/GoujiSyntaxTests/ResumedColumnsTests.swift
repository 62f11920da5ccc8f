import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A row's values in PDF layout text that wrap inside their narrow cells onto the line below the label's, after the
/// rest of the label or a fragment of a group label beside it, are read in the order of their columns
/// (``CellExtractor/resumedOrder(_:labelEnd:)``, round "layout9").
@Suite struct ResumedColumnsTests {
  /// Chromium's A5 PDF of `inv-2020-ling` (CRLF line ends, `𠀀` in the agency's name): values right-aligned with
  /// ideographic spaces (`　　〇`) wrap inside their cells, so `（一）予以公开      5   〇 〇 5` / `度办理结      〇 〇 〇`
  /// is the row `〇 〇 〇 5 〇 〇 5`, and labels cut by values written `〇` are found.
  static let ling = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2020-ling.pdf-layout.txt")

  /// Table 三's rows of `text`, by key: the cells' texts, `nil` where a cell is not read as written.
  static func rows(_ text: String) -> [String: [String?]] {
    let table = ReportReader.read(SourceText(text)).table3
    return Dictionary(
      uniqueKeysWithValues: (table?.rows ?? []).map { row in
        (row.key, row.cells.map { $0.isReadable && $0.confidence == .written ? $0.text : nil })
      })
  }

  /// Expects each row of `expected` read in `rows` (``rows(_:)``) with exactly those values, every one written.
  static func expect(_ rows: [String: [String?]], toRead expected: [String: [String]]) {
    for (key, values) in expected {
      #expect(rows[key] == values.map { Optional($0) }, "\(key)")
    }
  }

  @Test func valuesOnTheLineBelowTheLabelAreReadInTheOrderOfTheirColumns() {
    #expect(Self.ling.contains("\r\n") && Self.ling.contains("𠀀"))
    let rows = Self.rows(Self.ling)
    let expected: [String: [String]] = [
      "public": ["〇", "〇", "〇", "5", "〇", "〇", "5"],
      "withheld.secret": ["〇", "4", "〇", "〇", "〇", "3", "7"],
      "withheld.prohibited": ["39", "7", "4", "〇", "〇", "〇", "50"],
      "withheld.security": ["6", "6", "〇", "〇", "〇", "7", "19"],
      "withheld.thirdParty": ["23", "〇", "〇", "9", "3", "〇", "35"],
      "withheld.query": ["〇", "〇", "8", "〇", "1", "〇", "9"],
      "unable.notHeld": ["〇", "〇", "5", "2", "1", "〇", "8"],
      "ignored.excessive": ["9", "〇", "5", "7", "〇", "〇", "21"],
    ]
    Self.expect(rows, toRead: expected)
  }

  /// Fewer values on a line than cells, wide enough to be digits run together (`267 0 64 0 331` / `规禁止公开  0 0`,
  /// Chromium's PDF of `inv-2023-spaces`, here in CRLF with `𠀀`): read in their columns with the line below, not
  /// split as a glued row; （一）予以公开, whose 总计 is empty (six values), stays unread.
  @Test func valuesThatCouldBeGluedAreReadInTheirColumns() throws {
    let text = ("𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2023-spaces.pdf-layout.txt"))
      .replacingOccurrences(of: "\n", with: "\r\n")
    let rows = Self.rows(text)
    let expected: [String: [String]] = [
      "withheld.prohibited": ["267", "0", "0", "0", "64", "0", "331"],
      "withheld.process": ["13", "13", "72", "65", "57", "0", "220"],
      "withheld.query": ["275", "49", "0", "17", "0", "0", "341"],
      "unable.notHeld": ["0", "0", "0", "0", "13", "0", "13"],
      "other.noCorrection": ["0", "13", "0", "0", "72", "6", "91"],
      "other.unpaidFee": ["76", "0", "41", "66", "0", "0", "183"],
    ]
    Self.expect(rows, toRead: expected)
    #expect(rows["public"]?.allSatisfy { $0 == nil } == true)
  }

  /// A value of the line below standing in the column of one on the label's line: no order can be told, and the
  /// row stays unread, never read in the order written.
  @Test func aValueSharingAColumnLeavesTheRowUnread() throws {
    let line = "度办理结                〇 〇 〇"
    #expect(Self.ling.contains(line))
    let shifted = Self.ling.replacingOccurrences(of: line, with: "度办理结                        〇 〇 〇")
    let row = try #require(Self.rows(shifted)["public"])
    #expect(row.allSatisfy { $0 == nil })
  }

  /// The same row one space apart, as reading order writes it: its values stand left of the label's end, so they
  /// are taken in the order written, `5 〇 〇 5 〇 〇 〇`, which breaks R3-2: the row is not read so.
  @Test func valuesOneSpaceApartAreNotReordered() throws {
    let first = "三、本年    （一）予以公开                 5   〇 〇 5"
    let below = "度办理结                〇 〇 〇"
    #expect(Self.ling.contains(first) && Self.ling.contains(below))
    let single = Self.ling.replacingOccurrences(of: first, with: "三、本年 （一）予以公开 5 〇 〇 5")
      .replacingOccurrences(of: below, with: "度办理结 〇 〇 〇")
    let row = try #require(Self.rows(single)["public"])
    #expect(row != ["〇", "〇", "〇", "5", "〇", "〇", "5"])
    #expect(row != ["5", "〇", "〇", "5", "〇", "〇", "〇"])
  }
}
