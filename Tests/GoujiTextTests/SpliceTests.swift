import GoujiTestSupport
import Testing

@testable import GoujiText

/// An edit updates the line index around itself (``SourceText/replacing(_:with:)``): the result must be the text a
/// fresh read of the edited bytes gives, line index included, whatever line ends the edit makes or breaks.
@Suite struct SpliceTests {
  /// Line ends of every kind, CJK, an astral character and plain letters, so edits split and join CRLFs.
  static let pool = ["\r", "\n", "\r\n", "一", "𠀀", "a", " ", "\t"]

  static func piece(_ generator: inout SeededGenerator, length: Int) -> String {
    (0..<length).map { _ in pool.randomElement(using: &generator)! }.joined()
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func editedTextIndexesLinesLikeAFreshText(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var text = SourceText(Self.piece(&generator, length: 60))
    for _ in 0..<400 {
      let start = Int.random(in: 0...text.count, using: &generator)
      let end = min(text.count, start + Int.random(in: 0...6, using: &generator))
      let newText = Self.piece(&generator, length: Int.random(in: 0...3, using: &generator))
      let edited = text.replacing(TextRange(start: start, end: end), with: newText)
      let fresh = SourceText(bytes: edited.bytes)
      #expect(edited.lineStarts == fresh.lineStarts, "edit \(start)..<\(end) → \(Array(newText.utf8)) of \(text.bytes)")
      #expect(edited.bytes == Self.reference(text, start, end, newText))
      text = edited
    }
  }

  @Test func editsAtTheEndsAndAcrossCRLF() {
    // 一 CR LF 𠀀 CR: bytes 0–2, 3, 4, 5–8, 9.
    let text = SourceText("一\r\n𠀀\r")
    #expect(text.lineStarts == [0, 5, 10])
    #expect(text.replacing(TextRange(start: 3, end: 4), with: "").lineStarts == [0, 4, 9])
    #expect(text.replacing(TextRange(start: 4, end: 5), with: "").lineStarts == [0, 4, 9])
    #expect(text.replacing(TextRange(start: 4, end: 4), with: "a").lineStarts == [0, 4, 6, 11])
    #expect(text.replacing(TextRange(emptyAt: text.count), with: "\n").lineStarts == [0, 5, 11])
    #expect(text.replacing(TextRange(emptyAt: 0), with: "\r").lineStarts == [0, 1, 6, 11])
    // An edit inside 𠀀 is moved to its start (here: no edit); removing 𠀀 puts the two line ends side by side.
    #expect(text.replacing(TextRange(start: 6, end: 7), with: "").lineStarts == text.lineStarts)
    #expect(text.replacing(TextRange(start: 5, end: 9), with: "").lineStarts == [0, 5, 6])
    #expect(text.replacing(text.fullRange, with: "").lineStarts == [0])
  }

  /// The lines an edit leaves as they were (before ``LineSplice/firstChanged``, and from ``LineSplice/firstMoved``
  /// on, moved) hold the same characters in the edited text, and the line counts agree: what lets per-line facts be
  /// carried over instead of made again.
  @Test(arguments: [5, 6, 7] as [UInt64])
  func aSpliceKeepsTheLinesOutsideTheEdit(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var text = SourceText(Self.piece(&generator, length: 80))
    for _ in 0..<400 {
      let start = Int.random(in: 0...text.count, using: &generator)
      let range = TextRange(start: start, end: min(text.count, start + Int.random(in: 0...8, using: &generator)))
      let edited = text.replacing(range, with: Self.piece(&generator, length: Int.random(in: 0...3, using: &generator)))
      let splice = text.lineSplice(replacing: range, in: edited)
      #expect(splice.lineDelta == edited.lineCount - text.lineCount)
      #expect(splice.newLines.count - splice.oldLines.count == splice.lineDelta)
      #expect(splice.oldLines.upperBound <= text.lineCount && splice.newLines.upperBound <= edited.lineCount)
      for line in 0..<splice.firstChanged { #expect(edited.lineText(line) == text.lineText(line)) }
      for line in splice.firstMoved..<text.lineCount {
        #expect(edited.lineText(line + splice.lineDelta) == text.lineText(line), "\(range) of \(text.bytes)")
      }
      text = edited
    }
  }

  /// The bulk splice of a line index gives the starts a start-by-start splice gives, compact (`UInt32`) or wide, and
  /// widens when a moved start no longer fits 32 bits.
  @Test func splicingALineIndexInBulkMatchesAppendingStartByStart() {
    let large = Int(UInt32.max) - 10
    let cases: [(starts: [Int], replaced: Range<Int>, inserted: [Int], delta: Int)] = [
      ([0, 4, 9, 15], 1..<2, [5, 7], 1),
      ([0, 4, 9, 15], 1..<4, [], -3),
      ([0, 4, 9, 15], 4..<4, [20], 0),
      ([0, 4, large], 2..<2, [6], 20),  // the moved start leaves 32 bits
      ([0, 4, large + 20], 2..<2, [6], -20),  // a wide index stays correct when its starts would fit again
      ([0], 1..<1, [], 5),
    ]
    for (starts, replaced, inserted, delta) in cases {
      let moved = starts[replaced.upperBound...].map { $0 + delta }
      let expected = Array(starts[..<replaced.lowerBound]) + inserted + moved
      let spliced = LineStarts(starts).splicing(replaced, with: LineStarts(inserted), movingRestBy: delta)
      #expect(Array(spliced) == expected, "\(starts) \(replaced) \(inserted) \(delta)")
    }
  }

  /// The edit applied byte by byte, its ends moved back to character boundaries as every edit is.
  static func reference(_ text: SourceText, _ start: Int, _ end: Int, _ newText: String) -> [UInt8] {
    let from = text.scalarBoundary(atOrBefore: start)
    let to = max(from, text.scalarBoundary(atOrBefore: end))
    return Array(text.bytes[..<from]) + Array(newText.utf8) + Array(text.bytes[to...])
  }
}
