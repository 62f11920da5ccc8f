import GoujiFormats
import GoujiText

/// Ranks the splits of a table 二 row (which has no balancing rules) by plausibility, most plausible first. The
/// clues, strongest first: a column relation of the format that fails (对外公开总数量 < 本年新公开数量) makes a split
/// implausible; values the report's own prose states make it plausible; cells of equal width and repeated values
/// of the whole-number columns (`767676` as 76·76·76) are how such rows are usually written; a large 本年增/减 is
/// unusual. Ties keep the order the splits were found in. The ranking only orders guesses: the best one is shown as
/// *inferred*, never verified, and only when it is clearly the best (``clearMargin``).
enum SplitRanking {
  /// `candidates` ordered most plausible first.
  static func ranked(
    _ candidates: [[String]], columns: [ColumnSpec], orderings: [ColumnOrdering], statedNumbers: Set<Int>
  ) -> [[String]] {
    scored(candidates, columns: columns, orderings: orderings, statedNumbers: statedNumbers).map(\.values)
  }

  /// How much less plausible than the best every other split must be for the best to be read (as inferred): the
  /// weight of two digits of width difference, or of one number the prose states. Splits closer than that are a
  /// guess between near equals (`3125` as 3·1·25, 3·12·5 or 31·2·5): none is read, all are listed.
  static let clearMargin = 4.0

  /// `candidates` ordered most plausible first, and whether the first is clearly the most plausible
  /// (``clearMargin``).
  static func rankedWithClearBest(
    _ candidates: [[String]], columns: [ColumnSpec], orderings: [ColumnOrdering], statedNumbers: Set<Int>
  ) -> (ranked: [[String]], hasClearBest: Bool) {
    let scored = scored(candidates, columns: columns, orderings: orderings, statedNumbers: statedNumbers)
    let isClear = scored.count < 2 || scored[1].score - scored[0].score >= clearMargin
    return (scored.map(\.values), isClear)
  }

  /// The candidates with their implausibility, most plausible first; ties keep the order they were found in.
  private static func scored(
    _ candidates: [[String]], columns: [ColumnSpec], orderings: [ColumnOrdering], statedNumbers: Set<Int>
  ) -> [(values: [String], score: Double)] {
    let scored = candidates.enumerated().map { index, values in
      (index, values, implausibility(values, columns: columns, orderings: orderings, statedNumbers: statedNumbers))
    }
    return scored.sorted { ($0.2, $0.0) < ($1.2, $1.0) }.map { ($0.1, $0.2) }
  }

  /// How implausible one split is (lower is more plausible).
  static func implausibility(
    _ values: [String], columns: [ColumnSpec], orderings: [ColumnOrdering], statedNumbers: Set<Int>
  ) -> Double {
    let numbers = values.map { CellValueParser.integer($0) }
    var score = 0.0
    for ordering in orderings {
      guard let larger = columns.firstIndex(where: { $0.key == ordering.larger }),
        let smaller = columns.firstIndex(where: { $0.key == ordering.smaller }), larger < numbers.count,
        smaller < numbers.count, let big = numbers[larger], let small = numbers[smaller]
      else { continue }
      if big < small { score += 100 }
    }
    score -= 10 * Double(numbers.filter { $0.map { $0 != 0 && statedNumbers.contains($0) } ?? false }.count)
    let widths = zip(columns, values).filter { $0.0.kind.isWholeNumber }.map(\.1.count)
    score += 2 * Double((widths.max() ?? 0) - (widths.min() ?? 0))
    score -= Double(values.count - Set(values).count)
    for (column, number) in zip(columns, numbers) where column.kind == .signedChange {
      if let number { score += Double(String(abs(number)).count) / 2 }
    }
    return score
  }
}

extension TableContext {
  /// The whole numbers written in `range` (the prose before a table), for ranking splits by what the report states.
  func statedNumbers(in range: TextRange) -> Set<Int> {
    guard range.length > 0 else { return [] }
    let folded = CharacterFolding.normalizeAndTrim(text[range])
    var numbers: Set<Int> = []
    var digits = ""
    for scalar in folded.unicodeScalars {
      if PieceValidity.isDigit(scalar) {
        digits.unicodeScalars.append(scalar)
      } else {
        if let value = CellValueParser.integer(digits) { numbers.insert(value) }
        digits = ""
      }
    }
    if let value = CellValueParser.integer(digits) { numbers.insert(value) }
    return numbers
  }
}

extension ValueKind {
  /// A count or a change (not an amount, whose width says nothing about the counts beside it).
  fileprivate var isWholeNumber: Bool {
    if case .amount = self { return false }
    return true
  }
}
