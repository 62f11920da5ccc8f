import GoujiText

/// pandoc's grid around a table nested in a cell (`pandoc -t plain` of a Word document whose tables sit inside a
/// one-cell layout table): the nested table is drawn as a simple table (hyphen rules) inside the grid's bars, and
/// its lines, wider than the grid's cell, are cut across several of the grid's lines (`|   -------------  |` then
/// `| ------- ----------- |`; a label `规章` as `规` on one line and `章` with the row's values on the next). Which
/// piece of a line belongs to which column is lost, so such a table is not read: its region holds the cut rule,
/// two grid lines in a row holding only hyphens and spaces between their bars. The grid it stands in is neither
/// table nor prose.
enum WrappedNestedGrid {
  /// The grid around the first nested table in `region` whose rule is cut across grid lines: the lines next to
  /// each other that start with `|` or `+` around the cut rule, from the first one's first character to the last
  /// one's last, inside `region`. `nil` when `region` holds no cut rule.
  static func cutTable(in text: SourceText, region: TextRange) -> TextRange? {
    guard let rule = cutRule(in: text, region: region) else { return nil }
    let (top, bottom) = (text.line(containing: region.start), text.line(containing: region.end - 1))
    var (first, last) = (rule, rule)
    while first > top, isGridLine(text, first - 1) { first -= 1 }
    while last < bottom, isGridLine(text, last + 1) { last += 1 }
    let start = text.trimmingSpaces(text.lineContentRange(first)).start
    let end = text.trimmingSpaces(text.lineContentRange(last)).end
    return TextRange(start: max(start, region.start), end: max(max(start, region.start), min(end, region.end)))
  }

  /// The line of the first nested table's rule cut across grid lines in `region`: two grid lines in a row holding
  /// only hyphens and spaces between their bars.
  private static func cutRule(in text: SourceText, region: TextRange) -> Int? {
    guard !region.isEmpty else { return nil }
    var previousIsRule = false
    for line in text.line(containing: region.start)...text.line(containing: region.end - 1) {
      let isRule = isRuleBetweenBars(text, text.trimmingSpaces(text.lineContentRange(line)))
      if isRule && previousIsRule { return line - 1 }
      previousIsRule = isRule
    }
    return nil
  }

  /// Whether `line` is a line of a grid: after white space, `|` or `+`.
  private static func isGridLine(_ text: SourceText, _ line: Int) -> Bool {
    let content = text.trimmingSpaces(text.lineContentRange(line))
    return !content.isEmpty && [UInt8(ascii: "|"), UInt8(ascii: "+")].contains(text.bytes[content.start])
  }

  /// Whether `content` is `|`, hyphens and spaces (one hyphen at least), then `|`.
  private static func isRuleBetweenBars(_ text: SourceText, _ content: TextRange) -> Bool {
    let bar = UInt8(ascii: "|")
    let bytes = text.bytes
    guard content.length >= 3, bytes[content.start] == bar, bytes[content.end - 1] == bar else { return false }
    var hyphens = 0
    for index in (content.start + 1)..<(content.end - 1) {
      switch bytes[index] {
      case UInt8(ascii: "-"): hyphens += 1
      case UInt8(ascii: " "): continue
      default: return false
      }
    }
    return hyphens > 0
  }
}
