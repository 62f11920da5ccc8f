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

  /// The edit applied byte by byte, its ends moved back to character boundaries as every edit is.
  static func reference(_ text: SourceText, _ start: Int, _ end: Int, _ newText: String) -> [UInt8] {
    let from = text.scalarBoundary(atOrBefore: start)
    let to = max(from, text.scalarBoundary(atOrBefore: end))
    return Array(text.bytes[..<from]) + Array(newText.utf8) + Array(text.bytes[to...])
  }
}
