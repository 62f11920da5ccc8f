import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiAnalysis

/// ``TakenRanges`` answers what comparing a range with every range taken (``TextRange/overlaps(_:)``) answers, the
/// way the fix-all used to, for ranges of every kind: empty ones (insertions), ones touching a taken range, ranges
/// spanning many words of bits (the two-level search), at the text's ends.
@Suite struct TakenRangesTests {
  /// A random range inside `0...positions`: often empty, mostly short, sometimes spanning thousands of positions.
  static func randomRange(_ positions: Int, using generator: inout SeededGenerator) -> TextRange {
    let start = Int.random(in: 0...positions, using: &generator)
    let length: Int
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<3: length = 0
    case 3..<8: length = Int.random(in: 1...8, using: &generator)
    default: length = Int.random(in: 1...6_000, using: &generator)
    }
    return TextRange(start: start, end: min(positions, start + length))
  }

  @Test(arguments: [1, 63, 64, 65, 4_096, 9_000, 300_000])
  func answersAsTheListDid(positions: Int) {
    var generator = SeededGenerator(seed: UInt64(positions))
    var taken = TakenRanges(positions: positions)
    var list: [TextRange] = []
    var disagreements = 0
    var answers: Set<Bool> = []
    for step in 0..<3_000 {
      let range = Self.randomRange(positions, using: &generator)
      let expected = list.contains { $0.overlaps(range) }
      if taken.overlaps(range) != expected { disagreements += 1 }
      answers.insert(expected)
      // Taken as the fix-all takes them: only ranges that overlap nothing taken, and a few that do (one fix's
      // edits are not compared with one another).
      if !expected || step % 50 == 0 {
        taken.insert(range)
        list.append(range)
      }
    }
    #expect(disagreements == 0)
    #expect(answers == [true, false])
  }

  @Test func touchingCountsOnlyWhenOneIsEmpty() {
    var taken = TakenRanges(positions: 200)
    taken.insert(TextRange(start: 64, end: 128))
    taken.insert(TextRange(start: 150, end: 150))
    #expect(!taken.overlaps(TextRange(start: 128, end: 140)))
    #expect(!taken.overlaps(TextRange(start: 10, end: 64)))
    #expect(taken.overlaps(TextRange(start: 128, end: 128)))
    #expect(taken.overlaps(TextRange(start: 64, end: 64)))
    #expect(taken.overlaps(TextRange(start: 127, end: 129)))
    #expect(taken.overlaps(TextRange(start: 140, end: 150)))
    #expect(taken.overlaps(TextRange(start: 150, end: 160)))
    #expect(taken.overlaps(TextRange(start: 150, end: 150)))
    #expect(!taken.overlaps(TextRange(start: 151, end: 151)))
    #expect(taken.overlaps(TextRange(start: 0, end: 200)))
  }
}
