/// A day of the year without the year: a publication deadline such as 3月31日.
package struct MonthDay: Sendable, Hashable, Comparable {
  package var month: Int
  package var day: Int

  package init(month: Int, day: Int) {
    self.month = month
    self.day = day
  }

  /// `03-31`, `3-31` or `3月31日`; `nil` for anything else or a day no year has.
  package init?(_ text: String) {
    let numbers = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count == 2, (1...12).contains(numbers[0]) else { return nil }
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...days[numbers[0] - 1]).contains(numbers[1]) else { return nil }
    self.init(month: numbers[0], day: numbers[1])
  }

  /// `3月31日`.
  package var chinese: String { "\(month)月\(day)日" }

  package static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}
