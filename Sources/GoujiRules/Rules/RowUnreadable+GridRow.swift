import GoujiFormats
import GoujiSyntax

extension RowUnreadable {
  /// Rows whose label is broken over the lines of its grid cell and whose values stand on several of those lines
  /// (``ReadingProblem/Kind/gridRowSpread(_:rowKey:valueLines:)``): one warning per row, over its values. Nothing
  /// is glued there; the lines of one grid row do not say which of their values are the row's.
  static func spreadGridRows(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> (TableID, String, Int)? in
      if case .gridRowSpread(let table, let key, let lines) = kind { return (table, key, lines) }
      return nil
    }.map { row, problem in
      let (table, key, lines) = row
      let subject = context.rowSubject(table, key)
      return Finding(
        message: LocalizedText(
          zh: "\(subject.zh)的标签在表格的一格里分成几行书写，数值写在其中\(lines)行上：无法确定哪些数值属于本行，"
            + "本行未读取，请核对原文",
          en: "The label of \(subject.en) is written over several lines of its grid cell, and values stand on "
            + "\(lines) of those lines: which values are the row's cannot be known, so the row is not read; check it "
            + "against the original"
        ),
        range: problem.range
      )
    }
  }
}
