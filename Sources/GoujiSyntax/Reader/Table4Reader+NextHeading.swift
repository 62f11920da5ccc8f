import GoujiText

extension Table4Reader {
  /// The fifteen values when PDF text in reading order writes the next section's heading among table 四's values, on
  /// the table's page: `raw`, the section's heading (`五、存在的主要问题及改进情况`), then the missing values on lines of
  /// their own, before the section's own text (`4 〇 〇 〇 〇 〇 10 〇` / `五、…` / `5` / `9 24` / `政府信息公开…`,
  /// `inv-2020-ling`; header words between them, `维 纠 结` / `持 正 果` / `0 0 0 17`, `inv-2023-spaces`).
  /// Kept only when nothing but blank lines and header words stands between `raw` and the heading and between the
  /// heading and the values, no page ends before the last of them, the line after them is no line of numbers, and
  /// every group's 总计 holds (R4); otherwise `nil`. Where the table's header names a `备注` column (``RemarksColumn``), a
  /// line of the remark's words (no digit, no sentence end) may stand between the values, and the words after the
  /// last value on its line are the remark's (`0` / `无被` / `4 15 纠错` / `案件`, `inv-2021-remarks`).
  func valuesAcrossNextHeading(after raw: [RawCell], region: TextRange, expected: Int) -> [RawCell]? {
    guard let last = raw.last, raw.count < expected, region.end < context.text.count else { return nil }
    let text = context.text
    let remarks = RemarksColumn.isNamed(in: text[TextRange(start: region.start, end: raw[0].range.start)])
    let headingLine = text.line(containing: region.end)
    guard context.lines[headingLine].range.start == region.end,
      (text.line(containing: last.range.end) + 1..<headingLine).allSatisfy(holdsHeaderWordsOrNothing)
    else { return nil }
    let scanner = ValueLineScanner(
      text: text, lines: context.lines, excluded: context.excluded, isValue: Self.isValueAcrossHeading
    )
    let count = expected - raw.count
    var values: [RawCell] = []
    var line = headingLine + 1
    while line < context.lines.count, values.count < count {
      guard !holdsFormFeed(line: line) else { return nil }
      if let found = scanner.valuesOnly(line: line) {
        values += found
      } else if remarks, !values.isEmpty, let found = valuesBeforeRemark(line: line) {
        values += found
      } else if !holdsHeaderWordsOrNothing(line: line) {
        return nil
      }
      guard values.count <= count else { return nil }
      line += 1
    }
    guard values.count == count, !endsInValues(from: line, scanner: scanner),
      Self.balances((raw + values).map(Self.number))
    else { return nil }
    return raw + values
  }

  /// The whole numbers that start line `line` when the rest of it is a remark's words: no digit, no sentence end
  /// (`4 15 纠错`, or `无被` with no number).
  private func valuesBeforeRemark(line: Int) -> [RawCell]? {
    let words = Array(Words(in: context.lines[line].range, text: context.text, excluded: context.excluded))
    let cells = words.map { RawCell(text: CharacterFolding.normalizeAndTrim(context.text[$0]), range: $0) }
    let values = Array(cells.prefix(while: Self.isValueAcrossHeading))
    let remark = cells.dropFirst(values.count)
    guard !remark.isEmpty,
      remark.allSatisfy({ !context.containsDigit($0.range) && !$0.text.contains(where: "。；！？".contains) })
    else { return nil }
    return values
  }

  /// Whether a word is one of table 四's values after the next heading: a whole number, or `〇` alone.
  private static func isValueAcrossHeading(_ cell: RawCell) -> Bool {
    ValueLineScanner.isCount(cell) || cell.text == Cell.zeroNumeral
  }

  /// Whether the first line after `line` that is not blank holds only numbers (a run longer than the table's).
  private func endsInValues(from line: Int, scanner: ValueLineScanner) -> Bool {
    var line = line
    while line < context.lines.count, let found = scanner.valuesOnly(line: line) {
      if !found.isEmpty { return true }
      line += 1
    }
    return false
  }

  /// Whether line `line` is blank or holds table 四's header words only (``LabelContinuation/table4Header``).
  private func holdsHeaderWordsOrNothing(line: Int) -> Bool {
    Words(in: context.lines[line].range, text: context.text, excluded: context.excluded).allSatisfy {
      LabelContinuation.table4Header.allows(CharacterFolding.normalizeAndTrim(context.text[$0]))
    }
  }

  /// Whether line `line` holds a form feed: a page starts there.
  private func holdsFormFeed(line: Int) -> Bool {
    context.text.bytes[context.lines[line].range.start..<context.lines[line].range.end].contains(0x0C)
  }
}
