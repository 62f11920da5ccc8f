import GoujiFormats

/// What the solver made of one glued row.
enum GluedRowReading: Equatable {
  /// The only split the column kinds and the balancing rules allow.
  case solved(RowSplit)
  /// Several splits satisfy every rule (listed).
  case undecided([RowSplit])
  /// No split at all, too many, or the work budget ran out: nothing can be said.
  case unreadable
}

/// Splits every glued row of a table together under the format's balancing rules (data: ``BalanceRule``).
///
/// First each row on its own: the splits its column kinds allow, pruned by the each-row rules while they are cut
/// (``RowSplitter``, ``RowRuleCheck``). Then the rows left with several splits together, under the each-column rules
/// (``ColumnRuleSolver``), or, where rows with too many splits of their own are left, those rows with them
/// (``readJointly(_:open:known:budget:)``). A row is solved only when exactly one split survives every rule; when the
/// rules hold for no split the row is decided by its own rules alone. All of it but the joint reading spends one
/// ``WorkBudget`` (each row alone gets a fair share of it), the joint reading another as large: on exhaustion the rows
/// not yet decided are unreadable, never guessed.
struct TableSolver {
  /// One glued row to split.
  struct Row {
    var key: String
    var glued: GluedRow
    var kinds: [ValueKind]
    /// A column written in the text that the format does not have (table 三's `小计`): split, then dropped.
    var dropping: Int?
  }

  /// The most splits one row may keep after its own rules; a row with more is unreadable.
  static let candidateLimit = 200

  let columns: [ColumnSpec]
  let rules: [BalanceRule]

  /// Decides every row in `rows`; `fixed` holds the verified values of the table's other rows (`nil`: unknown).
  func solve(_ rows: [Row], fixed: [String: [Int?]], steps: Int = WorkBudget.perTable) -> [String: GluedRowReading] {
    var budget = WorkBudget(steps)
    var readings: [String: GluedRowReading] = [:]
    var open: [(key: String, splits: [RowSplit])] = []
    var known = fixed
    // Short rows first, each with a fair share of what is left, so that one hopeless row cannot starve the others.
    let byLength = rows.enumerated().sorted {
      ($0.element.glued.length, $0.offset) < ($1.element.glued.length, $1.offset)
    }
    for (position, (_, row)) in byLength.enumerated() {
      var share = WorkBudget(budget.remaining / (byLength.count - position))
      let before = share.remaining
      let reading = readAlone(row, budget: &share)
      budget.spend(before - share.remaining)
      readings[row.key] = reading
      switch reading {
      case .solved(let split): known[row.key] = split.values.map(MarkPieces.countedValue)
      case .undecided(let splits): open.append((row.key, splits))
      case .unreadable: known[row.key] = nil
      }
    }
    // Rows with too many splits of their own, split again by what the others imply, shortest first.
    for (_, row) in byLength where readings[row.key] == .unreadable {
      let reading = readByImpliedValues(row, known: known, budget: &budget)
      guard case .solved(let split) = reading else { continue }
      readings[row.key] = reading
      known[row.key] = split.values.map(MarkPieces.countedValue)
    }
    guard !open.isEmpty else { return readings }
    let unreadable = byLength.map(\.element).filter { readings[$0.key] == .unreadable && $0.dropping == nil }
    // A budget of its own: the rows left unreadable alone have spent what was left of the table's.
    var jointBudget = WorkBudget(steps)
    if let joint = readJointly(unreadable, open: open, known: known, budget: &jointBudget) {
      return readings.merging(joint) { $1 }
    }
    let solver = ColumnRuleSolver(
      open: open.map { ($0.key, $0.splits.map(\.values)) }, fixed: known, rules: rules, columnCount: columns.count
    )
    guard let consistent = solver.consistentCandidates(budget: &budget), consistent.contains(where: { !$0.isEmpty })
    else { return readings }
    for (index, row) in open.enumerated() {
      let kept = row.splits.indices.filter { consistent[index].contains($0) }.map { row.splits[$0] }
      readings[row.key] = kept.count == 1 ? .solved(kept[0]) : .undecided(kept)
    }
    return readings
  }

  /// The splits of one row under its own rules.
  private func readAlone(_ row: Row, budget: inout WorkBudget) -> GluedRowReading {
    let check = RowRuleCheck(rules: rules, columns: columns)
    var splitter = RowSplitter(tokens: row.glued.scalars, kinds: row.kinds, cutsMarks: true)
    splitter.accepts = { check.holds(TableSolver.dropping(row.dropping, from: $0)) }
    if row.dropping == nil { splitter.checkpoints = check.checkpoints(cellCount: row.kinds.count) }
    switch splitter.splits(limit: TableSolver.candidateLimit, budget: &budget) {
    case .tooMany, .exhausted: return .unreadable
    case .splits(let splits) where splits.count == 1: return .solved(project(splits[0], row.dropping))
    case .splits(let splits) where splits.count > 1: return .undecided(splits.map { project($0, row.dropping) })
    case .splits:
      // No split balances: the one split the column kinds allow is a reading only if the text cannot be a row whose
      // empty cells were lost (`36 5 5 4 50` is 36·_·5·5·4·_·50 in the original; `0000003` is seven cells however
      // flattened).
      return forcedSplit(row, budget: &budget).map { .solved(project($0, row.dropping)) } ?? .unreadable
    }
  }

  /// The one split the column kinds allow, when no row with fewer cells could be written the same way: every column
  /// of one kind (which columns were left empty is not known otherwise), and no split into fewer cells.
  private func forcedSplit(_ row: Row, budget: inout WorkBudget) -> RowSplit? {
    guard let kind = row.kinds.first, row.kinds.allSatisfy({ $0 == kind }),
      row.glued.tokens.count <= row.kinds.count
    else { return nil }
    let free = RowSplitter(tokens: row.glued.scalars, kinds: row.kinds, cutsMarks: true)
    guard case .splits(let splits) = free.splits(limit: 2, budget: &budget), splits.count == 1 else { return nil }
    for count in row.glued.tokens.count..<row.kinds.count {
      let fewer = RowSplitter(
        tokens: row.glued.scalars, kinds: Array(repeating: kind, count: count), cutsMarks: true)
      guard case .splits(let found) = fewer.splits(limit: 1, budget: &budget), found.isEmpty else { return nil }
    }
    return splits[0]
  }

  private func project(_ split: RowSplit, _ dropping: Int?) -> RowSplit {
    RowSplit(
      pieces: TableSolver.dropping(dropping, from: split.pieces),
      values: TableSolver.dropping(dropping, from: split.values))
  }

  private static func dropping<Element>(_ index: Int?, from values: [Element]) -> [Element] {
    guard let index, index < values.count else { return values }
    var result = values
    result.remove(at: index)
    return result
  }
}
