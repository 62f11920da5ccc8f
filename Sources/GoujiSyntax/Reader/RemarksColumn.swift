import GoujiText

/// A `备注` (remarks) column a writer adds after the last column of table 三 or 四 (`inv-2021-remarks`): words in a
/// few rows (`含网上申请`), empty in the others; no cell of the format. Its cell is dropped from a row only where the
/// table's header names the column and the cell is no value, so a count is never dropped unseen (GJ304 reports the
/// row's count of values).
enum RemarksColumn {
  /// Whether `header` (a table's text before its values) names a remarks column, spaced out or not (`备　注`).
  static func isNamed(in header: some StringProtocol) -> Bool {
    let normalized = CharacterFolding.normalizeAndTrim(header)
    // Most headers name no remarks: without `备`, or a compatibility ideograph canonically equal to a unified one, no
    // character equals `备`, and the filter, which asks every character whether it is white space, is not needed.
    guard normalized.unicodeScalars.contains(where: mayEqualBei) else { return false }
    return normalized.filter { !$0.isWhitespace }.contains("备注")
  }

  /// Whether a character holding `scalar` may equal `备`: `备` itself or a CJK compatibility ideograph.
  private static func mayEqualBei(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "备" || (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
  }

  /// `raw` without its last cell when there is one cell more than `columns` and that cell is no value (words or
  /// nothing: the row's remark); otherwise `raw` as it is.
  static func dropping(_ raw: [RawCell], columns: Int) -> [RawCell] {
    guard raw.count == columns + 1, let last = raw.last, !CellExtractor.isValueLike(last.text) else { return raw }
    return Array(raw.dropLast())
  }
}
