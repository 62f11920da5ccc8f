import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiText

/// The hover of a table cell: its row, column and value, and the balancing equations it takes part in.
enum CellHover {
  /// The cell at `offset`: one whose range holds the offset, or an empty cell that sits there.
  static func cell(at offset: Int, in context: RuleContext) -> LocatedCell? {
    context.allCells.joined().first { located in
      located.cell.range.contains(offset) || (located.cell.range.isEmpty && located.cell.range.start == offset)
    }
  }

  /// The hover of a cell. An equation that a finding in `reported` is about is the one its data carries, so the
  /// hover explains exactly the sum the finding reports.
  static func content(
    _ located: LocatedCell, context: RuleContext, language: Language, reported: [BalanceData] = []
  ) -> RichText {
    var text = RichText()
    text.heading(located.table.shortName(language) + language.pick(" 单元格", " cell"))
    text.paragraph(
      [.bold(located.column.label), .text(" · " + rowName(located, context: context) + " = ")]
        + value(located.cell, language))
    if let reading = confidence(located.cell.confidence, language) { text.paragraph(.text(reading)) }
    switch located.table {
    case .table2:
      text.paragraph(.text(language.pick("数值类型：", "Value: ") + kind(located.column.kind, language)))
    case .table3, .table4:
      let hovered = CellKey(row: located.row.key, column: located.column.key)
      let equations = CellEquation.equations(
        row: located.row.key, column: located.column.key, table: located.table, context: context
      ).map { equation in
        reported.first { $0.rule.id == equation.rule.id && CellKey($0.cell) == hovered }.map(CellEquation.init)
          ?? equation
      }
      let writer = EquationText(context: context, table: located.table, language: language)
      text.bullets(equations.map { writer.inlines($0, hovered: hovered) })
    }
    return text
  }

  private static func rowName(_ located: LocatedCell, context: RuleContext) -> String {
    guard located.table == .table2 else { return context.rowName(located.table, located.row.key) }
    let clause = ReportFormats.all.flatMap(\.table2).first { $0.key == located.row.subtable }?.clause
    return [clause, context.rowName(.table2, located.row.key)].compactMap { $0 }.joined(separator: " ")
  }

  private static func value(_ cell: Cell, _ language: Language) -> [RichText.Inline] {
    switch cell.state {
    case .written where Cell.countsAsZero(cell.text):
      [.code(cell.text), .text(language.pick("（按 0 计算）", " (counts as 0)"))]
    case .written: [.code(cell.text)]
    case .empty where !cell.text.isEmpty:
      [.code(cell.text), .text(language.pick("（视同空单元格，按 0 计算）", " (an empty cell, counts as 0)"))]
    case .empty: [.text(language.pick("（空，按 0 计算）", "(empty, counts as 0)"))]
    case .missing: [.text(language.pick("（未能读取）", "(could not be read)"))]
    case .ambiguous(let candidates) where cell.confidence == .inferred:
      [
        .code(cell.text),
        .text(
          language.pick("（推测值；其他可能：", " (inferred; also possible: ") + candidates.dropFirst().joined(separator: "、")
            + language.pick("）", ")")),
      ]
    case .ambiguous(let candidates):
      [
        .text(
          language.pick("（数字连写，无法确定：可能为 ", "(run-together digits: one of ") + candidates.joined(separator: "、")
            + language.pick("）", ")"))
      ]
    }
  }

  /// How the value was read and what to do about it; nothing for a value read as written.
  private static func confidence(_ confidence: Confidence, _ language: Language) -> String? {
    switch confidence {
    case .written: nil
    case .solved:
      language.pick(
        "读取方式：由连写的数字拆分而来，或由 PDF 阅读顺序文本中成串的数值放入此格，是列类型和勾稽关系唯一允许的读法。",
        "Read: split from digits written together, or placed from a stream of values in PDF text in reading order; "
          + "the only reading the column kinds and balancing rules allow.")
    case .inferred:
      language.pick(
        "读取方式：推测。连写的数字有多种拆法，这是最可能的一种，不参与任何核对；请以原件为准。",
        "Read: inferred. The digits written together split several ways; this is the most plausible, and no check uses it. Check it against the original."
      )
    case .unreadable:
      language.pick(
        "读取方式：无法可靠读取，不参与任何核对；请核对原文。",
        "Read: not reliably readable; no check uses it. Check it against the original.")
    }
  }

  private static func kind(_ kind: ValueKind, _ language: Language) -> String {
    switch kind {
    case .count: language.pick("件数（非负整数）", "a count (whole number, not negative)")
    case .signedChange: language.pick("增减（可带正负号的整数）", "a change (whole number, may be signed)")
    case .amount(let units):
      language.pick("金额（可有小数", "an amount (may have decimals")
        + (units.isEmpty ? "" : language.pick("，可写单位", ", unit ") + units.joined(separator: "/"))
        + language.pick("）", ")")
    }
  }
}
