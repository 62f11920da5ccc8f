import GoujiFormats
import GoujiText

extension Table3Reader {
  /// A row's values that PDF text in reading order splits around the rest of its label or a fragment of a group
  /// label (`1.本机关不掌握相关政府信 0 0 0` / `理结果` / `7` / `0 0 7` / `息`): `raw`, the values after the label,
  /// then the values after each such fragment, in the order written, up to the row's `expected` count; in layout
  /// text, where they stand in columns, in the order of their columns (``CellExtractor/resumedOrder(_:labelEnd:)``).
  /// Kept only when they are exactly that many whole numbers (or `〇`) and the row's own rule holds (R3-2: the parts
  /// add up to 总计); otherwise `nil`, and the row stays as read. `inColumnsOnly` keeps them only in columns: fewer
  /// tokens than cells that could be digits run together (`267 0 64 0 331` / `规禁止公开  0 0`) are a row's values
  /// only where their positions say so; elsewhere they stay a glued row for the solver.
  func resumedValues(
    _ raw: [RawCell], after end: Int, in segment: TextRange, key: String, expected: Int, inColumnsOnly: Bool = false
  ) -> (cells: [RawCell], end: Int)? {
    guard !raw.isEmpty, raw.count < expected, let continuation = LabelContinuation.table3Row(key) else { return nil }
    var cells = raw
    var end = end
    while cells.count < expected {
      let rest = TextRange(start: max(end, segment.start), end: segment.end)
      guard let start = context.extractor.valuesStart(in: rest, skipping: continuation) else { return nil }
      let remaining = TextRange(start: start, end: segment.end)
      let more = context.extractor.values(in: remaining, expected: expected - cells.count)
      guard case .cells(let next) = more.content, !next.isEmpty, !next.contains(where: \.isEmpty) else { return nil }
      cells += next
      end = more.end
    }
    switch context.extractor.resumedOrder(cells, labelEnd: segment.start) {
    case .asWritten: if inColumnsOnly { return nil }
    case .columns(let ordered): cells = ordered
    case .undecided: return nil
    }
    // `〇` is 0 to the rules as in any cell (`inv-2020-ling` writes its zeros so).
    let values = cells.map { $0.text == Cell.zeroNumeral ? 0 : CellValueParser.integer($0.text) }
    let format = ReportFormats.latest.table3
    guard cells.count == expected, values.allSatisfy({ $0 != nil }),
      RowRuleCheck(rules: format.rules, columns: format.columns).holds(values)
    else { return nil }
    return (cells, end)
  }
}
