import Testing

@testable import GoujiText

@Suite struct LineIndexTests {
  @Test func emptyTextHasOneEmptyLine() {
    let text = SourceText("")
    #expect(text.count == 0)
    #expect(text.lineStarts == [0])
    #expect(text.lineCount == 1)
    #expect(text.lineContentRange(0) == TextRange(emptyAt: 0))
    #expect(text.lineRange(0) == TextRange(emptyAt: 0))
    #expect(text.lineText(0) == "")
    #expect(text.fullRange == TextRange(emptyAt: 0))
  }

  @Test func textWithoutTerminatorIsOneLine() {
    let text = SourceText("政府信息")
    #expect(text.lineStarts == [0])
    #expect(text.lineContentRange(0) == TextRange(start: 0, end: 12))  // 4 ideographs × 3 bytes
    #expect(text.lineText(0) == "政府信息")
  }

  /// Each terminator starts a new line; a terminator at the very end starts an empty last line.
  @Test(arguments: [
    ("a\nb", [0, 2]),
    ("a\nb\n", [0, 2, 4]),
    ("a\r\nb", [0, 3]),
    ("a\r\nb\r\n", [0, 3, 6]),
    ("a\rb", [0, 2]),
    ("a\rb\r", [0, 2, 4]),
    ("a\rb\nc\r\nd", [0, 2, 4, 7]),
    ("a\r\r\nb", [0, 2, 4]),  // a lone CR, then a CRLF
    ("a\n\rb", [0, 2, 3]),  // LF then CR is two terminators, not one
    ("a\n\nb", [0, 2, 3]),
  ])
  func lineStartsFollowEveryKindOfTerminator(source: String, starts: [Int]) {
    let text = SourceText(source)
    #expect(Array(text.lineStarts) == starts)
    #expect(text.lineCount == starts.count)
  }

  @Test(arguments: [
    ("\n", [0, 1]),
    ("\n\n\n", [0, 1, 2, 3]),
    ("\r", [0, 1]),
    ("\r\r", [0, 1, 2]),
    ("\r\n", [0, 2]),
    ("\r\n\r\n", [0, 2, 4]),
    ("\n\r\n\r", [0, 1, 3, 4]),
  ])
  func textOfOnlyNewlinesHasOnlyEmptyLines(source: String, starts: [Int]) {
    let text = SourceText(source)
    #expect(Array(text.lineStarts) == starts)
    for line in 0..<text.lineCount {
      #expect(text.lineContentRange(line).isEmpty)
      #expect(text.lineText(line) == "")
    }
  }

  // "一\r\n二\r三\n": 一 0..<3, CRLF 3..<5, 二 5..<8, CR 8, 三 9..<12, LF 12, end 13.
  static let mixed = SourceText("一\r\n二\r三\n")

  @Test func lineContentRangeExcludesTheTerminator() {
    let text = Self.mixed
    #expect(text.lineStarts == [0, 5, 9, 13])
    #expect(text.lineContentRange(0) == TextRange(start: 0, end: 3))
    #expect(text.lineContentRange(1) == TextRange(start: 5, end: 8))
    #expect(text.lineContentRange(2) == TextRange(start: 9, end: 12))
    #expect(text.lineContentRange(3) == TextRange(emptyAt: 13))
    #expect((0..<4).map(text.lineText) == ["一", "二", "三", ""])
  }

  @Test func lineRangeIncludesTheTerminator() {
    let text = Self.mixed
    #expect(text.lineRange(0) == TextRange(start: 0, end: 5))
    #expect(text.lineRange(1) == TextRange(start: 5, end: 9))
    #expect(text.lineRange(2) == TextRange(start: 9, end: 13))
    #expect(text.lineRange(3) == TextRange(emptyAt: 13))
  }

  @Test(arguments: [
    (0, 0), (2, 0),  // start of 一, inside 一
    (3, 0), (4, 0),  // the CR and the LF of CRLF belong to the line they end
    (5, 1), (8, 1),  // start of 二, the lone CR
    (9, 2), (12, 2),  // start of 三, the LF
    (13, 3),  // the end of the text, after the final LF, is the empty last line
    (-4, 0), (99, 3),  // out of range offsets are clamped
  ])
  func lineContainingOffset(offset: Int, line: Int) {
    #expect(Self.mixed.line(containing: offset) == line)
  }

