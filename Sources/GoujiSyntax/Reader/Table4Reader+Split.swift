import GoujiText

extension Table4Reader {
  /// Table 四 published as two tables: 行政复议 in one (its header over its five results), 行政诉讼 in the next (its
  /// own header over ten results): the first table's five values, then the second's ten. Kept only when the first
  /// header names 行政复议 and not 行政诉讼, the second names 行政诉讼 and not 行政复议, and each part holds exactly its
  /// count of values. The rules (R4) are not asked: a group whose 总计 is wrong is the report's defect
  /// (`inv-2023-t4split`), and the headers, not the sums, say which values are which. With the values, the second
  /// header's words (the table keeps both headers) and the form of the second table's values.
  func splitTableValues(
    header: TextRange, block: [LabelOccurrence], region: TextRange
  ) -> (values: [RawCell], headerWords: [LabelOccurrence], form: TextForm)? {
    let group = Table4Reader.spec.columns.count
    guard Self.names(block, Self.review), !Self.names(block, Self.lawsuit),
      let (second, words) = headerAndWords(in: TextRange(start: header.end, end: region.end), inItsSection: false),
      Self.names(words, Self.lawsuit), !Self.names(words, Self.review)
    else { return nil }
    let first = context.extractor.values(
      in: TextRange(start: header.end, end: second.start), expected: group, skipLeadingBlankLines: true,
      endsTable: true
    )
    let next = context.extractor.values(
      in: TextRange(start: second.end, end: region.end), expected: 2 * group, skipLeadingBlankLines: true,
      endsTable: true
    )
    guard case .cells(let review) = first.content, review.count == group,
      case .cells(let lawsuits) = next.content, lawsuits.count == 2 * group
    else { return nil }
    return (review + lawsuits, words, next.form)
  }

  /// The header words of the two groups of tables 四's columns.
  private static let review = "行政复议"
  private static let lawsuit = "行政诉讼"

  /// Whether a block of header words holds `word`.
  private static func names(_ block: [LabelOccurrence], _ word: String) -> Bool {
    block.contains { occurrence in
      if case .header(let header) = occurrence.id { return header == word }
      return false
    }
  }
}
