import GoujiFormats
import GoujiSyntax

/// What a finding is about, as values: the message says it in words for people, the data says it for the features
/// that read findings (inline hints, hovers) and the outputs that carry it (SARIF `properties`, LSP
/// `Diagnostic.data`), so none of them parses a message or maps a code to what the rule checked. Indirect: the
/// payload is boxed, so every finding without data (most) and every copy of a finding stays small (inline, the
/// balance data made each finding and diagnostic about 320 bytes; thousands of leftovers held several copies).
package indirect enum FindingData: Sendable, Hashable {
  /// A balancing equation of the format that does not hold, or a total left empty over filled parts.
  case balance(BalanceData)

  /// The balance data, when the finding is about a balancing equation.
  package var balance: BalanceData? {
    switch self {
    case .balance(let data): data
    }
  }
}

/// One balancing equation of the format (``BalanceRule``, data) on one line of a table, as a balance finding
/// reports it: every cell on both sides, the cell the finding is on, and the value that cell should hold.
package struct BalanceData: Sendable, Hashable {
  /// The format's rule (`R3-2`), with its table and axis.
  package var rule: BalanceRule
  /// The row (for an each-row rule) or column (for an each-column rule) the equation is on.
  package var line: String
  /// The cell the finding is on: the rule's fix target on this line (the total, or for R3-1 the carry-over).
  package var cell: CellRef
  package var totals: [CellRef]
  package var parts: [CellRef]

  package init(rule: BalanceRule, line: String, cell: CellRef, totals: [CellRef], parts: [CellRef]) {
    self.rule = rule
    self.line = line
    self.cell = cell
    self.totals = totals
    self.parts = parts
  }

  /// The sum of the parts (a cell that holds no number counts as 0; a reported equation has none).
  package var partsValue: Int { parts.reduce(0) { $0 + ($1.cell.arithmeticValue ?? 0) } }
  /// The sum of the total side, counted like ``partsValue``.
  package var totalValue: Int { totals.reduce(0) { $0 + ($1.cell.arithmeticValue ?? 0) } }

  /// The value ``cell`` must hold for the equation to hold, the other cells as written; `nil` when that would be
  /// negative, which no count can be.
  package var expected: Int? {
    let value = partsValue - (totalValue - (cell.cell.arithmeticValue ?? 0))
    return value < 0 ? nil : value
  }

  /// The value written in ``cell``; `nil` when it is empty or holds no whole number.
  package var written: Int? { cell.cell.isEmpty ? nil : cell.cell.arithmeticValue }

  /// Whether ``cell`` is the whole total side (a row or column total), rather than one term of it (R3-1's
  /// carry-over, where which term is wrong only the writer knows).
  package var cellIsTheTotal: Bool { totals.count == 1 }
}
