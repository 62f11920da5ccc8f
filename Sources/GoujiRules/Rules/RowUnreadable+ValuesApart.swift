import GoujiFormats
import GoujiSyntax
import GoujiText

extension RowUnreadable {
  /// Rows whose values stand one a line and could not be tied to the row's cells
  /// (``ReadingProblem/Kind/rowValuesApart(_:rowKey:values:)``): one finding per table, at its first such row, every
  /// such row a related location. Nothing is run together there, so the wording is not the glued rows'.
  static func rowsWithValuesApart(_ context: RuleContext) -> [Finding] {
    let problems = context.problems { kind -> (TableID, String, Int)? in
      if case .rowValuesApart(let table, let key, let values) = kind { return (table, key, values) }
      return nil
    }
    return TableID.allCases.compactMap { table in
      let rows = problems.filter { $0.0.0 == table }
      guard let (first, firstProblem) = rows.first else { return nil }
      return Finding(
        message: valuesApartMessage(first, context: context), range: firstProblem.range,
        related: rows.count > 1
          ? rows.map { RelatedLocation(range: $0.1.range, message: valuesApartMessage($0.0, context: context)) } : []
      )
    }
  }

  /// The message for one row whose values stand one a line.
  private static func valuesApartMessage(_ info: (TableID, String, Int), context: RuleContext) -> LocalizedText {
    let (table, key, values) = info
    let subject = context.rowSubject(table, key)
    return LocalizedText(
      zh: "\(subject.zh)的\(values)个数值各占一行，文本不能说明它们是否都属于本行、各在哪个单元格（本表有多行的数值"
        + "个数与列数不符，这些数值也不满足本行的合计）：本行无法可靠读取，请核对原文",
      en: "The \(values) values of \(subject.en) stand on lines of their own, and the text does not tell whether they "
        + "all belong to the row or which cell each is in (several rows of the table do not fit their columns, and "
        + "these values break the row's own total): the row cannot be read reliably, check it against the original"
    )
  }
}