  @Test func endOfTextWithoutTrailingNewlineIsOnTheLastLine() {
    let text = SourceText("a\nbc")
    #expect(text.line(containing: 4) == 1)
    #expect(text.lineContentRange(1) == TextRange(start: 2, end: 4))
  }

  @Test func subscriptReturnsTheTextOfAClampedRange() {
    let text = SourceText("一二三")
    #expect(text[TextRange(start: 3, end: 6)] == "二")
    // 1 is inside 一 (moves back to 0), 5 inside 二 (moves back to 3).
    #expect(text[TextRange(start: 1, end: 5)] == "一")
    #expect(text[TextRange(start: 6, end: 100)] == "三")
    #expect(text[TextRange(start: 50, end: 100)] == "")
  }

  @Test func scalarBoundaryMovesBackToTheStartOfTheCharacter() {
    // "a𠀀一": a 0, 𠀀 1..<5, 一 5..<8.
    let text = SourceText("a𠀀一")
    let expected = [0, 1, 1, 1, 1, 5, 5, 5, 8]
    #expect((0...8).map { text.scalarBoundary(atOrBefore: $0) } == expected)
    #expect(text.scalarBoundary(atOrBefore: -3) == 0)
    #expect(text.scalarBoundary(atOrBefore: 42) == 8)
  }

  @Test func clampLimitsARangeToTheTextAndToScalarBoundaries() {
    let text = SourceText("一二")  // 一 0..<3, 二 3..<6
    #expect(text.clamp(TextRange(start: 1, end: 4)) == TextRange(start: 0, end: 3))
    #expect(text.clamp(TextRange(start: 2, end: 2)) == TextRange(emptyAt: 0))
    #expect(text.clamp(TextRange(start: 4, end: 100)) == TextRange(start: 3, end: 6))
    #expect(text.clamp(TextRange(start: 7, end: 9)) == TextRange(emptyAt: 6))
  }

  @Test func stringAndCountReflectTheUTF8Bytes() {
    let text = SourceText("第𠀀条\r\n")
    #expect(text.string == "第𠀀条\r\n")
    #expect(text.count == 3 + 4 + 3 + 2)
    #expect(text.bytes == Array("第𠀀条\r\n".utf8))
  }
}

@Suite struct TextRangeTests {
  @Test func lengthAndEmptiness() {
    #expect(TextRange(start: 3, end: 9).length == 6)
    #expect(TextRange(emptyAt: 4).isEmpty)
    #expect(!TextRange(start: 4, end: 5).isEmpty)
  }

  @Test func containsIsHalfOpen() {
    let range = TextRange(start: 3, end: 6)
    #expect(!range.contains(2))
    #expect(range.contains(3))
    #expect(range.contains(5))
    #expect(!range.contains(6))
    #expect(!TextRange(emptyAt: 3).contains(3))
  }

  @Test func overlapsNeedsASharedByteUnlessOneRangeIsEmpty() {
    let range = TextRange(start: 3, end: 6)
    #expect(range.overlaps(TextRange(start: 5, end: 8)))
    #expect(!range.overlaps(TextRange(start: 6, end: 8)))  // adjacent
    #expect(!range.overlaps(TextRange(start: 0, end: 3)))  // adjacent
    #expect(range.overlaps(TextRange(emptyAt: 6)))  // an empty range touching the end
    #expect(range.overlaps(TextRange(emptyAt: 3)))
    #expect(!range.overlaps(TextRange(emptyAt: 7)))
  }

  @Test func unionCoversBoth() {
    #expect(TextRange(start: 3, end: 4).union(TextRange(start: 8, end: 9)) == TextRange(start: 3, end: 9))
  }

  @Test func orderIsByStartThenEnd() {
    #expect(TextRange(start: 1, end: 9) < TextRange(start: 2, end: 3))
    #expect(TextRange(start: 2, end: 3) < TextRange(start: 2, end: 4))
    #expect(TextRange(start: 2, end: 3).description == "2..<3")
  }
}
