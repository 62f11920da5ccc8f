import GoujiText

extension SerialNumbers {
  /// How many rows a run of numbers glued to the values before them must hold at least. Each such number is one of
  /// the last one to three digits of a row's values, so a run of five could stand by chance (totals ending in `3`,
  /// `4`, `5`, …); ten rows' values each ending in the next number of one count are no chance.
  static let shortestGluedRun = 10

  /// The numbers of a 序号 column glued to the values of the row above (`…33 3602二、上年结转`, `…0482321（六）其他处理
  /// 1.申请人…`), the first to the header's last word (`其他1一、本年新收…`), as flattened text without separators writes
  /// them; none unless they make one run (``countingRun(of:candidates:)``) through at least ``shortestGluedRun`` rows.
  func gluedRun(of rows: [Row], from start: Int) -> [TextRange] {
    guard rows.count >= Self.shortestGluedRun else { return [] }
    return countingRun(of: rows) { index in
      gluedNumbers(before: rows[index].label.start, from: index == 0 ? start : rows[index - 1].label.end)
    }
  }

  /// The numbers the last one to three digits of the digits standing last before `labelStart` (after `start`) make,
  /// group-label text after them skipped: `3602` gives 2, 02 (no number: a leading 0) and 602.
  private func gluedNumbers(before labelStart: Int, from start: Int) -> [Number] {
    var last: TextRange?
    for word in tokens(in: TextRange(start: start, end: max(start, labelStart))) { last = word }
    guard let word = last else { return [] }
    let digits = text.bytes[word.start..<word.end]
    guard let lastDigit = digits.lastIndex(where: Self.isDigit) else { return [] }
    let after = TextRange(start: lastDigit + 1, end: word.end)
    guard after.isEmpty || isGroupText(after) else {
      return []
    }
    let runStart = (digits[..<lastDigit].lastIndex { !Self.isDigit($0) } ?? word.start - 1) + 1
    return (1...3).compactMap { length in
      let first = lastDigit + 1 - length
      guard first >= runStart, digits[first] != UInt8(ascii: "0") else { return nil }
      let value = digits[first...lastDigit].reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return Number(value: value, range: TextRange(start: first, end: lastDigit + 1))
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
