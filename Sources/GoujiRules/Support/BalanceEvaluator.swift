import GoujiFormats
import GoujiSyntax
import GoujiText

/// A cell of table 三 or 四 addressed by row and column key.
package struct CellRef: Sendable, Hashable {
  package var row: String
  package var column: String
  package var cell: Cell
}

/// One balancing equation that does not hold.
package struct Imbalance: Sendable {
  package var rule: BalanceRule
  /// The row (for an each-row rule) or column (for an each-column rule) where it fails.
  package var line: String
  package var totals: [CellRef]
  package var parts: [CellRef]
  package var totalValue: Int
  package var partsValue: Int
}

/// The cells of one balancing equation on one line of a table.
package struct BalanceCells: Sendable, Hashable {
  /// The row (each-row rule) or column (each-column rule) key.
  package var line: String
  package var totals: [CellRef]
  package var parts: [CellRef]

  /// The equation's cells, when every one of them exists (`nil` for a cell the table does not have).
  init?(line: String, totals: [CellRef?], parts: [CellRef?]) {
    let totalCells = totals.compactMap { $0 }
    let partCells = parts.compactMap { $0 }
    guard totalCells.count == totals.count, partCells.count == parts.count else { return nil }
    self.line = line
    self.totals = totalCells
    self.parts = partCells
  }
}

