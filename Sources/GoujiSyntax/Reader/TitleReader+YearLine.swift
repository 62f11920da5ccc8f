import GoujiText

/// Titles that PDF text writes with spaces around the year and wraps after it: `pdftotext` puts a space wherever the
/// font changes (Latin digits in CJK text: `周村区科技局 2020 年政府信息公开工作年度报告`), and a long title wraps
/// after its year (`…管理局 2023 年` / `政府信息公开工作年度报告`, LibreOffice's and Word's PDF).
extension TitleReader {
  /// A space between the agency and its year: the character before the spaces is an ideograph, and after them
  /// stand four digits and (spaces allowed) `年`.
  static func isSpaceBeforeYear(_ index: Int, in view: NormalizedText) -> Bool {
    guard CharacterFolding.isSpace(view.scalars[index]) else { return false }
    var before = index
    while before > 0 && CharacterFolding.isSpace(view.scalars[before - 1]) { before -= 1 }
    var after = index
    while after < view.count && CharacterFolding.isSpace(view.scalars[after]) { after += 1 }
    guard before > 0, CharacterFolding.isIdeograph(view.scalars[before - 1]), after + 4 <= view.count,
      view.scalars[after..<after + 4].allSatisfy({ (0x30...0x39).contains($0.value) })
    else { return false }
    var year = after + 4
    while year < view.count && CharacterFolding.isSpace(view.scalars[year]) { year += 1 }
    return year < view.count && view.scalars[year] == "年"
  }

  /// The line just before `line` when it holds only an agency and a year (`某某局 2023 年`, `某某局2023年度`): the
  /// title's text up to the year's end, the agency, the year and their ranges.
  static func yearLine(before line: Int, _ text: SourceText, _ lines: LineInfos)
    -> (text: String, agency: String, year: Int, range: TextRange, yearRange: TextRange)?
  {
    guard line > 0, !lines[line - 1].isBlank else { return nil }
    let view = NormalizedText(text, range: lines[line - 1].range, mode: .display)
    var end = view.count
    while end > 0 && CharacterFolding.isSpace(view.scalars[end - 1]) { end -= 1 }
    if end > 0 && view.scalars[end - 1] == "度" { end -= 1 }
    guard end > 0, view.scalars[end - 1] == "年" else { return nil }
    var start = view.scalars.firstIndex { !CharacterFolding.isSpace($0) } ?? 0
    guard case (let year?, let yearRange?) = yearBefore(end: end, from: start, in: view),
      let agency = agency(in: view, from: start, to: yearRange.lowerBound),
      view.string(start..<yearRange.lowerBound).unicodeScalars.allSatisfy({
        CharacterFolding.isIdeograph($0) || CharacterFolding.isSpace($0)
      })
    else { return nil }
    start = min(start, yearRange.lowerBound)
    let suffix = view.string(yearRange.upperBound..<view.count).unicodeScalars.filter {
      !CharacterFolding.isSpace($0)
    }
    return (
      agency + view.string(yearRange) + String(String.UnicodeScalarView(suffix)), agency, year,
      text.trimmingSpaces(view.sourceRange(of: start..<view.count)), view.sourceRange(of: yearRange)
    )
  }
}
