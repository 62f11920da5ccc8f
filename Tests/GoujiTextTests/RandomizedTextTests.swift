import GoujiTestSupport
import Testing

@testable import GoujiText

/// Where every scalar boundary of a string should land, worked out independently of ``SourceText``: one pass over
/// the scalars, counting each unit by hand.
struct ReferencePositions {
  /// For each scalar boundary (and the end), its line and its column in each unit.
  var positions: [Int: (line: Int, columns: [PositionUnit: Int])] = [:]
  /// The offsets of the LF of each CRLF: the one boundary that has no position of its own.
  var lineFeedsOfCRLF: Set<Int> = []
  var lineCount = 1

  init(_ string: String) {
    let all = Array(string.unicodeScalars)
    var offset = 0
    var line = 0
    var columns: [PositionUnit: Int] = [.utf8: 0, .utf16: 0, .utf32: 0]
    var index = 0
    while index < all.count {
      let scalar = all[index]
      positions[offset] = (line, columns)
      if scalar == "\r" && index + 1 < all.count && all[index + 1] == "\n" {
        positions[offset + 1] = (line, columns)  // the LF of a CRLF: the end of the line's content
        lineFeedsOfCRLF.insert(offset + 1)
        offset += 2
        index += 2
        line += 1
        columns = [.utf8: 0, .utf16: 0, .utf32: 0]
      } else if scalar == "\r" || scalar == "\n" {
        offset += 1
        index += 1
        line += 1
        columns = [.utf8: 0, .utf16: 0, .utf32: 0]
      } else {
        let width = scalar.utf8.count
        columns[.utf8]! += width
        columns[.utf16]! += scalar.utf16.count
        columns[.utf32]! += 1
        offset += width
        index += 1
      }
    }
    positions[offset] = (line, columns)
    lineCount = line + 1
  }
}

@Suite struct RandomizedTextTests {
  static let pool = [
    "一", "、", "情", "况", "𠀀", "😀", "\r", "\n", "\r\n", "\t", "a", "Z", "0", " ", "é", "，", "\u{3000}", "e\u{301}",
  ]

  static func randomText(_ generator: inout SeededGenerator, pieces: Int) -> String {
    (0..<Int.random(in: 0...pieces, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func everyOffsetConvertsLikeTheReference(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<100 {
      let string = Self.randomText(&generator, pieces: 30)
      let text = SourceText(string)
      let reference = ReferencePositions(string)
      #expect(text.lineCount == reference.lineCount, "\(string.debugDescription)")
      for offset in 0...text.count {
        let boundary = text.scalarBoundary(atOrBefore: offset)
        #expect(text.isBoundary(boundary))
        #expect(boundary <= offset && offset - boundary < 4)
        guard let expected = reference.positions[boundary] else {
          Issue.record("no reference position for \(boundary) in \(string.debugDescription)")
          continue
        }
        #expect(text.line(containing: boundary) == expected.line)
        for unit in PositionUnit.allCases {
          let position = text.lineColumn(of: offset, in: unit)
          #expect(position == LineColumn(line: expected.line, column: expected.columns[unit]!))
          let back = text.offset(of: position, in: unit)
          // Only the LF of a CRLF does not come back: its position is the end of the content, before the CR.
          #expect(back == (reference.lineFeedsOfCRLF.contains(boundary) ? boundary - 1 : boundary))
          #expect(text.lineColumn(of: back, in: unit) == position)
        }
      }
    }
  }

  @Test(arguments: [5, 6] as [UInt64])
  func everyPositionLandsOnABoundaryInsideItsLine(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<100 {
      let text = SourceText(Self.randomText(&generator, pieces: 30))
      for unit in PositionUnit.allCases {
        for line in -1...text.lineCount {
          let content = line >= 0 && line < text.lineCount ? text.lineContentRange(line) : nil
          let width = content.map { text.columnCount(from: $0.start, to: $0.end, in: unit) } ?? 0
          for column in -1...(width + 2) {
            let position = LineColumn(line: line, column: column)
            let offset = text.offset(of: position, in: unit)
            #expect(text.isBoundary(offset))
            guard let content else {
              #expect(offset == (line < 0 ? 0 : text.count))
              continue
            }
            #expect(content.start <= offset && offset <= content.end)
            // The offset's own column is the requested one, or the nearest character start before it.
            let landed = text.lineColumn(of: offset, in: unit)
            #expect(landed.line == line)
            #expect(landed.column <= max(0, column))
            #expect(max(0, min(column, width)) - landed.column < (unit == .utf8 ? 4 : 2))
          }
        }
      }
    }
  }

  @Test(arguments: [7, 8] as [UInt64])
  func clampNeverLandsInsideAScalar(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<100 {
      let text = SourceText(Self.randomText(&generator, pieces: 20))
      for _ in 0..<50 {
        let start = Int.random(in: -3...(text.count + 3), using: &generator)
        let end = start + Int.random(in: 0...12, using: &generator)
        let clamped = text.clamp(TextRange(start: start, end: end))
        #expect(text.isBoundary(clamped.start) && text.isBoundary(clamped.end))
        #expect(0 <= clamped.start && clamped.start <= clamped.end && clamped.end <= text.count)
        #expect(clamped.start <= max(0, start) && clamped.end <= max(0, end))
      }
    }
  }

  @Test(arguments: [9, 10] as [UInt64])
  func simultaneousEditsEqualTheSameEditsAppliedBackToFront(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<100 {
      let text = SourceText(Self.randomText(&generator, pieces: 20))
      let boundaries = (0...text.count).filter { text.isBoundary($0) }
      // Disjoint edits: sorted boundaries taken in pairs (an equal pair is an insertion).
      let cutCount = Int.random(in: 0...6, using: &generator)
      let cuts = (0..<cutCount).map { _ in boundaries.randomElement(using: &generator)! }.sorted()
      var edits: [TextEdit] = []
      for pair in stride(from: 0, to: cuts.count - 1, by: 2) {
        let range = TextRange(start: cuts[pair], end: cuts[pair + 1])
        // Two insertions at one offset apply in their given order, which the shuffle below would change.
        if range.isEmpty && edits.last?.range == range { continue }
        edits.append(TextEdit(range: range, newText: Self.randomText(&generator, pieces: 3)))
      }
      var expected = text.bytes
      for edit in edits.reversed() {
        expected.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
      }
      let (result, skipped) = text.applyingSimultaneously(edits.shuffled(using: &generator))
      #expect(skipped.isEmpty)
      #expect(result.bytes == expected)
      #expect(result == SourceText(bytes: expected))
    }
  }

  @Test(arguments: [11, 12] as [UInt64])
  func arbitraryBytesNeverBreakTheText(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let interesting: [UInt8] = [0x0A, 0x0D, 0x80, 0xBF, 0xC0, 0xC3, 0xE4, 0xED, 0xF0, 0xF4, 0xF8, 0xFF]
    for _ in 0..<300 {
      let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
        Bool.random(using: &generator)
          ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
      }
      let text = SourceText(bytes: bytes)
      #expect(String(validating: text.bytes, as: UTF8.self) != nil)
      #expect(text.bytes == Array(String(decoding: bytes, as: UTF8.self).utf8))
      let reference = ReferencePositions(text.string)
      #expect(text.lineCount == reference.lineCount)
      for offset in 0...text.count where text.isBoundary(offset) {
        #expect(text.lineColumn(of: offset, in: .utf16).line == reference.positions[offset]?.line)
      }
    }
  }
}
