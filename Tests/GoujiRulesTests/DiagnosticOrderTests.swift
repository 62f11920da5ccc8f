import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

/// The engine orders diagnostics by merging each rule's list (``RuleResults/ordered(_:)``): the result must be what
/// sorting all of them by position, then code, gives — ties within a rule kept in the rule's order.
@Suite struct DiagnosticOrderTests {
  static func diagnostic(_ code: String, _ start: Int, _ end: Int, _ tag: String) -> Diagnostic {
    Diagnostic(
      code: code, name: code, severity: .warning, message: LocalizedText(zh: tag, en: tag),
      range: TextRange(start: start, end: end), related: [], fixes: []
    )
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func mergingEachRulesListsSortsThemAll(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = ["GJ101", "GJ303", "GJ310", "GJ501", "GJ503"]
    let lists = codes.map { code in
      (0..<Int.random(in: 0...40, using: &generator)).map { index in
        let start = Int.random(in: 0...30, using: &generator)
        return Self.diagnostic(code, start, start + Int.random(in: 0...2, using: &generator), "\(index)")
      }
    }
    let sorted = lists.flatMap(\.self).sorted {
      ($0.range.start, $0.range.end, $0.code) < ($1.range.start, $1.range.end, $1.code)
    }
    #expect(RuleResults.ordered(lists) == sorted)
  }

  /// A long list (a long report's leftovers) among short ones of every size, the long one not necessarily first:
  /// the shortest lists are merged first and inserted into the longer by binary search, ties on a range included.
  @Test(arguments: [4, 5, 6, 7] as [UInt64])
  func mergingALongListWithShortOnesSortsThemAll(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = (0..<12).map { "GJ\(500 + $0)" }.shuffled(using: &generator)
    let lists = codes.enumerated().map { position, code in
      let count = position == 0 ? 600 : Int.random(in: 0...(position * 4), using: &generator)
      return (0..<count).map { index in
        let start = Int.random(in: 0...200, using: &generator)
        return Self.diagnostic(code, start, start + Int.random(in: 0...1, using: &generator), "\(index)")
      }
    }.shuffled(using: &generator)
    let sorted = lists.flatMap(\.self).sorted {
      ($0.range.start, $0.range.end, $0.code) < ($1.range.start, $1.range.end, $1.code)
    }
    #expect(RuleResults.ordered(lists) == sorted)
  }
}
