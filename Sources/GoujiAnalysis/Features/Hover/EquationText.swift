import GoujiFormats
import GoujiRules

/// Writes a balancing equation for a cell's hover: `行合计（R3-2）：12 + 1 + 0 + 0 + 0 + 0 = 13 ✓ 总计 13`, the hovered
/// cell in bold, and `✗ 总计 3（应为0）` when the equation does not hold.
struct EquationText {
  let context: RuleContext
  let table: TableID
  let language: Language

  /// The name of the equation: `行合计`, `列平衡`, `办理结果合计`, `组合计`.
  func title(_ rule: BalanceRule) -> String { language.pick(rule.title.zh, rule.title.en) }

  /// `行合计（R3-2）`.
  private func name(of rule: BalanceRule) -> String {
    title(rule) + language.pick("（\(rule.id)）", " (\(rule.id))")
  }

  private var colon: String { language.pick("：", ": ") }

  /// The whole equation for the hovered cell: the parts, ✓ or ✗, the total side, and the value the total should have.
  func inlines(_ equation: CellEquation, hovered: CellKey) -> [RichText.Inline] {
    let hoveredIsTotal = equation.totals.contains { $0.isCell(hovered) }
    var result: [RichText.Inline] = [.bold(name(of: equation.rule)), .text(colon)]
    result += partsSide(equation, hovered: hovered, named: hoveredIsTotal)
    switch equation.holds {
    case true?: result.append(.text(" ✓ "))
    case false?: result.append(.text(" ✗ "))
    case nil: result.append(.text(" ？ "))
    }
    result += totalsSide(equation, hovered: hovered)
    if equation.holds == false, let expected = equation.partsValue {
      result.append(.text(language.pick("（应为\(expected)）", " (should be \(expected))")))
    }
    if equation.holds == nil {
      result.append(.text(language.pick("（有单元格不是整数，未核对）", " (a cell holds no whole number; not checked)")))
    }
    return result
  }

  /// The parts named, and their sum: `自然人 12 + 商业企业 1 + … = 13` (for an inline hint's tooltip).
  func sumInlines(_ equation: CellEquation, hovered: CellKey) -> [RichText.Inline] {
    [.text(name(of: equation.rule) + colon)] + partsSide(equation, hovered: hovered, named: true)
  }

  /// The parts and their sum, written as each rule reads best: a long column sum (R3-3) by its non-zero terms, a
  /// short one (R3-1) by row names then values, a row sum (R3-2, R4) by values — or with the column names when
  /// `named` (the hovered cell is the total, which is explained by its parts).
  private func partsSide(_ equation: CellEquation, hovered: CellKey, named: Bool) -> [RichText.Inline] {
    let parts = equation.parts
    let sum: [RichText.Inline] = [.text(" = " + (equation.partsValue.map(String.init) ?? "?"))]
    if equation.rule.axis == .eachColumn && parts.count > 4 {
      if !parts.contains(where: { $0.cell.arithmeticValue != 0 || $0.isCell(hovered) }) {
        return [.text(language.pick("\(parts.count)项均为0", "all \(parts.count) parts are 0"))] + sum
      }
      return nonZeroTerms(parts, hovered: hovered, axis: equation.rule.axis) + sum
    }
    if equation.rule.axis == .eachColumn {
      return [.text(names(parts, axis: equation.rule.axis) + " = ")] + values(parts, hovered: hovered) + sum
    }
    return (named ? namedTerms(parts, hovered: hovered, axis: equation.rule.axis) : values(parts, hovered: hovered))
      + sum
  }

  /// `总计 13`, or `（七）总计 + 四 = 10 + 3 = 13` for a total side of several cells.
  private func totalsSide(_ equation: CellEquation, hovered: CellKey) -> [RichText.Inline] {
    let totals = equation.totals
    guard totals.count > 1 else { return namedTerms(totals, hovered: hovered, axis: equation.rule.axis) }
    let sum = equation.totalValue.map(String.init) ?? "?"
    return [.text(names(totals, axis: equation.rule.axis) + " = ")] + values(totals, hovered: hovered) + [
      .text(" = \(sum)")
    ]
  }

  /// `12 + **1** + 0`.
  private func values(_ refs: [CellRef], hovered: CellKey) -> [RichText.Inline] {
    joined(refs.map { [value($0, hovered: hovered)] })
  }

  /// `自然人 0 + 商业企业 **1**`.
  private func namedTerms(_ refs: [CellRef], hovered: CellKey, axis: BalanceRule.Axis) -> [RichText.Inline] {
    joined(refs.map { [.text(name($0, axis: axis, short: false) + " "), value($0, hovered: hovered)] })
  }

  /// The value, in bold when it is the hovered cell's; a value gouji computed (``CellRef/isDerived``) says so.
  private func value(_ ref: CellRef, hovered: CellKey) -> RichText.Inline {
    let note = ref.isDerived ? language.pick(CellRef.derivedNote.zh, CellRef.derivedNote.en) : ""
    return ref.isCell(hovered) ? .bold(ref.valueText + note) : .text(ref.valueText + note)
  }

  /// The non-zero terms of a long sum (and the hovered one), and how many zero terms are left out.
  private func nonZeroTerms(_ refs: [CellRef], hovered: CellKey, axis: BalanceRule.Axis) -> [RichText.Inline] {
    let listed = refs.filter { $0.cell.arithmeticValue != 0 || $0.isCell(hovered) }
    var result = namedTerms(listed, hovered: hovered, axis: axis)
    let omitted = refs.count - listed.count
    if omitted > 0 { result.append(.text(language.pick("（其余 \(omitted) 项为 0）", " (the other \(omitted) are 0)"))) }
    return result
  }

  private func names(_ refs: [CellRef], axis: BalanceRule.Axis) -> String {
    refs.map { name($0, axis: axis, short: true) }.joined(separator: " + ")
  }

  private func name(_ ref: CellRef, axis: BalanceRule.Axis, short: Bool) -> String {
    switch axis {
    case .eachRow: context.columnName(table, ref.column)
    case .eachColumn: short ? context.shortRowName(ref.row) : context.rowName(table, ref.row)
    }
  }

  /// The terms with ` + ` between them.
  private func joined(_ terms: [[RichText.Inline]]) -> [RichText.Inline] {
    terms.enumerated().flatMap { index, term in index > 0 ? [.text(" + ")] + term : term }
  }
}
