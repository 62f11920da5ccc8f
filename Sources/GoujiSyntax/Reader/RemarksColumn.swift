import GoujiText

/// A `备注` (remarks) column a writer adds after the last column of table 三 or 四 (`inv-2021-remarks`): words in a
/// few rows (`含网上申请`), empty in the others; no cell of the format. Its cell is dropped from a row only where the
/// table's header names the column and the cell is no value, so a count is never dropped unseen (GJ304 reports the
/// row's count of values).
enum RemarksColumn {
  /// Whether `header` (a table's text before its values) names a remarks column, spaced out or not (`备　注`).
  static func isNamed(in header: some StringProtocol) -> Bool {
    CharacterFolding.normalizeAndTrim(header).filter { !$0.isWhitespace }.contains("备注")
  }

  /// `raw` without its last cell when there is one cell more than `columns` and that cell is no value (words or
  /// nothing: the row's remark); otherwise `raw` as it is.
  static func dropping(_ raw: [RawCell], columns: Int) -> [RawCell] {
    guard raw.count == columns + 1, let last = raw.last, !CellExtractor.isValueLike(last.text) else { return raw }
    return Array(raw.dropLast())
  }
}
