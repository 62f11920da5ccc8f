import GoujiFormats
import GoujiText

extension Table4Reader {
  /// The fifteen values when LibreOffice's PDF in reading order (`pdftotext` of a `.docx` printed by LibreOffice)
  /// writes table 四's last cells at the end of the table's page, after the text that follows the table
  /// (`… 6` / `3` / `五、存在的主要问题…` / … / `2024 年 1 月 20 日` / `0` / `8` / `0` / `11` / form feed): `raw`,
  /// then the page's last lines when they hold only whole numbers (or `〇`; with the table's header words between
  /// them), exactly the missing ones, in the order written; when a line naming a `备注` column alone stands before them,
  /// lines of the remark's words (no digit) may follow them.
  /// Kept only when nothing but white space (or a note, `注：…`) stands between `raw` and the table's end, text stands
  /// before those last lines, and every group's 总计 holds (R4); otherwise `nil`.
  func pageEndValues(after raw: [RawCell], region: TextRange, expected: Int) -> [RawCell]? {
    guard let last = raw.last, raw.count < expected, region.end < context.text.count,
      !context.containsDigit(
        TextRange(start: last.range.end, end: noteStart(after: last.range.end, before: region.end))),
      let more = lastValueLines(from: region.end, count: expected - raw.count)
    else { return nil }
    guard Self.balances((raw + more).map(Self.number)) else { return nil }
    return raw + more
  }

  /// A value's number for the rules (R4): a whole number, or 0 for a cell written `无` or `〇` (as every sum reads
  /// them, ``Cell/countsAsZero(_:)``).
  static func number(_ cell: RawCell) -> Int? {
    Cell.countsAsZero(cell.text) ? 0 : CellValueParser.integer(cell.text)
  }

  /// Whether a word on the page's last lines is one of table 四's values: a whole number, or `〇` alone (LibreOffice's
  /// `inv-2020-ling` writes its zeros so). Never `无`, which alone on a line is as likely prose (`六、…` / `无`).
  private static func isPageEndValue(_ cell: RawCell) -> Bool {
    ValueLineScanner.isCount(cell) || cell.text == Cell.zeroNumeral
  }

  /// The values of a run taken for glued cells (fewer tokens than cells, more digits than cells: `0` / `10` / `0` /
  /// `12` / `22` / …) when they stand one to a line, as PDF text in reading order writes them, and the page's end
  /// holds the rest (``pageEndValues(after:region:expected:)``), or when the lines after the next section's heading
  /// hold the rest (``valuesAcrossNextHeading(after:region:expected:)``: `20 5` / `0` / `4 29 9` / … / `五、…` / `0` /
  /// `4 15`, `inv-2021-remarks.pdf-raw`): each token is then one cell. Otherwise `nil`.
  func readingOrderCells(_ content: ExtractedValues.Content, region: TextRange, expected: Int) -> [RawCell]? {
    guard case .glued(let glued) = content else { return nil }
    let lines = glued.tokens.map { context.text.line(containing: $0.range.start) }
    let oneToALine = zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }
    guard
      oneToALine && pageEndValues(after: glued.tokens, region: region, expected: expected) != nil
        || valuesAcrossNextHeading(after: glued.tokens, region: region, expected: expected) != nil
    else { return nil }
    return glued.tokens
  }

  /// Where a note under the table (`注：行政复议…2023 年无被纠错案件。`) begins on a line after `start`, else `end`.
  private func noteStart(after start: Int, before end: Int) -> Int {
    let text = context.text
    var line = text.line(containing: start) + 1
    while line < context.lines.count, context.lines[line].range.start < end {
      let content = text.lineText(line).drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
      if ValueLineScanner.notePrefixes.contains(where: content.hasPrefix) { return context.lines[line].range.start }
      line += 1
    }
    return end
  }

  /// Whether line `line` holds table 四's header words and nothing else (``LabelContinuation/table4Header``).
  private func holdsHeaderWordsOnly(line: Int) -> Bool {
    let words = Words(in: context.lines[line].range, text: context.text, excluded: context.excluded).map {
      CharacterFolding.normalizeAndTrim(context.text[$0])
    }
    return !words.isEmpty && words.allSatisfy(LabelContinuation.table4Header.allows)
  }

  /// The values of the lines of numbers that end the page holding `start` (up to its form feed or the text's end),
  /// when they are exactly `count` whole numbers and a line of other text after `start` stands before them.
  private func lastValueLines(from start: Int, count: Int) -> [RawCell]? {
    let text = context.text
    let pageEnd = text.firstOccurrence(of: [0x0C], in: TextRange(start: start, end: text.count)) ?? text.count
    let scanner = ValueLineScanner(
      text: text, lines: context.lines, excluded: context.excluded, isValue: Self.isPageEndValue
    )
    let first = text.line(containing: start)
    var line = text.line(containing: max(start, pageEnd - 1))
    var values: [RawCell] = []
    var remarkAfter = false
    // From the page's last line up: lines of numbers (and blank lines, and the table's header words between them,
    // `21` / `16` / `15` / `总计` / `52`) until a line of other text; below them, a remark's lines.
    while line > first, context.lines[line].range.start >= start {
      if let found = scanner.valuesOnly(line: line) {
        values.insert(contentsOf: found, at: 0)
        guard values.count <= count else { return nil }
      } else if values.isEmpty, holdsRemarkWords(line: line) {
        remarkAfter = true
      } else if values.isEmpty || !holdsHeaderWordsOnly(line: line) {
        break
      }
      line -= 1
    }
    let textBefore = line > first && scanner.valuesOnly(line: line) == nil
    let remarkNamed = !remarkAfter || namesRemarksAlone(line: line)
    return textBefore && remarkNamed && values.count == count ? values : nil
  }

  /// Whether line `line` holds words of a remark (`无被纠错案` / `件`): no digit and no sentence end.
  private func holdsRemarkWords(line: Int) -> Bool {
    let content = context.text.lineText(line)
    return content.contains { !$0.isWhitespace } && !content.contains { $0.isNumber || "。；！？".contains($0) }
  }

  /// Whether line `line` holds the header of a `备注` column and nothing else (``RemarksColumn``): LibreOffice's PDF
  /// writes it before the last cells it moves to the page's end (`备注` / `尚未审` / `总计` / `结` / `4` / `15` /
  /// `无被纠错案` / `件`, `inv-2021-remarks.word-pdf-raw`), which makes the lines after them a remark's.
  private func namesRemarksAlone(line: Int) -> Bool {
    CharacterFolding.normalizeAndTrim(context.text.lineText(line).filter { !$0.isWhitespace }) == "备注"
  }
}
