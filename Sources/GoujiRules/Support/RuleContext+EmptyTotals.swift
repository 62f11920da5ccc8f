import GoujiFormats
import GoujiSyntax

extension RuleContext {
  /// Whether `located` is an empty table 三 总计 (R3-2's total) on a row one of whose applicant cells holds a number
  /// other than 0, as read whatever its confidence: that total is no 0, so filling in 0 would write a wrong figure.
  /// On a row read verified it is GJ311's (which names the sum); on one read `inferred` no sum is checked.
  package func isEmptyTotalOverNonZeroParts(_ located: LocatedCell) -> Bool {
    guard located.table == .table3, located.cell.isEmpty, let rule = balanceRule(.rowTotal), rule.table == .table3,
      rule.axis == .eachRow, located.column.key == rule.fixTarget,
      let parts = balance(.table3)?.equation(rule, on: located.row.key)?.parts
    else { return false }
    return parts.contains { ($0.cell.integerValue ?? 0) != 0 }
  }
}
