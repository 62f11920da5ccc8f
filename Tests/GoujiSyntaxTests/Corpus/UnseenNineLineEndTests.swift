import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Round "unseen9"'s reports (half-width labels, table 四 in two tables, footnote marks after values) read the same
/// with CRLF line ends and an astral character (𠀀) in the first sentence: the same cells and confidences, every
/// range moved by exactly the bytes added before it (the paths that round added, on the lines the guide asks for).
/// (Not before the title: PDF text repeats the title as a running header, which then would not be the title's.)
@Suite struct UnseenNineLineEndTests {
  static let reports = ["inv-2022-halfwidth", "inv-2023-t4split", "inv-2021-footnote"]
  static let forms = ["w3m", "lynx", "pandoc", "word-txt", "pdf-layout", "flat-spaced"]

  @Test(arguments: reports, forms)
  func crlfAndAnAstralCharacterMoveEveryRangeAndChangeNoCell(_ report: String, _ form: String) throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/\(report).\(form).txt")
    try #require(!text.contains("\r"))
    let sentenceEnd = try #require(text.range(of: "。"))
    let astralAt = text.utf8.distance(from: text.startIndex, to: sentenceEnd.upperBound)
    let plain = ReportReader.read(SourceText(text))
    let withAstral = text[..<sentenceEnd.upperBound] + "𠀀" + text[sentenceEnd.upperBound...]
    let moved = ReportReader.read(SourceText(withAstral.replacingOccurrences(of: "\n", with: "\r\n")))
    let (plainSummary, movedSummary) = (ReportSummary(plain), ReportSummary(moved))
    #expect(plainSummary.table3 != nil && plainSummary.table4?.contains { $0 != nil } == true)
    #expect(movedSummary.table2 == plainSummary.table2)
    #expect(movedSummary.table3 == plainSummary.table3)
    #expect(movedSummary.table4 == plainSummary.table4)
    #expect(movedSummary.table4Confidence == plainSummary.table4Confidence)
    #expect(movedSummary.sections.map(\.number) == plainSummary.sections.map(\.number))
    let newlineOffsets = Array(text.utf8.enumerated().filter { $0.element == 0x0A }.map(\.offset))
    /// Where a byte offset of the plain text stands in the moved one: 4 bytes of 𠀀 before everything after the
    /// first sentence's end (a range starting there starts with 𠀀), and a CR before each line feed before it.
    func movedOffset(_ offset: Int) -> Int {
      offset + (offset > astralAt ? 4 : 0) + newlineOffsets.partitionPoint { $0 < offset }
    }
    let (plainRanges, movedRanges) = (plain.allRanges, moved.allRanges)
    #expect(movedRanges.count == plainRanges.count)
    let misplaced = zip(plainRanges, movedRanges).filter {
      $1.start != movedOffset($0.start) || $1.end != movedOffset($0.end)
    }
    #expect(misplaced.isEmpty, "\(report).\(form): \(misplaced.prefix(3))")
  }
}
