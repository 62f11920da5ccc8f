import GoujiText

/// Form E: tables drawn as grids by text browsers and converters (`w3m -dump`, pandoc's grid tables, pipe tables):
/// `│一、本年新收政府信息公开申请数量   │1  │0  │…│`. A grid line is a row and its bars are cell borders; a label
/// wrapped inside its cell continues on the next grid lines, whose value cells are then empty.
extension CellExtractor {
  /// Whether the label's own grid cell, from `rest`'s start to the next bar, holds a digit: the bars are then a
  /// layout grid's around a whole table (pandoc's grid of a table nested in a one-cell layout table:
  /// `|   行政许可              130          |`), not this row's cell borders.
  func labelCellHoldsValue(_ rest: TextRange) -> Bool {
    var index = rest.start
    while index < rest.end && !CharacterFolding.isGridBar(text.scalar(at: index)) {
      if (0x30...0x39).contains(text.bytes[index]) { return true }
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    return false
  }

  /// Whether the label's own grid cell is the only one of its line (`|   …  1.属于国家秘密       |`): the line has
  /// no value cells, so its bars are a layout grid's around a whole table (pandoc's grid of a nested table), and a
  /// row of a real grid has its values on its label's line. (A pipe table without outer bars, html2text's
  /// `行政许可|  `, has an empty value cell after the bar.)
  func labelCellIsWholeLine(_ rest: TextRange, lineStart: Int) -> Bool {
    guard containsGridBar(TextRange(start: lineStart, end: rest.start)) else { return false }
    var index = rest.start
    var afterBar: Int?
    while index < rest.end {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      if CharacterFolding.isGridBar(text.scalar(at: index)) {
        guard afterBar == nil else { return false }
        afterBar = index + width
      }
      index += width
    }
    guard let afterBar else { return false }
    return text.trimmingSpaces(TextRange(start: afterBar, end: rest.end)).isEmpty
  }

  /// Whether `range` holds a grid bar.
  func containsGridBar(_ range: TextRange) -> Bool {
    var index = range.start
    while index < range.end {
      if CharacterFolding.isGridBar(text.scalar(at: index)) { return true }
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    return false
  }

  /// The values of the grid line holding a row label: the cells after the label's cell, fitted to `expected` columns
  /// as TAB-separated fields are (converters add empty cells for merged label columns). A label whose line has only
  /// empty cells, under a line of the same grid row whose label cell holds only a number, has its values there
  /// (pandoc's grid of Word's page, where `5.` and the rest of a label are runs of their own: `| 5 | | 4 | 3 | …` /
  /// `| .要求行政机关确认… | | | …`; the empty cells of the label's line were read as the row's).
  func gridValues(after labelEnd: Int, in segment: TextRange, expected: Int, hint: FieldHint, skipToValueLine: Bool)
    -> ExtractedValues
  {
    let line = lines[text.line(containing: labelEnd)]
    let rest = TextRange(start: labelEnd, end: min(line.range.end, segment.end))
    var fields = gridFields(rest)
    fields.removeFirst()  // the rest of the label's own cell
    if skipToValueLine && !fields.contains(where: { !$0.isEmpty }),
      let valueLine = nextGridValueLine(after: labelEnd, in: segment)
    {
      // Table 四: the values stand on a grid line of their own under the header lines.
      return gridLine(valueLine, expected: expected, hint: hint, labelField: 0)
    }
    let labelField = gridFields(TextRange(start: line.range.start, end: labelEnd)).count - 1
    if !skipToValueLine, !fields.contains(where: { !$0.isEmpty }),
      let above = numberLineValues(above: text.line(containing: labelEnd), labelField: labelField)
    {
      fields = above
    }
    let ownHint = FieldHint(leading: hint.leading.map { $0 - labelField - 1 }, trailing: hint.trailing)
    var values = fitted(fields, expected: expected, hint: ownHint, end: rest.end)
    values.leadingChoices = values.leadingChoices.map { $0 + labelField + 1 }
    return values
  }

  /// The value cells of the grid line above `lineNumber` when it is a line of the same grid row (no rule between)
  /// whose cell in the label's field holds only a label's number (`5`, `5.`) and whose cells after it hold a value.
  private func numberLineValues(above lineNumber: Int, labelField: Int) -> [RawCell]? {
    guard lineNumber > 0 else { return nil }
    let line = lines[lineNumber - 1]
    guard containsGridBar(line.range) else { return nil }
    let fields = gridFields(line.range)
    guard labelField < fields.count else { return nil }
    let number = fields[labelField].text.unicodeScalars
    guard let first = number.first, PieceValidity.isDigit(first),
      number.allSatisfy({ PieceValidity.isDigit($0) || ".．、".unicodeScalars.contains($0) })
    else { return nil }
    let values = Array(fields[(labelField + 1)...])
    return values.contains(where: { !$0.isEmpty }) ? values : nil
  }

  private func gridLine(_ range: TextRange, expected: Int, hint: FieldHint, labelField: Int) -> ExtractedValues {
    var fields = gridFields(range)
    // Before the first bar; a line without outer bars (html2text: `| | 0| 0| …`) starts with an empty cell.
    if fields.first?.isEmpty == true && fields.count > expected { fields.removeFirst() }
    return fitted(fields, expected: expected, hint: hint, end: range.end)
  }

  private func fitted(_ fields: [RawCell], expected: Int, hint: FieldHint, end: Int) -> ExtractedValues {
    var fields = fields
    if fields.count > expected, fields.last?.isEmpty == true { fields.removeLast() }  // after the last bar
    let (cells, choices) = TabFieldFitter.fit(fields, expected: expected, hint: hint)
    return ExtractedValues(
      content: .cells(cells), form: .grid, end: end, leadingChoices: choices,
      trailingChoices: choices.map { fields.count - expected - $0 }
    )
  }

  /// The text between the bars of `range` (the text before the first bar and after the last included).
  private func gridFields(_ range: TextRange) -> [RawCell] {
    var fields: [RawCell] = []
    var start = range.start
    var index = range.start
    while index < range.end {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      if CharacterFolding.isGridBar(text.scalar(at: index)) {
        fields.append(cell(in: TextRange(start: start, end: index)))
        start = index + width
      }
      index += width
    }
    fields.append(cell(in: TextRange(start: start, end: range.end)))
    return fields
  }

  /// The first grid line after `offset` in `segment` that holds a digit, ASCII or full-width (`５`), border and
  /// header lines skipped.
  private func nextGridValueLine(after offset: Int, in segment: TextRange) -> TextRange? {
    var line = text.line(containing: offset) + 1
    while line < lines.count && lines[line].range.start < segment.end {
      let range = TextRange(start: lines[line].range.start, end: min(lines[line].range.end, segment.end))
      if containsGridBar(range) && containsDigit(range) {
        return range
      }
      line += 1
    }
    return nil
  }

  /// Whether `range` holds an ASCII or a full-width digit.
  private func containsDigit(_ range: TextRange) -> Bool {
    var index = range.start
    while index < range.end {
      let byte = text.bytes[index]
      if (0x30...0x39).contains(byte) || CharacterFolding.isFullWidthDigit(text.scalar(at: index)) { return true }
      index += SourceText.scalarByteCount(lead: byte)
    }
    return false
  }
}
