import GoujiText

/// Numbers written with thousands separators, `1,234` or `12,345`, and amounts with a decimal part, `2,345.60`:
/// department reports, finance offices and Word tables write large values so. Such a number is one cell, read as
/// its digits (`2345.60`); a comma that does not separate groups of three (`1,23`, `12345,678`) makes no number, so
/// its digits are never read as a shorter value.
enum GroupedNumber {
  /// The digits of `text` when it is a grouped number: one to three digits (not a leading 0), then groups of exactly
  /// three digits after ASCII commas, then optionally a point and one or more digits; `nil` otherwise.
  static func digits(_ text: String) -> String? {
    let parts = text.utf8.split(separator: 0x2E, maxSplits: 1, omittingEmptySubsequences: false)
    guard let whole = parts.first, let wholeDigits = groupedDigits(whole) else { return nil }
    guard parts.count == 2 else { return wholeDigits }
    let fraction = parts[1]
    guard !fraction.isEmpty, fraction.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
    return wholeDigits + "." + String(decoding: fraction, as: UTF8.self)
  }

  /// The digits of a grouped whole number (`1,234`), ``digits(_:)``'s part before the point.
  private static func groupedDigits(_ text: Substring.UTF8View.SubSequence) -> String? {
    let groups = text.split(separator: 0x2C, omittingEmptySubsequences: false)
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count), first.first != 0x30 else {
      return nil
    }
    guard groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy { (0x30...0x39).contains($0) } })
    else { return nil }
    return String(decoding: groups.joined(), as: UTF8.self)
  }

  /// Whether `text` is counts with thousands separators written together (`5,0493,044`, `1,09419,209`): digits and
  /// commas only, each comma after a digit and before at least three. Such a run may be cut into well-formed counts
  /// (``PieceValidity``), in flattened text only.
  static func isGluedRun(_ text: String) -> Bool {
    let groups = text.utf8.split(separator: 0x2C, omittingEmptySubsequences: false)
    guard groups.count > 1, let first = groups.first, !first.isEmpty else { return false }
    return groups.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
      && groups.dropFirst().allSatisfy { $0.count >= 3 }
  }

  /// The end of the value that starts at `range.start` and runs straight into other text (`1.25注：…`,
  /// `2,851三、…`): its digits, a decimal part, or groups of three after commas; `nil` when there are no digits there,
  /// or when a comma or point after them starts no value part (`12,34`, `1234,567`): the digits could be only a
  /// part of a number.
  static func leadingValueEnd(in range: TextRange, of text: SourceText) -> Int? {
    let bytes = text.bytes
    func digitRun(from start: Int) -> Int {
      var index = start
      while index < range.end && (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index
    }
    var end = digitRun(from: range.start)
    guard end > range.start else { return nil }
    let firstGroup = end - range.start
    while end < range.end && bytes[end] == 0x2C {
      let groupEnd = digitRun(from: end + 1)
      guard firstGroup <= 3 && groupEnd - end == 4 else { return nil }
      end = groupEnd
    }
    if end < range.end && bytes[end] == 0x2E {
      let fractionEnd = digitRun(from: end + 1)
      guard fractionEnd > end + 1 else { return end }
      end = fractionEnd
    }
    return end
  }
}
