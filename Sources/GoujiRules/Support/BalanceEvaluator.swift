import GoujiFormats
import GoujiSyntax
import GoujiText

/// A cell of table 三 or 四 addressed by row and column key.
package struct CellRef: Sendable, Hashable {
  package var row: String
  package var column: String
  package var cell: Cell
  /// Whether the cell's value is one gouji computed, not one read from the text: an empty row total that GJ311
  /// reports, counted in a column sum (GJ312's) as the sum of its row's parts, not as 0. Messages, hovers and the
  /// finding's data say so wherever they show the value.
  package var isDerived = false
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
  /// The index of the first row with each key.
  private let rowIndex: [String: Int]
  /// For each row, the index of the first row with its key (the row itself unless a key repeats).
  private let firstRow: [Int]
  private let columnIndex: [String: Int]
  /// For each column, the index of the first column with its key.
  private let firstColumn: [Int]

  package init(table: ReadTable, columns: [ColumnSpec]) {
    self.table = table
    self.columns = columns
    let rowIndex = Dictionary(table.rows.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    let columnIndex = Dictionary(columns.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    self.rowIndex = rowIndex
    self.firstRow = table.rows.indices.map { rowIndex[table.rows[$0].key] ?? $0 }
    self.columnIndex = columnIndex
    self.firstColumn = columns.indices.map { columnIndex[columns[$0].key] ?? $0 }
  }

  package func cell(_ row: String, _ column: String) -> CellRef? {
    guard let index = columnIndex[column], let found = rowIndex[row].map({ table.rows[$0] }), index < found.cells.count
    else { return nil }
    return CellRef(row: row, column: column, cell: found.cells[index])
  }

  /// The cells of the equation of `rule` on the line at `line` (an index into the table's rows for an each-row rule,
  /// into the columns for an each-column one), when they all exist; the rule's keys already looked up (`keyIndices`).
  ///
  /// A cell is found as ``cell(_:_:)`` finds it (the first row with the key).
  private func equation(_ rule: BalanceRule, at line: Int, keyIndices: KeyIndices) -> BalanceCells? {
    switch rule.axis {
    case .eachRow:
      let key = table.rows[line].key
      let row = table.rows[firstRow[line]]
      return BalanceCells(
        line: key, totals: zip(rule.total, keyIndices.totals).map { cell(row, key, $0, $1) },
        parts: zip(rule.parts, keyIndices.parts).map { cell(row, key, $0, $1) }
      )
    case .eachColumn:
      let key = columns[line].key
      let index = firstColumn[line]
      return BalanceCells(
        line: key, totals: zip(rule.total, keyIndices.totals).map { cell($1.map { table.rows[$0] }, $0, key, index) },
        parts: zip(rule.parts, keyIndices.parts).map { cell($1.map { table.rows[$0] }, $0, key, index) }
      )
    }
  }

  /// The positions of a rule's keys: column indices for an each-row rule, row indices (the first row with the key) for
  /// an each-column one; `nil` for a key the table does not have.
  private struct KeyIndices {
    var totals: [Int?]
    var parts: [Int?]
  }

  private func keyIndices(of rule: BalanceRule) -> KeyIndices {
    let lookUp: (String) -> Int? = rule.axis == .eachRow ? { columnIndex[$0] } : { rowIndex[$0] }
    return KeyIndices(totals: rule.total.map(lookUp), parts: rule.parts.map(lookUp))
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
  /// whose cells all exist and hold a value and whose sums differ.
  ///
  /// Each line is summed through indices looked up once per rule; only a failing line's cells are gathered as
  /// ``CellRef``s (each copies two keys and a cell), so an analysis of a balanced table makes none.
  package func imbalances(_ rule: BalanceRule, overrides: [CellKey: Int] = [:]) -> [Imbalance] {
    let keys = keyIndices(of: rule)
    let lineCount = rule.axis == .eachRow ? table.rows.count : columns.count
    return (0..<lineCount).compactMap { line in
      guard let totalValue = sum(rule, rule.total, keys.totals, line: line, overrides: overrides),
        let partsValue = sum(rule, rule.parts, keys.parts, line: line, overrides: overrides),
        totalValue != partsValue, let equation = equation(rule, at: line, keyIndices: keys)
      else { return nil }
      return Imbalance(
        rule: rule, line: equation.line, totals: equation.totals, parts: equation.parts, totalValue: totalValue,
        partsValue: partsValue
      )
    }
  }

  /// The sum of one side of `rule`'s equation on the line at `line`: the cells of `keys` (at `indices`, from
  /// ``keyIndices(of:)``), `overrides` replacing some; `nil` when a cell is missing or holds no whole number
  /// (``Cell/arithmeticValue``), as ``Swift/Array/arithmeticSum(overriding:)`` reads the same cells.
  private func sum(_ rule: BalanceRule, _ keys: [String], _ indices: [Int?], line: Int, overrides: [CellKey: Int])
    -> Int?
  {
    let eachRow = rule.axis == .eachRow
    var total = 0
    for (key, index) in zip(keys, indices) {
      guard let index else { return nil }
      let (row, column) = eachRow ? (firstRow[line], index) : (index, firstColumn[line])
      guard column < table.rows[row].cells.count else { return nil }
      var overridden: Int?
      if !overrides.isEmpty {
        overridden =
          overrides[
            eachRow ? CellKey(row: table.rows[line].key, column: key) : CellKey(row: key, column: columns[line].key)
          ]
      }
      guard let value = overridden ?? table.rows[row].cells[column].arithmeticValue else { return nil }
      total += value
    }
    return total
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
  /// The evaluator of table 三 or 四, when the table was read and the national tables apply (made once, with the
  /// context); table 二 has none.
  package func balance(_ id: TableID) -> BalanceEvaluator? {
    switch id {
    case .table2: nil
    case .table3: balanceEvaluators.table3
    case .table4: balanceEvaluators.table4
    }
  }

  /// The format's balancing rule that checks `role` (R3-2 for ``BalanceRule/Role/rowTotal``).
  package func balanceRule(_ role: BalanceRule.Role) -> BalanceRule? {
    (format.table3.rules + format.table4.rules).first { $0.role == role }
  }

  /// `自然人12+商业企业1` (`自然人 12 + 商业企业 1` in English), naming the non-zero addends (or all of them, when every one is zero).
  package func addendList(_ parts: [CellRef], naming: (CellRef) -> String) -> LocalizedText {
    let nonZero = parts.filter { ($0.cell.arithmeticValue ?? 0) != 0 }
    if nonZero.isEmpty { return LocalizedText(zh: "各项均为0", en: "every part is 0") }
    let named = nonZero.map { ($0, naming($0)) }
    return LocalizedText(
      zh: named.map { $1 + $0.messageValue.zh }.joined(separator: "+"),
      en: named.map { "\($1) \($0.messageValue.en)" }.joined(separator: " + ")
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
        ? LocalizedText(zh: "填写\(value)", en: "Fill in \(value)")
        : LocalizedText(zh: "改为\(value)", en: "Set to \(value)"),
      isSafe: safe, edits: [TextEdit(range: target.cell.range, newText: String(value))]
    )
  }
}

extension CellRef {
  /// The value as messages name it: `3`, or for a derived value (``isDerived``) `125（总计未填写，按各列合计）` /
  /// `125 (no total written; sum of its columns)`.
  package var messageValue: LocalizedText {
    let value = cell.arithmeticValue ?? 0
    guard isDerived else { return LocalizedText(zh: "\(value)", en: "\(value)") }
    return LocalizedText(zh: "\(value)" + Self.derivedNote.zh, en: "\(value)" + Self.derivedNote.en)
  }

  /// What a derived value is, after the number: the words GJ401 uses for a figure taken from a row's parts.
  package static let derivedNote = LocalizedText(zh: "（总计未填写，按各列合计）", en: " (no total written; sum of its columns)")
}
