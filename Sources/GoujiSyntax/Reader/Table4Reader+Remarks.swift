import GoujiText

extension Table4Reader {
  /// The words of a `备注` (remarks) column beside table 四's values in layout text (`inv-2021-remarks`' PDF: the
  /// remark `无被纠错案件` wrapped around the values' line, `无被` / `20 5 … 4 15 纠错` / `案件`), which the values are
  /// read without, as white space. Only where the header (`header`, its first word to its last) names the column
  /// (``RemarksColumn``), on the first line after the header holding a value: every word of that line up to its last
  /// value is a value, the words after it hold no digit, and the lines right above and below it (blank lines passed
  /// over) count as the remark's only while every word on them stands right of the last value (columns counted by
  /// character, as `pdftotext -layout` writes them; nothing but spaces and ASCII digits stands before them on the
  /// values' line). A line with a TAB or a grid bar is no layout text: `nil`, as when no word is the remark's.
  func layoutRemarks(after header: TextRange, region: TextRange) -> [TextRange]? {
    let text = context.text
    guard RemarksColumn.isNamed(in: text[header]) else { return nil }
    var valueLine = text.line(containing: max(header.start, header.end - 1)) + 1
    while valueLine < context.lines.count, context.lines[valueLine].range.end <= region.end,
      !words(onLine: valueLine).contains(where: isValue)
    {
      valueLine += 1
    }
    guard valueLine < context.lines.count, context.lines[valueLine].range.end <= region.end,
      !holdsBordersOrTabs(context.lines[valueLine].range)
    else { return nil }
    let onValueLine = words(onLine: valueLine)
    guard let last = onValueLine.lastIndex(where: isValue), onValueLine[...last].allSatisfy(isValue) else { return nil }
    let trailing = Array(onValueLine[(last + 1)...])
    guard trailing.allSatisfy({ !context.containsDigit($0) }) else { return nil }
    let valuesEnd = column(of: onValueLine[last].end)
    var remarks = trailing
    let below = TextRange(start: header.end, end: region.end)
    remarks += besideValues(from: valueLine, step: -1, rightOf: valuesEnd, within: below)
    remarks += besideValues(from: valueLine, step: 1, rightOf: valuesEnd, within: below)
    return remarks.isEmpty ? nil : remarks.sorted { $0.start < $1.start }
  }

  /// The values after the header when a `备注` column's header stands among table 四's header words before them, which
  /// the extractor does not skip (`复议后起诉` / `备注` / `结果 结果 …` / `维持 纠正 …` / `20 5`,
  /// `inv-2021-remarks.pdf-raw`): read from the first whole number on, when every word before it is a header word and
  /// the others spell `备注`; otherwise `nil`.
  func valuesAfterRemarksHeader(in segment: TextRange, expected: Int) -> ExtractedValues? {
    var others = ""
    for word in Words(in: segment, text: context.text, excluded: context.excluded) {
      let cell = RawCell(text: CharacterFolding.normalizeAndTrim(context.text[word]), range: word)
      if ValueLineScanner.isCount(cell) {
        guard others == "备注" else { return nil }
        let rest = TextRange(start: word.start, end: segment.end)
        return context.extractor.values(in: rest, expected: expected, skipLeadingBlankLines: true, endsTable: true)
      }
      if !LabelContinuation.table4Header.allows(cell.text) { others += cell.text }
    }
    return nil
  }

  /// The words of the lines of `range` next to `valueLine` (upwards when `step` is -1), blank lines passed over,
  /// while every word of a line stands right of column `valuesEnd` and holds no digit.
  private func besideValues(from valueLine: Int, step: Int, rightOf valuesEnd: Int, within range: TextRange)
    -> [TextRange]
  {
    var found: [TextRange] = []
    var line = valueLine + step
    while line >= 0, line < context.lines.count, context.lines[line].range.start >= range.start,
      context.lines[line].range.end <= range.end, !holdsBordersOrTabs(context.lines[line].range)
    {
      let onLine = words(onLine: line)
      // The words stand in order, so the first one's column tells for all (one count per line, not one per word).
      guard onLine.first.map({ column(of: $0.start) > valuesEnd }) ?? true,
        !onLine.contains(where: context.containsDigit)
      else { break }
      found += onLine
      line += step
    }
    return found
  }

  /// The words of line `line` (leftovers and page furniture are white space).
  private func words(onLine line: Int) -> [TextRange] {
    Array(Words(in: context.lines[line].range, text: context.text, excluded: context.excluded))
  }

  /// Whether a word is a value as layout text writes one (``CellExtractor/isValueLike(_:)``).
  private func isValue(_ word: TextRange) -> Bool {
    CellExtractor.isValueLike(CharacterFolding.normalizeAndTrim(context.text[word]))
  }

  /// The column of `offset` on its line, counted by character from the line's start.
  private func column(of offset: Int) -> Int {
    let start = context.lines[context.text.line(containing: offset)].range.start
    return context.text.bytes[start..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// Whether `range` holds a TAB or a grid bar: cell borders, not layout.
  private func holdsBordersOrTabs(_ range: TextRange) -> Bool {
    context.text[range].unicodeScalars.contains { "\t|│┃".unicodeScalars.contains($0) }
  }
}
