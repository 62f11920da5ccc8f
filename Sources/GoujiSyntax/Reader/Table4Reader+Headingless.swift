import GoujiFormats
import GoujiText

extension Table4Reader {
  /// Table 四 in a text that lost its section's heading (trafilatura drops every `<h2>`): read only in exactly the
  /// shape a table has there — its header words, every one of them, right after table 三 (`after`, nothing but
  /// spaces, grid bars, caption lines and table 三's note between), then fifteen whole values (empty cells allowed;
  /// a remark after them where the header names a `备注` column, ``RemarksColumn``) that end their line and keep
  /// every group's 总计 (R4); the cells are then marked solved, the rules confirmed the reading. In a text that shows
  /// every cell's borders (trafilatura's pipe tables) the header words say which value is which, as in a table with
  /// its heading: fifteen values there are read as written without R4, so a report's wrong 总计 is its finding
  /// (GJ314), not an unread table. In a pipe table, also a header of the five results alone, three times
  /// (``holdsSubHeadersOnly(_:)``), and table 四 published as two tables (``readHeadinglessSplit(_:region:)``), each
  /// cell between its bars. Anything else, and numbers in prose above all, is not read: `nil`.
  func readHeadingless(after table3End: Int, region: TextRange) -> Result? {
    guard table3End >= region.start, table3End < region.end else { return nil }
    let segment = TextRange(start: table3End, end: region.end)
    let start = afterCaptions(segment)
    let view = NormalizedText(context.text, range: TextRange(start: start, end: segment.end), mode: .matching)
    guard let block = headerBlock(Table4Reader.matcher.occurrences(in: view)),
      holdsLayoutOnly(TextRange(start: start, end: block[0].range.start))
    else { return nil }
    let subHeadersOnly = holdsSubHeadersOnly(block)
    guard holdsEveryHeader(block) || subHeadersOnly else { return readHeadinglessSplit(block, region: region) }
    let valueCount = Table4Reader.spec.rows.count * Table4Reader.spec.columns.count
    let values = context.extractor.values(
      in: TextRange(start: block.last!.range.end, end: region.end), expected: valueCount, skipLeadingBlankLines: true
    )
    guard case .cells(let found) = values.content, endsItsLine(values.end) else { return nil }
    let raw = withoutRemark(found, headerStart: start, columns: valueCount)
    guard raw.count == valueCount else { return nil }
    let confirmed = balances(raw)
    guard (confirmed && !subHeadersOnly) || values.form.showsCellBorders,
      !subHeadersOnly || everyCellIsBordered(raw)
    else { return nil }
    var cells = context.fit(raw, expected: valueCount, rowEnd: values.end).cells
    for index in cells.indices where confirmed { cells[index].confidence = .solved }
    var table = ReadTable(
      id: .table4, range: segment, rows: makeRows(cells, block: block, form: values.form), form: values.form
    )
    table.range = TextRange(start: block[0].range.start, end: max(block[0].range.start, raw.last!.range.end))
    return Result(table: table, problems: [])
  }

  /// Table 四 published as two tables (``splitTableValues(header:block:region:)``) in a text that lost its section's
  /// heading: read as ``readHeadingless(after:region:)`` reads one table, once both headers together name every
  /// header word and the second table's last value ends its line (`inv-2023-t4split`, trafilatura's pipe tables).
  private func readHeadinglessSplit(_ block: [LabelOccurrence], region: TextRange) -> Result? {
    let header = TextRange(start: block[0].range.start, end: block.last!.range.end)
    guard let split = splitTableValues(header: header, block: block, region: region),
      holdsEveryHeader(block + split.headerWords), let last = split.values.last, endsItsLine(last.range.end)
    else { return nil }
    let confirmed = balances(split.values)
    guard confirmed || (split.form.showsCellBorders && everyCellIsBordered(split.values)) else { return nil }
    var cells = context.fit(split.values, expected: split.values.count, rowEnd: last.range.end).cells
    for index in cells.indices where confirmed { cells[index].confidence = .solved }
    let rows = makeRows(cells, block: block + split.headerWords, form: split.form)
    var table = ReadTable(id: .table4, range: region, rows: rows, form: split.form)
    table.range = TextRange(start: header.start, end: last.range.end)
    return Result(table: table, problems: [])
  }

  /// `raw` without its last cell when it is a remark (no value) in a `备注` column named between `headerStart` and the
  /// first value (``RemarksColumn``); otherwise `raw` as it is.
  private func withoutRemark(_ raw: [RawCell], headerStart: Int, columns: Int) -> [RawCell] {
    let header = TextRange(start: headerStart, end: max(headerStart, raw.first?.range.start ?? headerStart))
    return RemarksColumn.isNamed(in: context.text[header]) ? RemarksColumn.dropping(raw, columns: columns) : raw
  }

