import GoujiText

extension ReportReader {
  /// In flattened text, where the closing section's heading and everything after it share one line, the appendix
  /// that starts inside that line after the heading (`…2025年1月20日附件：某某中心2024年政府信息公开工作年度报告一、总体
  /// 情况…`, example 002's `。附件3曲阜市科学技术局2021年政府信息公开情况统计表`): `附件` or `附表`, then a number, a colon
  /// or both, right after a sentence, a date or white space ends
  /// (``endsBeforeAppendix``), naming a report or a table (``appendixSubjects``) within an appendix line's length and
  /// before any full stop. A sentence that points to an appendix (`详见附件：…`) follows no such end and starts none.
  static func inlineAppendixStart(_ text: SourceText, line: LineInfo, after offset: Int) -> Int? {
    var from = max(offset, line.range.start)
    while from < line.range.end,
      let mark = text.firstOccurrence(of: appendixMark, in: TextRange(start: from, end: line.range.end))
    {
      if startsInlineAppendix(text, at: mark, line: line.range) { return mark }
      from = mark + appendixMark.count
    }
    return nil
  }

  /// Whether the `附` at `mark` starts an appendix inside `line` (``inlineAppendixStart(_:line:after:)``).
  private static func startsInlineAppendix(_ text: SourceText, at mark: Int, line: TextRange) -> Bool {
    // Four bytes back hold the whole character before the mark (a broken one before it decodes to U+FFFD).
    let before = text[TextRange(start: max(line.start, mark - 4), end: mark)].last
    guard mark == line.start || before.map(endsBeforeAppendix.contains) == true else { return false }
    let window = TextRange(start: mark, end: min(line.end, mark + appendixLineLimit * 4))
    let content = CharacterFolding.normalizeAndTrim(text[window]).prefix(appendixLineLimit)
    guard content.hasPrefix("附件") || content.hasPrefix("附表") else { return false }
    let numbered = content.dropFirst(2)
    var afterMark = numbered.drop { $0.isNumber }
    if afterMark.first == ":" {
      afterMark = afterMark.dropFirst()
    } else if afterMark.count == numbered.count {
      return false
    }
    let named = afterMark.prefix { $0 != "。" }
    return appendixSubjects.contains { named.contains($0) }
  }

  /// What may stand right before an appendix inside a line: a full stop, a date's `日` (the signature), white space.
  private static let endsBeforeAppendix: Set<Character> = ["。", "日", " ", "\u{3000}", "\u{A0}"]

  /// What an appendix inside a line names: another report, or a table.
  private static let appendixSubjects = ["年度报告", "统计表", "情况表"]
}
