import Testing

@testable import GoujiText

/// `SourceText.lineContentRanges(in:)`: each touched line's part inside a range, without terminators.
@Suite struct LineContentRangesTests {
  /// A range from inside a CJK line with 𠀀, over a CRLF line, into the middle of the next, gives three clipped parts.
  @Test func partsAreClippedToTheRangeWithoutTerminators() {
    let text = SourceText("一、总体情况𠀀\r\n二、主动公开\r\n三、收到")
    let start = "一、".utf8.count
    let end = text.bytes.count - "收到".utf8.count
    let parts = text.lineContentRanges(in: TextRange(start: start, end: end))
    #expect(parts.map { text[$0] } == ["总体情况𠀀", "二、主动公开", "三、"])
  }

  /// A range that starts on a line's terminator gives that line an empty part, never a reversed range.
  @Test func aRangeStartingOnATerminatorGivesAnEmptyPart() {
    let text = SourceText("表三\r\n一、本年新收")
    let start = "表三\r".utf8.count
    let parts = text.lineContentRanges(in: TextRange(start: start, end: text.bytes.count))
    #expect(parts.count == 2)
    #expect(parts[0].isEmpty && parts[0].start == start)
    #expect(text[parts[1]] == "一、本年新收")
    #expect(text.lineContentRanges(in: TextRange(emptyAt: 0)).isEmpty)
  }
}
