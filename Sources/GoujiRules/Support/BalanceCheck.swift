import GoujiFormats
import GoujiSyntax
import GoujiText

/// Which of a balancing rule's equations a balance code reports.
package enum BalanceScope: Sendable, Hashable {
  /// Equations that fail, the total written or empty.
  case failed
  /// Equations that fail where the total is written (an empty one is another code's).
  case failedWithWrittenTotal
  /// Equations whose total is empty while every part holds a number and one at least is written, whether or not the
  /// parts add up to 0.
  case emptyTotal
}

/// A rule that reports the equations of one of the format's balancing rules (``BalanceRule``, data). It declares its
/// metadata, the format rule, the scope and its wording; the check itself is ``BalanceCheck``'s, shared by every
/// such rule: which equations fail, which cell is reported, the value it should hold, and which failure another
/// finding already says (``BalanceCheck/saidOnce(_:context:)``).
package protocol BalanceFindingRule: Rule {
  /// The role of the format's rule (``BalanceRule/Role/rowTotal`` is R3-2 in both national formats) whose
  /// equations this code reports; the format data says which rule has it.
  static var balanceRole: BalanceRule.Role { get }
  /// Which failures of the rule this code reports (not what it reads: that is `metadata.scope`).
  static var balanceScope: BalanceScope { get }
  static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText
  /// Where the sum's other cells are; by default every part, named by its column (each-row rule) or row.
  static func related(_ data: BalanceData, context: RuleContext) -> [RelatedLocation]
  /// By default one fix that sets the cell to ``BalanceData/expected`` (``RuleContext/setTotalFix(_:to:parts:)``).
  static func fixes(_ data: BalanceData, context: RuleContext) -> [Fix]
}

extension BalanceFindingRule {
  package static func check(_ context: RuleContext) -> [Finding] {
    BalanceCheck.reported(by: self, in: context).map { data in
      Finding(
        message: message(data, context: context), range: data.cell.cell.range,
        related: related(data, context: context), fixes: fixes(data, context: context), data: .balance(data)
      )
    }
  }

  package static func related(_ data: BalanceData, context: RuleContext) -> [RelatedLocation] {
    data.parts.map { part in
      let name = context.termName(part, of: data.rule)
      let value = part.messageValue
      return RelatedLocation(
        range: part.cell.range, message: LocalizedText(zh: name + value.zh, en: "\(name) \(value.en)"))
    }
  }

  package static func fixes(_ data: BalanceData, context: RuleContext) -> [Fix] {
    data.expected.map { [context.setTotalFix(data.cell, to: $0, parts: data.parts)] } ?? []
  }
}

/// The one check behind every balance code: the format's balancing rules evaluated over the tables as read
/// (``RuleContext/balanceFailures``), each failure turned into the ``BalanceData`` its finding carries.
package enum BalanceCheck {
  /// The equations `rule` reports: those of its scope, less those another finding says.
  static func reported(by rule: any BalanceFindingRule.Type, in context: RuleContext) -> [BalanceData] {
    guard let balanceRule = context.balanceRule(rule.balanceRole) else { return [] }
    return saidOnce(candidates(balanceRule, scope: rule.balanceScope, context: context), context: context)
  }

  /// The equations of `rule` in `scope`, before the say-it-once policy.
  private static func candidates(_ rule: BalanceRule, scope: BalanceScope, context: RuleContext) -> [BalanceData] {
    switch scope {
    case .failed:
      return failures(of: rule, context: context)
    case .failedWithWrittenTotal:
      return failures(of: rule, context: context).filter { !$0.cell.cell.isEmpty }
    case .emptyTotal:
      guard let evaluator = context.balance(rule.table) else { return [] }
      return evaluator.lines(of: rule).compactMap { line in
        guard evaluator.fixTarget(of: rule, on: line)?.cell.isEmpty == true,
          let cells = evaluator.equation(rule, on: line),
          let data = BalanceData(rule: rule, line: line, totals: cells.totals, parts: cells.parts),
          cells.parts.contains(where: { $0.cell.state == .written }),
          cells.parts.allSatisfy({ $0.cell.arithmeticValue != nil })
        else { return nil }
        return data
      }
    }
  }

  /// Every failed equation of `rule`, as the data of a finding on the cell a fix sets.
  static func failures(of rule: BalanceRule, context: RuleContext) -> [BalanceData] {
    failuresCountingEmptyRowTotals(of: rule, context: context) ?? context.balanceFailures[rule.id] ?? []
  }
}

extension BalanceData {
  /// The equation on `line`, reported on the rule's fix target; `nil` when the line has no such cell.
  init?(rule: BalanceRule, line: String, totals: [CellRef], parts: [CellRef]) {
    let isTarget = { (term: CellRef) in
      rule.axis == .eachRow ? term.column == rule.fixTarget : term.row == rule.fixTarget
    }
    guard let target = totals.first(where: isTarget) ?? parts.first(where: isTarget) else { return nil }
    self.init(rule: rule, line: line, cell: target, totals: totals, parts: parts)
  }
}

extension RuleContext {
  /// `<total>应为13（自然人12+商业企业1），实际填写3` / `<total> should be 13 (自然人 12 + 商业企业 1); 3 is written`:
  /// what a total's finding says after naming the total (`“一、本年新收…”的总计`), in Chinese and English.
  package func totalMessage(_ data: BalanceData, of total: LocalizedText) -> (zh: String, en: String) {
    let addends = addendList(data.parts) { termName($0, of: data.rule) }
    let written = writtenValue(data.cell.cell)
    return (
      "\(total.zh)应为\(data.partsValue)（\(addends.zh)），\(written.zh)",
      "\(total.en) should be \(data.partsValue) (\(addends.en)); \(written.en)"
    )
  }

  /// The name of a term of a balancing equation in messages: its column for an each-row rule (`自然人`), its row
  /// for an each-column one (`（一）予以公开`).
  package func termName(_ term: CellRef, of rule: BalanceRule) -> String {
    rule.axis == .eachRow ? columnName(rule.table, term.column) : rowName(rule.table, term.row)
  }
}
