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
///   the cell, written, is also the total of a failing row sum (GJ310 says it, naming both sums).
extension BalanceCheck {
  /// Whether another finding already says what `data` would.
  static func isSaidElsewhere(_ data: BalanceData, context: RuleContext) -> Bool {
    if !data.cellIsTheTotal { return holdsOnceOtherTotalsAreCorrected(data, context: context) }
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

  /// The failed equations of the table's other rules on the same line and axis as `data` (R3-1 in R3-3's column).
  package static func sameLineFailures(_ data: BalanceData, context: RuleContext) -> [BalanceData] {
    otherRules(than: data.rule, context: context).filter { $0.axis == data.rule.axis }
      .flatMap { failures(of: $0, context: context) }.filter { $0.line == data.line }
  }

  /// The cells GJ305 leaves to the rules that report an empty total: every empty total a balance rule of scope
  /// ``BalanceScope/emptyTotal`` reports, when that rule is registered.
  package static func emptyTotalRanges(_ context: RuleContext) -> Set<TextRange> {
    let rules = RuleRegistry.all.compactMap { $0 as? any BalanceFindingRule.Type }.filter { $0.scope == .emptyTotal }
    return Set(rules.flatMap { reported(by: $0, in: context) }.map(\.cell.cell.range))
  }

  /// Whether an equation whose total side has several cells holds once every failing single-cell total of the
  /// table's other rules is set to the sum of its parts.
  private static func holdsOnceOtherTotalsAreCorrected(_ data: BalanceData, context: RuleContext) -> Bool {
    guard let evaluator = context.balance(data.rule.table) else { return false }
    var corrected: [CellKey: Int] = [:]
    for rule in otherRules(than: data.rule, context: context) {
      for failure in failures(of: rule, context: context) where failure.cellIsTheTotal {
        corrected[CellKey(failure.cell)] = failure.partsValue
      }
    }
    return !evaluator.imbalances(data.rule, overrides: corrected).contains { $0.line == data.line }
  }

  /// The format's other balancing rules of the same table.
  private static func otherRules(than rule: BalanceRule, context: RuleContext) -> [BalanceRule] {
    (context.format.table3.rules + context.format.table4.rules).filter { $0.table == rule.table && $0.id != rule.id }
  }
}
