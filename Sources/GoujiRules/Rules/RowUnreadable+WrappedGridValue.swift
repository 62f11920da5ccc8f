import GoujiFormats
import GoujiSyntax

extension RowUnreadable {
  /// Rows read from one grid line whose values a text browser wrapped onto other lines of their grid cells
  /// (``ReadingProblem/Kind/gridValueWrapped(_:rowKey:values:)``, w3m's `１６１` over `５`): one warning per row over
  /// all the pieces, naming each value's pieces as written, each value a related location. The pieces are not
  /// joined: a value wrapped in its cell and several values of one cell (`１６<br>１５`) are drawn alike.
  static func wrappedGridValues(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> (TableID, String, [ReadingProblem.WrappedValue])? in
      if case .gridValueWrapped(let table, let key, let values) = kind { return (table, key, values) }
      return nil
    }.map { row, problem in
      let (table, key, values) = row
      let subject = context.rowSubject(table, key)
      let written = values.map(piecesAsWritten)
      return Finding(
        message: LocalizedText(
          zh: "\(subject.zh)有\(values.count)个数值在表格的单元格里折成几行书写（\(written.joined(separator: "、"))）："
            + "只读其中一行会得到错误的数值，而折开的几段也可能是同一格里的几个数值，无法确定，本行未读取，请核对原文",
          en: "\(subject.enSentenceStart) has \(values.count == 1 ? "a value" : "\(values.count) values") wrapped "
            + "over several lines inside its grid cells (\(written.joined(separator: ", "))): one line alone would "
            + "give wrong values, and the pieces could as well be several values of one cell, so the row is not "
            + "read; check it against the original"
        ),
        range: problem.range,
        related: zip(values, written).map { value, written in
          RelatedLocation(
            range: value.range,
            message: LocalizedText(zh: "折行书写的数值：\(written)", en: "A value wrapped in its cell: \(written)")
          )
        }
      )
    }
  }

  /// A wrapped value's pieces, top to bottom, as written: `“１６１”/“５”`.
  private static func piecesAsWritten(_ value: ReadingProblem.WrappedValue) -> String {
    value.pieces.map { "“\($0)”" }.joined(separator: "/")
  }
}
