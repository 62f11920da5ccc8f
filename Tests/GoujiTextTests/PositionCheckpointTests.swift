import GoujiTestSupport
import Testing

@testable import GoujiText

/// Long lines, where columns are counted from checkpoints rather than from the start of the line: every conversion
/// must agree with the reference worked out scalar by scalar.
@Suite struct PositionCheckpointTests {
  /// Mostly characters of one to four UTF-8 bytes, with a rare line break, so lines run to thousands of bytes.
  static let pool = ["一", "情", "𠀀", "😀", "a", "0", " ", "é", "，", "\t", "e\u{301}", "\u{3000}"]

  static func longLines(_ generator: inout SeededGenerator, pieces: Int) -> String {
    var string = ""
    for _ in 0..<pieces {
      let roll = Int.random(in: 0..<3_000, using: &generator)
      string += roll == 0 ? "\r\n" : roll == 1 ? "\n" : roll == 2 ? "\r" : pool.randomElement(using: &generator)!
    }
    return string
  }

  /// The byte offset of a column, walked scalar by scalar from the start of the line (what ``SourceText`` did before
  /// it had checkpoints).
  static func walkedOffset(_ text: SourceText, _ position: LineColumn, _ unit: PositionUnit) -> Int {
    let content = text.lineContentRange(position.line)
    var remaining = max(0, position.column)
    var index = content.start
    for scalar in text[content].unicodeScalars {
      let units = unit == .utf8 ? scalar.utf8.count : unit == .utf16 ? scalar.utf16.count : 1
      if units > remaining { break }
      remaining -= units
      index += scalar.utf8.count
    }
    return index
  }

  @Test(arguments: [11, 12, 13] as [UInt64])
  func offsetsOnLongLinesConvertLikeTheReference(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let string = Self.longLines(&generator, pieces: 6_000)
    let text = SourceText(string)
    let reference = ReferencePositions(string)
    #expect((0..<text.lineCount).contains { text.lineContentRange($0).length > 4 * PositionCheckpoints.stride })
    for _ in 0..<3_000 {
      let offset = Int.random(in: 0...text.count, using: &generator)
      let boundary = text.scalarBoundary(atOrBefore: offset)
      guard let expected = reference.positions[boundary] else {
        Issue.record("no reference position for \(boundary)")
        continue
      }
      for unit in PositionUnit.allCases {
        let position = text.lineColumn(of: offset, in: unit)
        #expect(position == LineColumn(line: expected.line, column: expected.columns[unit]!))
        let back = text.offset(of: position, in: unit)
        #expect(back == (reference.lineFeedsOfCRLF.contains(boundary) ? boundary - 1 : boundary))
      }
    }
  }

  @Test(arguments: [14, 15] as [UInt64])
  func columnsOnLongLinesLandWhereAWalkLands(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let text = SourceText(Self.longLines(&generator, pieces: 6_000))
    for _ in 0..<3_000 {
      let line = Int.random(in: 0..<text.lineCount, using: &generator)
      let content = text.lineContentRange(line)
      // Columns past the end and inside surrogate pairs or UTF-8 sequences too.
      let position = LineColumn(line: line, column: Int.random(in: -2...(content.length + 8), using: &generator))
      for unit in PositionUnit.allCases {
        #expect(text.offset(of: position, in: unit) == Self.walkedOffset(text, position, unit), "\(position) \(unit)")
      }
    }
  }

  @Test func columnCountsAcrossCheckpointsMatchTheScalars() {
    var generator = SeededGenerator(seed: 16)
    let string = String(repeating: "𠀀一a", count: 1_000) + Self.longLines(&generator, pieces: 2_000)
    let text = SourceText(string)
    for _ in 0..<500 {
      let start = text.scalarBoundary(atOrBefore: Int.random(in: 0...text.count, using: &generator))
      let end = text.scalarBoundary(atOrBefore: Int.random(in: start...text.count, using: &generator))
      let scalars = text[TextRange(start: start, end: end)].unicodeScalars
      #expect(text.columnCount(from: start, to: end, in: .utf32) == scalars.count)
      #expect(text.columnCount(from: start, to: end, in: .utf16) == scalars.reduce(0) { $0 + $1.utf16.count })
      #expect(text.columnCount(from: start, to: end, in: .utf8) == end - start)
    }
  }
}
