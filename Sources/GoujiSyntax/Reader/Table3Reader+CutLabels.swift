import GoujiFormats
import GoujiText

extension Table3Reader {
  /// The rows not among `found` whose labels a narrow cell cut over several lines (`CutLabelJoin`), looked for from
  /// the first row found to the end of the table's region.
  func joinedRows(_ found: [LabelOccurrence], region: TextRange) -> [LabelOccurrence] {
    let derived = Table3Reader.derived.value
    let foundKeys = Set(found.map(rowKey))
    guard derived.rows.contains(where: { !foundKeys.contains($0.key) }) else { return [] }
    let body = TextRange(start: found[0].range.start, end: region.end)
    let missing = { (id: LabelID) -> Bool in
      if case .row(let key) = id { return !foundKeys.contains(key) }
      return false
    }
    return derived.cutLabels.occurrences(
      in: body, of: context.text, missing: missing, patterns: derived.bodyMatcher.patterns
    )
  }

  /// Leaves unread each row read from a joined label whose values break its own each-row rule (R3-2): the join
  /// found the label, and the rules must confirm that the values beside it are the row's.
  func leaveUnbalancedJoinedRowsUnread(_ state: inout RowsState, joined: [String], format: Table3Spec) {
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    for key in joined {
      guard let row = state.rows[key], row.writtenCellCount == nil, state.glued[key] == nil,
        !check.holds(row.cells.map(\.arithmeticValue))
      else { continue }
      state.leaveUnread(key, row)
    }
  }
}
