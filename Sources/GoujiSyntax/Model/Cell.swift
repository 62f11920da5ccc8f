import GoujiText

/// One value cell of a table, as read.
package struct Cell: Sendable, Hashable {
  package enum State: Sendable, Hashable {
    /// A value was written (it may still be invalid for its column).
    case written
    /// The cell is there but empty (a lone TAB, an empty field).
    case empty
    /// The digits could be split into cells in more than one way; the candidate values of this cell are kept.
    case ambiguous(candidates: [String])
    /// The row has fewer values than the format's columns and this one could not be read at all.
    case missing
  }

  /// The value as written after normalisation (NFKC) with surrounding spaces removed; `""` when not written (a dash
  /// or slash alone, an empty cell, keeps its mark). For an
  /// ``Confidence/inferred`` cell, the most plausible of its candidates.
  package var text: String
  /// The exact source range of the value; for an empty or missing cell, the empty range where one would be typed.
  package var range: TextRange
  package var state: State {
    didSet { integerValue = Cell.integer(text, state: state) }
  }
  /// The value as a whole number (`+3` and `-18` included), `nil` when it is not one. Parsed once, because every
  /// sum reads it.
  package private(set) var integerValue: Int?
  /// How the value was read.
  package var confidence: Confidence

  /// A cell; its confidence is, unless given, ``Confidence/written`` for a written or empty cell and
  /// ``Confidence/unreadable`` otherwise.
  /// A dash or slash alone written in a cell is an empty cell (``isPlaceholder(_:)``).
  package init(text: String, range: TextRange, state: State, confidence: Confidence? = nil) {
    let state = state == .written && Cell.isPlaceholder(text) ? .empty : state
    self.text = text
    self.range = range
    self.state = state
    self.integerValue = Cell.integer(text, state: state)
    self.confidence = confidence ?? (state == .written || state == .empty ? .written : .unreadable)
  }

  /// A written cell's whole number; `无` and `〇` are 0 (``countsAsZero(_:)``).
  private static func integer(_ text: String, state: State) -> Int? {
    guard state == .written else { return nil }
    return countsAsZero(text) ? 0 : CellValueParser.integer(text)
  }

  package static func empty(at offset: Int) -> Cell { Cell(text: "", range: TextRange(emptyAt: offset), state: .empty) }

  /// Whether the cell has a value that could be read.
  package var isReadable: Bool { state == .written || state == .empty }
  package var isEmpty: Bool { state == .empty }

  /// The value for arithmetic: an empty cell counts as 0; `nil` when the cell holds no whole number, or when its
  /// reading is not verified (``Confidence/isVerified``). Every sum and comparison of the rules reads this, so an
  /// inferred or unreadable cell never takes part in a verdict.
  package var arithmeticValue: Int? {
    guard confidence.isVerified else { return nil }
    return state == .empty ? 0 : integerValue
  }
}

/// Parsing of cell texts (already normalised).
package enum CellValueParser {
  /// A whole number with an optional sign and no other characters; `nil` otherwise (or on overflow).
  package static func integer(_ text: String) -> Int? {
    var utf8 = text.utf8[...]
    var sign = 1
    if let first = utf8.first, first == 0x2B || first == 0x2D {
      sign = first == 0x2D ? -1 : 1
      utf8 = utf8.dropFirst()
    }
    guard !utf8.isEmpty, utf8.count <= 15 else { return nil }
    var value = 0
    for byte in utf8 {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value * sign
  }

  /// The numeric part and unit of an amount (`35800.50元` → (`35800.50`, `元`)); `nil` when malformed.
  package static func amount(_ text: String, units: [String]) -> (number: String, unit: String)? {
    let unit = units.sorted { $0.count > $1.count }.first { text.hasSuffix($0) } ?? ""
    let number = String(text.dropLast(unit.count))
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return (number, unit)
  }
}
