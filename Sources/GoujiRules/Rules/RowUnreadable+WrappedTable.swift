import GoujiFormats
import GoujiSyntax
import GoujiText

extension RowUnreadable {
  /// Tables left unread because pandoc's grid around a nested table cuts their lines
  /// (``ReadingProblem/Kind/tableUnreadable(_:)``): one finding per table, on the first line of its grid. Its rows
  /// cannot be read reliably, so none is reported missing or wrong.
  static func wrappedTables(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> TableID? in
      if case .tableUnreadable(let table) = kind { return table }
      return nil
    }.map { table, problem in
      Finding(
        message: LocalizedText(
          zh: "表\(ChineseNumeral.string(table.sectionNumber))套在外层表格里，每行被外层网格折成几行"
            + "（pandoc把Word文档中嵌套的表格转成文本时如此）：标签和数值无法可靠对应，本表未读取，不做核对；"
            + "请对照原文核对，或用LibreOffice另存为文本后再检查",
          en: "Table \(table.sectionNumber) sits inside an outer table whose grid cuts each of its lines into "
            + "several (pandoc converts a Word document's nested table so): its labels and values cannot be "
            + "matched reliably, so it is not read or checked; check it against the original, or save the "
            + "document as text with LibreOffice and check that"
        ),
        range: firstLine(of: problem.range, in: context.text)
      )
    }
  }

  /// The first line of `range`, within it.
  private static func firstLine(of range: TextRange, in text: SourceText) -> TextRange {
    TextRange(start: range.start, end: min(range.end, text.lineContentRange(text.line(containing: range.start)).end))
  }
}
