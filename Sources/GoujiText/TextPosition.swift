/// The unit in which a column counts.
///
/// LSP counts UTF-16 code units unless another encoding is negotiated; the command line's JSON counts Unicode scalar
/// values (`utf32`); UTF-8 counts bytes. A CJK ideograph is 3 UTF-8 bytes and 1 UTF-16 unit, and a character outside
/// the Basic Multilingual Plane (such as 𠀀) is 4 UTF-8 bytes, 2 UTF-16 units and 1 scalar.
package enum PositionUnit: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

/// A zero-based line and a zero-based column counted in some ``PositionUnit``.
///
/// The unit is not stored: every API that produces or consumes a `LineColumn` names it.
package struct LineColumn: Hashable, Sendable, Comparable, CustomStringConvertible {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  package static func < (lhs: LineColumn, rhs: LineColumn) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }
}

/// A range of ``LineColumn`` positions in one unit, end exclusive.
package struct LineColumnRange: Hashable, Sendable {
  package var start: LineColumn
  package var end: LineColumn

  package init(start: LineColumn, end: LineColumn) {
    self.start = start
    self.end = end
  }
}
