/// Where a value or a header word stands on its line: columns `start..<end`, in one ``ColumnMeasure``.
struct ColumnSpan: Sendable, Hashable {
  var start: Int
  var end: Int

  func overlaps(_ other: ColumnSpan) -> Bool { start < other.end && other.start < end }
  func union(_ other: ColumnSpan) -> ColumnSpan { ColumnSpan(start: min(start, other.start), end: max(end, other.end)) }
}

/// How a column is counted from the line start. `pdftotext -layout` and `lynx -dump` keep columns by characters
/// (every character one column, CJK included); a terminal-style layout keeps them by display cells (CJK two).
/// Both are tried, and a placement is kept only when every measure that yields a consistent layout agrees.
enum ColumnMeasure: CaseIterable {
  case characters
  case displayCells
}

/// The horizontal bands of a table's columns, learned from rows that show every column or from the header, and the
/// placement of a short row's values in them.
struct ColumnBands: Sendable, Equatable {
  /// One band per column, left to right, none overlapping the next.
  let bands: [ColumnSpan]

  /// Bands from rows that each show every column: column `j` spans every row's `j`-th value. `nil` when two bands
  /// overlap (the rows do not line up) or a row has another count.
  init?(rows: [[ColumnSpan]]) {
    guard let first = rows.first else { return nil }
    var bands = first
    for row in rows.dropFirst() {
      guard row.count == bands.count else { return nil }
      bands = zip(bands, row).map { $0.union($1) }
    }
    self.init(bands)
  }

  /// `nil` unless the bands are strictly left to right.
  init?(_ bands: [ColumnSpan]) {
    guard !bands.isEmpty, zip(bands, bands.dropFirst()).allSatisfy({ $0.end <= $1.start }) else { return nil }
    self.bands = bands
  }

  /// The column of each value, left to right, and whether every value overlaps its own band (`exact`; otherwise some
  /// value only stands nearer to its band than to the next). A value belongs to the band whose half of the gaps
  /// around it holds the whole value; `nil` when a value straddles the middle of a gap (between two bands) or two
  /// values fall in one band: the placement would be a guess.
  func place(_ values: [ColumnSpan]) -> (columns: [Int], exact: Bool)? {
    var columns: [Int] = []
    var exact = true
    for value in values {
      guard let column = bands.indices.first(where: { holds(value, in: $0) }),
        column > (columns.last ?? -1)
      else { return nil }
      columns.append(column)
      exact = exact && value.overlaps(bands[column])
    }
    return (columns, exact)
  }

  /// Whether `value` lies within band `index` widened to the middle of the gaps on either side (counted in halves
  /// of a column, so that a middle between two columns is exact).
  private func holds(_ value: ColumnSpan, in index: Int) -> Bool {
    let fromLeft = index == 0 || 2 * value.start >= bands[index - 1].end + bands[index].start
    let toRight = index == bands.count - 1 || 2 * value.end <= bands[index].end + bands[index + 1].start
    return fromLeft && toRight
  }
}