/// Evaluates the format's balancing rules (data) over a table as read. Equations with a cell that could not be
/// read, or that holds no whole number, are not evaluated: those cells are reported by their own rules.
package struct BalanceEvaluator: Sendable {
  package let table: ReadTable
  package let columns: [ColumnSpec]
  private let rowsByKey: [String: TableRow]
  private let columnIndex: [String: Int]

  package init(table: ReadTable, columns: [ColumnSpec]) {
    self.table = table
    self.columns = columns
    self.rowsByKey = Dictionary(table.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    self.columnIndex = Dictionary(columns.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  package func cell(_ row: String, _ column: String) -> CellRef? {
    guard let index = columnIndex[column], let found = rowsByKey[row], index < found.cells.count else { return nil }
    return CellRef(row: row, column: column, cell: found.cells[index])
  }

  /// The cells of every equation of `rule` in the table: one per row (each-row rule) or column (each-column rule)
  /// where every cell of the equation exists, whether it holds or not.
  ///
  /// The rule's keys are looked up once per rule (its columns for an each-row rule, its rows for an each-column
  /// one) and each line's once, instead of hashing two strings for every cell of every equation; a cell is found as
  /// ``cell(_:_:)`` finds it (the first row with the key).
  package func equations(_ rule: BalanceRule) -> [BalanceCells] {
    switch rule.axis {
    case .eachRow:
      let totalColumns = rule.total.map { ($0, columnIndex[$0]) }
      let partColumns = rule.parts.map { ($0, columnIndex[$0]) }
      return table.rows.compactMap { row in
        let found = rowsByKey[row.key]
        return BalanceCells(
          line: row.key, totals: totalColumns.map { cell(found, row.key, $0.0, $0.1) },
          parts: partColumns.map { cell(found, row.key, $0.0, $0.1) }
        )
      }
    case .eachColumn:
      let totalRows = rule.total.map { ($0, rowsByKey[$0]) }
      let partRows = rule.parts.map { ($0, rowsByKey[$0]) }
      return columns.compactMap { column in
        let index = columnIndex[column.key]
        return BalanceCells(
          line: column.key, totals: totalRows.map { cell($0.1, $0.0, column.key, index) },
          parts: partRows.map { cell($0.1, $0.0, column.key, index) }
        )
      }
    }
  }

  /// The cells of the equation of `rule` on `line` (a row key for an each-row rule, a column key for an each-column
  /// one), when they all exist.
  package func equation(_ rule: BalanceRule, on line: String) -> BalanceCells? {
    switch rule.axis {
    case .eachRow:
      BalanceCells(line: line, totals: rule.total.map { cell(line, $0) }, parts: rule.parts.map { cell(line, $0) })
    case .eachColumn:
      BalanceCells(line: line, totals: rule.total.map { cell($0, line) }, parts: rule.parts.map { cell($0, line) })
    }
  }

  /// The lines `rule` runs along: every row of the table (each-row rule, in the table's order) or every column.
  package func lines(of rule: BalanceRule) -> [String] {
    rule.axis == .eachRow ? table.rows.map(\.key) : columns.map(\.key)
  }

  /// The cell a fix of `rule` sets on `line`, when the table has it.
  package func fixTarget(of rule: BalanceRule, on line: String) -> CellRef? {
    rule.axis == .eachRow ? cell(line, rule.fixTarget) : cell(rule.fixTarget, line)
  }

  /// The equations of `rule` that fail, with `overrides` replacing cell values (for "would it hold if…"): those
  /// whose cells all hold a value and whose sums differ.
  package func imbalances(_ rule: BalanceRule, overrides: [CellKey: Int] = [:]) -> [Imbalance] {
    equations(rule).compactMap { equation in
      guard let totalValue = equation.totals.arithmeticSum(overriding: overrides),
        let partsValue = equation.parts.arithmeticSum(overriding: overrides),
        totalValue != partsValue
      else { return nil }
      return Imbalance(
        rule: rule, line: equation.line, totals: equation.totals, parts: equation.parts, totalValue: totalValue,
        partsValue: partsValue
      )
    }
  }

  /// The cell of a row already looked up, at a column index already looked up.
  private func cell(_ row: TableRow?, _ rowKey: String, _ column: String, _ index: Int?) -> CellRef? {
    guard let index, let row, index < row.cells.count else { return nil }
    return CellRef(row: rowKey, column: column, cell: row.cells[index])
  }
}

extension [CellRef] {
  /// The sum of the cells' values, `overrides` replacing some; `nil` when one holds no whole number (or is inferred
  /// or unreadable: ``Cell/arithmeticValue``).
  package func arithmeticSum(overriding overrides: [CellKey: Int] = [:]) -> Int? {
    var total = 0
    for ref in self {
      let overridden = overrides.isEmpty ? nil : overrides[CellKey(ref)]
      guard let value = overridden ?? ref.cell.arithmeticValue else { return nil }
      total += value
    }
    return total
  }
}

/// A cell's address, for overrides.
package struct CellKey: Hashable, Sendable {
  package var row: String
  package var column: String

  package init(row: String, column: String) {
    self.row = row
    self.column = column
  }

  package init(_ ref: CellRef) { self.init(row: ref.row, column: ref.column) }
}

extension RuleContext {
  /// The evaluator of table 三 or 四, when the table was read and the national tables apply.
  package func balance(_ id: TableID) -> BalanceEvaluator? {
    guard tablesApply, let table = report.table(id) else { return nil }
    let columns = id == .table4 ? format.table4.columns : format.table3.columns
    return BalanceEvaluator(table: table, columns: columns)
  }

  /// The format's balancing rule that checks `role` (R3-2 for ``BalanceRule/Role/rowTotal``).
  package func balanceRule(_ role: BalanceRule.Role) -> BalanceRule? {
    (format.table3.rules + format.table4.rules).first { $0.role == role }
  }

  /// `自然人12+商业企业1` (`自然人 12 + 商业企业 1` in English), naming the non-zero addends (or all of them, when every one is zero).
  package func addendList(_ parts: [CellRef], naming: (CellRef) -> String) -> LocalizedText {
    let nonZero = parts.filter { ($0.cell.arithmeticValue ?? 0) != 0 }
    if nonZero.isEmpty { return LocalizedText(zh: "各项均为0", en: "every part is 0") }
    let named = nonZero.map { (naming($0), $0.cell.arithmeticValue ?? 0) }
    return LocalizedText(
      zh: named.map { "\($0)\($1)" }.joined(separator: "+"), en: named.map { "\($0) \($1)" }.joined(separator: " + ")
    )
  }

  /// How a total cell's value is described: `实际填写3`, or `实际未填写`.
  package func writtenValue(_ cell: Cell) -> LocalizedText {
    cell.isEmpty
      ? LocalizedText(zh: "实际未填写", en: "nothing is written")
      : LocalizedText(zh: "实际填写\(cell.text)", en: "\(cell.text) is written")
  }

  /// A fix that sets a total cell to the sum of its parts. Safe only when the total is empty and every part is
  /// written: a written total, or a total over blank parts, may be the figure the writer meant, and recomputing it
  /// could cement a typo in a part (ruff's definition of a safe fix: it cannot change what the writer meant).
  package func setTotalFix(_ target: CellRef, to value: Int, parts: [CellRef]) -> Fix {
    let safe = target.cell.isEmpty && parts.allSatisfy { $0.cell.state == .written }
    return Fix(
      title: target.cell.isEmpty
        ? LocalizedText(zh: "填写\(value)", en: "Fill in \(value)") : LocalizedText(zh: "改为\(value)", en: "Set to \(value)"),
      isSafe: safe, edits: [TextEdit(range: target.cell.range, newText: String(value))]
    )
  }
}
