import GoujiFormats
import GoujiSyntax
import GoujiText

/// The "say it once" policy of the balance codes, in one place. One wrong cell can break several equations, and a
/// blank cell is GJ305's; each problem is reported by one finding:
/// - an empty row total over filled parts is GJ311's (scope ``BalanceScope/emptyTotal``), not GJ310's
///   (``BalanceScope/failedWithWrittenTotal``) nor GJ305's (``emptyTotalRanges(_:)``);
/// - a sum whose total side has several cells (R3-1) is not reported when it holds once the failing totals of the
///   table's other rules are corrected: GJ310 and GJ312 say what is wrong;
/// - a column total (R3-3's （七）总计) is not reported when every part is blank (GJ305 and GJ311 say so), nor when
///   the cell, written, is also the total of a failing row sum (GJ310 says it, naming both sums);
/// - a column total is checked with each empty row total GJ311 reports counted as the sum GJ311 names, not as 0
///   (``failuresCountingEmptyRowTotals(of:context:)``): the one empty cell is said once, by GJ311, and another wrong
///   cell of the column is still reported, with true figures.
extension BalanceCheck {
  /// The equations of `candidates` (all of one rule) that no other finding says.
  static func saidOnce(_ candidates: [BalanceData], context: RuleContext) -> [BalanceData] {
    guard let rule = candidates.first?.rule else { return [] }
    let stillFailing = candidates[0].cellIsTheTotal ? nil : linesFailingOnceOtherTotalsAreCorrected(rule, context)
    return candidates.filter { data in
      if let stillFailing { return stillFailing.contains(data.line) }
      return !isSaidByARowTotalOrBlankCells(data, context: context)
    }
  }

  /// The failed equations of a column total's rule (one total cell on each column) with the empty row totals GJ311
  /// reports counted as the sums it names; `nil` for another rule, or when GJ311 reports none in its table.
  static func failuresCountingEmptyRowTotals(of rule: BalanceRule, context: RuleContext) -> [BalanceData]? {
    guard rule.axis == .eachColumn, rule.total.count == 1, let evaluator = context.balance(rule.table) else {
      return nil
    }
    let reported = reported(by: RowTotalEmpty.self, in: context).filter { $0.rule.table == rule.table }
    guard !reported.isEmpty else { return nil }
    let sums = Dictionary(reported.map { (CellKey($0.cell), $0.partsValue) }) { first, _ in first }
    return evaluator.imbalances(rule, overrides: sums).compactMap {
      BalanceData(rule: rule, line: $0.line, totals: $0.totals, parts: $0.parts)?.countingEmptyTotals(sums)
    }
  }

  /// Whether a column total's failure is GJ305's (every part blank) or a row total's (the cell, written, is also
  /// the total of a failing row sum); a row total's never is.
  private static func isSaidByARowTotalOrBlankCells(_ data: BalanceData, context: RuleContext) -> Bool {
    guard data.rule.axis == .eachColumn else { return false }
    if data.parts.allSatisfy(\.cell.isEmpty) { return true }
    return !data.cell.cell.isEmpty
      && otherTotalFailures(at: data, context: context).contains { $0.rule.axis == .eachRow }
  }

  /// The failed equations of the table's other rules whose total is the cell `data` is on (one wrong total, two
  /// sums: a row's and a column's).
  package static func otherTotalFailures(at data: BalanceData, context: RuleContext) -> [BalanceData] {
    otherRules(than: data.rule, context: context).flatMap { failures(of: $0, context: context) }.filter {
      $0.cellIsTheTotal && CellKey($0.cell) == CellKey(data.cell)
    }
  }

  /// The cells GJ305 leaves to GJ311: the empty row totals over filled parts.
  package static func emptyTotalRanges(_ context: RuleContext) -> Set<TextRange> {
    Set(reported(by: RowTotalEmpty.self, in: context).map(\.cell.cell.range))
  }

  /// The lines where an equation whose total side has several cells still fails once every failing single-cell
  /// total of the table's other rules is set to the sum of its parts.
  private static func linesFailingOnceOtherTotalsAreCorrected(_ rule: BalanceRule, _ context: RuleContext)
    -> Set<String>
  {
    guard let evaluator = context.balance(rule.table) else { return [] }
    var corrected: [CellKey: Int] = [:]
    for other in otherRules(than: rule, context: context) {
      for failure in failures(of: other, context: context) where failure.cellIsTheTotal {
        corrected[CellKey(failure.cell)] = failure.partsValue
      }
    }
    return Set(evaluator.imbalances(rule, overrides: corrected).map(\.line))
  }

  /// The format's other balancing rules of the same table.
  private static func otherRules(than rule: BalanceRule, context: RuleContext) -> [BalanceRule] {
    (context.format.table3.rules + context.format.table4.rules).filter { $0.table == rule.table && $0.id != rule.id }
  }
}

extension BalanceData {
  /// The equation with its parts that are empty row totals of `sums` counted as those sums (GJ311's) rather than as
  /// 0, so that its message and fix name true figures, each such part marked derived (``CellRef/isDerived``: the
  /// value is not in the text); `nil` when it then holds.
  fileprivate func countingEmptyTotals(_ sums: [CellKey: Int]) -> BalanceData? {
    guard parts.contains(where: { sums[CellKey($0)] != nil }) else { return self }
    var counted = self
    counted.parts = parts.map { part in
      guard let sum = sums[CellKey(part)] else { return part }
      let cell = Cell(text: String(sum), range: part.cell.range, state: .written)
      return CellRef(row: part.row, column: part.column, cell: cell, isDerived: true)
    }
    return counted.partsValue == counted.totalValue ? nil : counted
  }
}
