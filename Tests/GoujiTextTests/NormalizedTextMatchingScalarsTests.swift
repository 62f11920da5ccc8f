import Testing

@testable import GoujiText

/// ``NormalizedText/matchingScalars(of:range:)`` folds a range of plain ASCII byte by byte, without a view: every
/// range, plain ASCII or not, must give the scalars of the matching view of the same range.
@Suite struct NormalizedTextMatchingScalarsTests {
  /// Grid lines with number cells, empty cells, ASCII white space, control characters, the ASCII characters matching
  /// mode removes or replaces (quotes, `*`, `,`, brackets, `\`), CJK, an astral character and CRLF.
  static let text = SourceText(
    "| 1223 |  | 0 |\t12\u{0B}3 |\r\n|一、本年新收 | 𠀀 |\u{01}7\u{7F}|\r\n| \"4\" | *5* | 6,7 | [8] | 9\\ |\r\n"
      + "| ０ | 3\u{3000}4 | -- | :-: |\r\n")

  @Test func everyRangeFoldsAsItsMatchingView() {
    var boundaries: [Int] = []
    var index = 0
    while index <= Self.text.count {
      boundaries.append(index)
      guard index < Self.text.count else { break }
      index += SourceText.scalarByteCount(lead: Self.text.bytes[index])
    }
    var plain = 0
    for (position, start) in boundaries.enumerated() {
      for end in boundaries[position...] {
        let range = TextRange(start: start, end: end)
        let scalars = NormalizedText.matchingScalars(of: Self.text, range: range)
        #expect(scalars == NormalizedText(Self.text, range: range, mode: .matching).scalars, "\(range)")
        if !scalars.isEmpty && Self.text.bytes[start..<end].allSatisfy({ $0 < 0x80 }) { plain += 1 }
      }
    }
    #expect(plain > 1_000)  // plain ASCII ranges, folded byte by byte or not, were compared
  }

  @Test func aNumberCellIsItsDigitsAndABlankCellIsEmpty() {
    let text = SourceText("│ 1223 │      │\r\n")
    #expect(
      NormalizedText.matchingScalars(of: text, range: TextRange(start: 3, end: 9)) == Array("1223".unicodeScalars))
    #expect(NormalizedText.matchingScalars(of: text, range: TextRange(start: 12, end: 18)).isEmpty)
  }
}
