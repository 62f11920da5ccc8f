import GoujiTestSupport
import Testing

@testable import GoujiText

/// The sample text, byte by byte:
///
///     line 0: 一 0 、3 总 6 体 9 情 12 况 15, CR 18, LF 19
///     line 1: 第 20, 𠀀 23..<27, 条 27, 😀 30..<34, a 34, b 35, CR 36, LF 37
///     line 2: TAB 38, 0 39, CR 40, LF 41
///     line 3: empty, at 42 (the end of the text)
@Suite struct PositionTests {
  static let text = SourceText("一、总体情况\r\n第𠀀条😀ab\r\n\t0\r\n")

  @Test func sampleHasTheExpectedLayout() {
    #expect(Self.text.count == 42)
    #expect(Self.text.lineStarts == [0, 20, 38, 42])
  }

  /// The columns of each character of line 1 (第𠀀条😀ab) and of its end, in each unit.
  @Test(arguments: [
    (PositionUnit.utf8, [0, 3, 7, 10, 14, 15, 16]),
    (PositionUnit.utf16, [0, 1, 3, 4, 6, 7, 8]),  // 𠀀 and 😀 are surrogate pairs
    (PositionUnit.utf32, [0, 1, 2, 3, 4, 5, 6]),
  ])
  func columnsOfLineWithAstralCharacters(unit: PositionUnit, columns: [Int]) {
    let offsets = [20, 23, 27, 30, 34, 35, 36]
    for (offset, column) in zip(offsets, columns) {
      #expect(Self.text.lineColumn(of: offset, in: unit) == LineColumn(line: 1, column: column))
      #expect(Self.text.offset(of: LineColumn(line: 1, column: column), in: unit) == offset)
    }
  }

  /// Line 0 is six BMP ideographs: 18 bytes, 6 UTF-16 units, 6 scalars.
  @Test(arguments: [(PositionUnit.utf8, 18), (.utf16, 6), (.utf32, 6)])
  func endOfCJKLine(unit: PositionUnit, column: Int) {
    #expect(Self.text.lineColumn(of: 18, in: unit) == LineColumn(line: 0, column: column))
    #expect(Self.text.offset(of: LineColumn(line: 0, column: column), in: unit) == 18)
    // 况 starts at byte 15, which is column 15 in UTF-8 and 5 in the other units.
    #expect(Self.text.lineColumn(of: 15, in: unit).column == (unit == .utf8 ? 15 : 5))
  }

  @Test(arguments: PositionUnit.allCases)
  func tabAndDigitCountOneUnitEach(unit: PositionUnit) {
    #expect(Self.text.lineColumn(of: 38, in: unit) == LineColumn(line: 2, column: 0))
    #expect(Self.text.lineColumn(of: 39, in: unit) == LineColumn(line: 2, column: 1))
    #expect(Self.text.lineColumn(of: 40, in: unit) == LineColumn(line: 2, column: 2))
    #expect(Self.text.lineColumn(of: 42, in: unit) == LineColumn(line: 3, column: 0))
  }

  /// Every scalar boundary except the LF of a CRLF (which has no position of its own) survives offset → position →
  /// offset, in every unit.
  @Test(arguments: PositionUnit.allCases)
  func everyScalarBoundaryRoundTrips(unit: PositionUnit) {
    let text = Self.text
    let insideCRLF: Set = [19, 37, 41]
    for offset in 0...text.count where text.isBoundary(offset) {
      guard !insideCRLF.contains(offset) else { continue }
      let position = text.lineColumn(of: offset, in: unit)
      #expect(text.offset(of: position, in: unit) == offset, "offset \(offset) via \(position)")
    }
  }

  @Test(arguments: PositionUnit.allCases)
  func offsetsOnLineTerminatorsAreTheEndOfTheLineContent(unit: PositionUnit) {
    let text = Self.text
    let lineOneEnd = text.lineColumn(of: 36, in: unit)  // the CR after "ab"
    #expect(lineOneEnd.line == 1)
    #expect(text.lineColumn(of: 37, in: unit) == lineOneEnd)  // the LF of the same CRLF
    #expect(text.lineColumn(of: 19, in: unit) == text.lineColumn(of: 18, in: unit))
  }

