import GoujiText

/// A count stated in prose: `420条`, `13 条`, `30件`, with its unit, in the indices of a ``ProseView``.
struct ProseCount: Sendable {
  var value: Int
  /// The digits.
  var range: Range<Int>
  var unit: String
  /// After the unit.
  var end: Int

  /// Units of things counted one by one, which reports mix freely in one list (`信息13条，其中文件4件`).
  static let itemUnits: Set<String> = ["件", "条", "个", "项", "篇", "份"]
  /// Every unit read, longest first.
  static let units = ["人次", "件", "条", "个", "项", "篇", "份", "次", "期", "场", "家"]

  /// Whether a list may add counts in `self`'s unit and `other`'s.
  func isSummable(with other: ProseCount) -> Bool {
    unit == other.unit || ProseCount.itemUnits.contains(unit) && ProseCount.itemUnits.contains(other.unit)
  }
}

/// A part of a `其中` list: `部门文件 4 件`, with its percentage when one follows (`，占60%`).
struct ProsePart: Sendable {
  var label: Range<Int>
  var count: ProseCount
  /// The written percentage: its value, the number of decimals written, and its range (digits and `%`).
  var percentage: (value: Double, decimals: Int, range: Range<Int>)?
}

/// A total and the list of its parts: `共公开信息420条，其中文件类200条、政策解读190条`.
struct ProseList: Sendable {
  /// From the start of the total's clause to the end of its unit: `共公开信息420条`.
  var totalClause: Range<Int>
  var total: ProseCount
  var parts: [ProsePart]
}

extension ProseView {
  /// The count whose digits start at `index`, when a unit follows (spaces allowed before it).
  func count(at index: Int) -> ProseCount? {
    guard let (value, end) = integer(at: index) else { return nil }
    let unitStart = skippingSpaces(end)
    for unit in ProseCount.units where view.matches(Array(unit.unicodeScalars), at: unitStart) {
      return ProseCount(value: value, range: index..<end, unit: unit, end: unitStart + unit.unicodeScalars.count)
    }
    return nil
  }

  /// Every count in `range`.
  func counts(in range: Range<Int>) -> [ProseCount] {
    var result: [ProseCount] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let count = count(at: index), count.end <= range.upperBound {
        result.append(count)
        index = count.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// Whether any digit is in `range`.
  func hasDigit(in range: Range<Int>) -> Bool { range.contains { isDigit($0) } }

  /// `range` without spaces at either end.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, self[lower] == " " || self[lower] == "\t" { lower += 1 }
    while upper > lower, self[upper - 1] == " " || self[upper - 1] == "\t" { upper -= 1 }
    return lower..<upper
  }

}