  /// Whether each line holding `cells` has one grid bar more than it holds cells: every cell between two bars, none
  /// added for the white space after a pipe row's last bar (`| 19 | 7 | … | 0 | ` is nine cells, never ten with the
  /// last empty).
  private func everyCellIsBordered(_ cells: [RawCell]) -> Bool {
    let byLine = Dictionary(grouping: cells) { context.text.line(containing: $0.range.start) }
    return byLine.allSatisfy { line, cells in
      context.text[context.lines[line].range].filter { $0 == "|" }.count == cells.count + 1
    }
  }

  /// Whether the header block is the five results (`结果维持` … `总计`) once for each of the three groups, in the
  /// format's order, and nothing else (`inv-2022-late2019`: a report on the 2019 format whose header row lost its
  /// group words). In a pipe table each value then stands under its result, and the groups are the format's, in its
  /// order (行政复议, 未经复议直接起诉, 复议后起诉); in text without borders an empty cell leaves no trace, so such a
  /// header is read only there.
  private func holdsSubHeadersOnly(_ block: [LabelOccurrence]) -> Bool {
    let results = Table4Reader.spec.columns.map { LabelID.header($0.label) }
    return block.map(\.id) == Array(Table4Reader.spec.rows.map { _ in results }.joined())
  }

  /// Whether the header block names every header word of table 四 (`行政复议` … `总计`).
  private func holdsEveryHeader(_ block: [LabelOccurrence]) -> Bool {
    let found = Set(block.map(\.id))
    return Table4Reader.spec.headers.allSatisfy { found.contains(.header($0)) }
  }

  /// Where the text after table 三 (`segment`) starts once the rest of table 三's last line (layout, or a remark cell:
  /// ``isRemarkCell(_:)``), then the lines holding nothing but layout, a caption of their own (``TableCaption``:
  /// `表3：…统计表`, `单位：件`) or table 三's note (``isTable3Note(_:)``), are passed over: the caption names the table
  /// with its header words (`行政复议、行政诉讼`), which are no header cells.
  private func afterCaptions(_ segment: TextRange) -> Int {
    let text = context.text
    var index = text.line(containing: segment.start)
    let rest = TextRange(start: segment.start, end: max(segment.start, context.lines[index].range.end))
    guard holdsLayoutOnly(rest) || isRemarkCell(rest) else { return segment.start }
    var start = holdsLayoutOnly(rest) ? segment.start : rest.end
    while index + 1 < context.lines.count {
      index += 1
      let line = context.lines[index].range
      guard line.end <= segment.end,
        holdsLayoutOnly(line) || TableCaption.isCaption(text[line]) || isTable3Note(line)
      else { break }
      start = line.end
    }
    return start
  }

  /// Whether `rest` (the rest of table 三's last line) is a remark in a pipe row's cell after the row's values
  /// (`| 9 | 跨年度办理 |`, a `备注` column): between grid bars, with no digit and none of table 四's header words (a
  /// header glued on after table 三 starts there).
  private func isRemarkCell(_ rest: TextRange) -> Bool {
    let written = context.text[rest]
    guard written.contains("|"), !context.containsDigit(rest) else { return false }
    return Table4Reader.matcher.occurrences(in: NormalizedText(context.text, range: rest, mode: .matching)).isEmpty
  }

  /// Whether `line` is a note under table 三 (`注：本表数据单位为件，含2022年1月1日前收到…`): it starts with a note's
  /// prefix and names none of table 四's header words, so it says nothing of table 四 (a note that does,
  /// `注：本年度共收到行政复议7件…`, may be prose about its figures: table 四 after it stays unread). Its numbers are
  /// the note's, never values: table 四's values are read only after its whole header, below the note.
  private func isTable3Note(_ line: TextRange) -> Bool {
    let content = context.text[line].drop { $0.unicodeScalars.allSatisfy(CharacterFolding.isSpace) }
    guard ValueLineScanner.notePrefixes.contains(where: content.hasPrefix) else { return false }
    return Table4Reader.matcher.occurrences(in: NormalizedText(context.text, range: line, mode: .matching)).isEmpty
  }

  /// Whether `range` holds nothing but white space, line ends and grid bars.
  private func holdsLayoutOnly(_ range: TextRange) -> Bool {
    var index = range.start
    while index < range.end {
      let scalar = context.text.scalar(at: index)
      guard CharacterFolding.isSpace(scalar) || "\r\n|".unicodeScalars.contains(scalar) else { return false }
      index += SourceText.scalarByteCount(lead: context.text.bytes[index])
    }
    return true
  }

  /// Whether the line of the last value holds nothing but layout after `end`: no sixteenth number, no sentence.
  private func endsItsLine(_ end: Int) -> Bool {
    let line = context.lines[context.text.line(containing: max(0, end - 1))]
    return holdsLayoutOnly(TextRange(start: end, end: max(end, line.range.end)))
  }

  /// Whether every value is a whole number (an empty cell counts 0) and every group's 总计 holds (R4).
  private func balances(_ raw: [RawCell]) -> Bool {
    Table4Reader.balances(raw.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) })
  }
}