  @Test(arguments: PositionUnit.allCases)
  func columnPastTheEndOfALineIsTheEndOfItsContent(unit: PositionUnit) {
    // Never the CR (18, 36, 40) or the LF after it.
    #expect(Self.text.offset(of: LineColumn(line: 0, column: 19), in: unit) == 18)
    #expect(Self.text.offset(of: LineColumn(line: 0, column: 1000), in: unit) == 18)
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 1000), in: unit) == 36)
    #expect(Self.text.offset(of: LineColumn(line: 2, column: 3), in: unit) == 40)
    #expect(Self.text.offset(of: LineColumn(line: 3, column: 5), in: unit) == 42)
  }

  @Test(arguments: PositionUnit.allCases)
  func linePastTheEndIsTheEndOfTheText(unit: PositionUnit) {
    #expect(Self.text.offset(of: LineColumn(line: 4, column: 0), in: unit) == 42)
    #expect(Self.text.offset(of: LineColumn(line: 400, column: 7), in: unit) == 42)
  }

  @Test(arguments: PositionUnit.allCases)
  func negativeLineOrColumnIsClamped(unit: PositionUnit) {
    #expect(Self.text.offset(of: LineColumn(line: -1, column: 5), in: unit) == 0)
    #expect(Self.text.offset(of: LineColumn(line: 1, column: -3), in: unit) == 20)
  }

  @Test func utf16ColumnInsideASurrogatePairIsTheStartOfThatCharacter() {
    // 𠀀 is UTF-16 columns 1–2 of line 1, 😀 columns 4–5.
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 2), in: .utf16) == 23)
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 5), in: .utf16) == 30)
  }

  @Test func utf8ColumnInsideAMultiByteSequenceIsTheStartOfThatCharacter() {
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 1), in: .utf8) == 20)  // inside 第
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 2), in: .utf8) == 20)
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 4), in: .utf8) == 23)  // inside 𠀀
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 6), in: .utf8) == 23)
    #expect(Self.text.offset(of: LineColumn(line: 1, column: 13), in: .utf8) == 30)  // inside 😀
  }

  @Test func offsetInsideAMultiByteSequenceIsReportedAtTheStartOfThatCharacter() {
    #expect(Self.text.lineColumn(of: 25, in: .utf8) == LineColumn(line: 1, column: 3))  // inside 𠀀
    #expect(Self.text.lineColumn(of: 25, in: .utf16) == LineColumn(line: 1, column: 1))
    #expect(Self.text.lineColumn(of: 33, in: .utf32) == LineColumn(line: 1, column: 3))  // inside 😀
    #expect(Self.text.lineColumn(of: 1, in: .utf16) == LineColumn(line: 0, column: 0))  // inside 一
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    #expect(Self.text.lineColumn(of: -5, in: .utf16) == LineColumn(line: 0, column: 0))
    #expect(Self.text.lineColumn(of: 1000, in: .utf16) == LineColumn(line: 3, column: 0))
  }

  @Test func endOfTextWithoutTrailingNewlineIsAfterTheLastCharacter() {
    let text = SourceText("a\r\n𠀀")
    #expect(text.lineColumn(of: 7, in: .utf16) == LineColumn(line: 1, column: 2))
    #expect(text.offset(of: LineColumn(line: 1, column: 2), in: .utf16) == 7)
  }

  @Test func rangeConversionsConvertBothEnds() {
    // 𠀀条 is bytes 23..<30 on line 1: UTF-16 columns 1..<4.
    let range = LineColumnRange(start: LineColumn(line: 1, column: 1), end: LineColumn(line: 1, column: 4))
    #expect(Self.text.lineColumnRange(of: TextRange(start: 23, end: 30), in: .utf16) == range)
    #expect(Self.text.textRange(of: range, in: .utf16) == TextRange(start: 23, end: 30))
    // Across the CRLF: from 况 (line 0, column 5) to 第 (line 1, column 0) ends after 第.
    let across = LineColumnRange(start: LineColumn(line: 0, column: 5), end: LineColumn(line: 1, column: 1))
    #expect(Self.text.textRange(of: across, in: .utf32) == TextRange(start: 15, end: 23))
  }

  @Test func reversedPositionRangeBecomesAnOrderedTextRange() {
    let reversed = LineColumnRange(start: LineColumn(line: 1, column: 4), end: LineColumn(line: 1, column: 1))
    #expect(Self.text.textRange(of: reversed, in: .utf16) == TextRange(start: 23, end: 30))
  }

  @Test(arguments: PositionUnit.allCases)
  func columnCountBetweenOffsets(unit: PositionUnit) {
    // 第𠀀条😀 is 14 bytes, 6 UTF-16 units, 4 scalars.
    let expected = [PositionUnit.utf8: 14, .utf16: 6, .utf32: 4][unit]
    #expect(Self.text.columnCount(from: 20, to: 34, in: unit) == expected)
  }

  @Test func positionUnitRawValuesAreTheLSPNames() {
    #expect(PositionUnit.allCases.map(\.rawValue) == ["utf-8", "utf-16", "utf-32"])
  }

  @Test func lineColumnOrdersByLineThenColumn() {
    #expect(LineColumn(line: 0, column: 9) < LineColumn(line: 1, column: 0))
    #expect(LineColumn(line: 1, column: 2) < LineColumn(line: 1, column: 3))
    #expect(LineColumn(line: 3, column: 4).description == "3:4")
  }
}
