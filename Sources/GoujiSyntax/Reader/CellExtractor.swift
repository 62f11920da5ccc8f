import GoujiText

/// A cell as extracted from the text, before it is fitted to the format's columns.
struct RawCell: Sendable {
  var text: String
  var range: TextRange
  var isEmpty: Bool { text.isEmpty }
}

/// The values that follow a row label.
struct ExtractedValues: Sendable {
  enum Content: Sendable {
    /// Cells separated by TABs, line breaks or spaces.
    case cells([RawCell])
    /// Fewer space-separated tokens than columns: some tokens hold several cells written together.
    case glued(GluedRow)
  }

  var content: Content
  var form: TextForm
  /// Where the row's values end (the rest of the segment may hold an unknown row).
  var end: Int
  /// For a TAB-separated row with more fields than columns: the fields (counted from the start of the line) where
  /// its values could start, structural empty fields skipped.
  var leadingChoices: [Int] = []
  /// For the same row, the empty fields each of those fits leaves after the values, up to the line end.
  var trailingChoices: [Int] = []
}

/// Reads the values between a row label and the next label, in whichever text form they are written (grids in
/// `CellExtractor+Grid.swift`).
struct CellExtractor {
  let text: SourceText
  let lines: LineInfos
  /// Ranges to treat as white space (leftovers, page furniture).
  let excluded: ExcludedRanges
  /// Whether the text writes every table cell as a paragraph of its own, empty cells as empty lines
  /// (`CellExtractor+Paragraphs.swift`).
  var cellsAreParagraphs = false

  /// The values in `segment` for a row of `expected` columns. `skipLeadingBlankLines` lets a row's cells start after
  /// a blank line or the rest of a header (table 四's values follow its header rows); `continuation` is the text that
  /// may stand between a label and its values in PDF layout text (the rest of a wrapped label, group labels beside it);
  /// `endsTable` says that no row follows in the segment (the table's last row, table 四's values).
  func values(
    in segment: TextRange, expected: Int, skipLeadingBlankLines: Bool = false, leadingHint: Int? = nil,
    trailingHint: Int? = nil,
    continuation: LabelContinuation? = nil, endsTable: Bool = false
  ) -> ExtractedValues {
    let firstLine = text.line(containing: segment.start)
    let restOfLine = TextRange(start: segment.start, end: min(lines[firstLine].range.end, segment.end))
    if containsTab(restOfLine) && tabsAreBorders(restOfLine) {
      // Fields are counted from the line start, so rows whose labels sit in different columns compare.
      let labelField = text.bytes[lines[firstLine].range.start..<restOfLine.start].filter { $0 == 0x09 }.count
      var values = tabSeparated(
        restOfLine, dropFirstField: true, expected: expected,
        hint: FieldHint(leading: leadingHint.map { $0 - labelField - 1 }, trailing: trailingHint)
      )
      values.leadingChoices = values.leadingChoices.map { $0 + labelField + 1 }
      return values
    }
    if containsGridBar(restOfLine) && !labelCellHoldsValue(restOfLine)
      && (skipLeadingBlankLines || !labelCellIsWholeLine(restOfLine, lineStart: lines[firstLine].range.start))
      || skipLeadingBlankLines && isBlank(restOfLine) && gridLineFollows(firstLine, in: segment)
    {
      return gridValues(
        after: segment.start, in: segment, expected: expected,
        hint: FieldHint(leading: leadingHint, trailing: trailingHint),
        skipToValueLine: skipLeadingBlankLines
      )
    }
    if isBlank(restOfLine) {
      if cellsAreParagraphs,
        let cells = paragraphCells(after: firstLine, in: segment, expected: expected, endsTable: endsTable)
      {
        return ExtractedValues(content: .cells(cells), form: .cellPerLine, end: cells.last?.range.end ?? segment.start)
      }
      guard let next = nextContentLine(after: firstLine, in: segment) else {
        // The next label on the same line (flattened text): a row printed with no cells, a row of empty cells. On a
        // line of its own (PDF text in reading order) the row's values may come later: none are read here.
        guard segment.end <= lines[firstLine].range.end else {
          return ExtractedValues(content: .cells([]), form: .layout, end: segment.start)
        }
        let cells = (0..<expected).map { _ in RawCell(text: "", range: TextRange(emptyAt: segment.start)) }
        return ExtractedValues(content: .cells(cells), form: .flattened, end: segment.start)
      }
      let info = lines[next]
      if info.startsWithTab && info.tabCount == 1 || isBlank(info.range) {
        return cellPerLine(from: firstLine + 1, in: segment, skipLeadingBlankLines: skipLeadingBlankLines)
      }
      if info.tabCount > 0 {
        let row = TextRange(start: info.range.start, end: min(info.range.end, segment.end))
        return tabSeparated(
          row, dropFirstField: false, expected: expected, hint: FieldHint(leading: leadingHint, trailing: trailingHint)
        )
      }
    }
    let skipping = continuation ?? (skipLeadingBlankLines ? LabelContinuation.table4Header : nil)
    if let skipping, let start = valuesStart(in: segment, skipping: skipping) {
      var values = spaceSeparated(TextRange(start: start, end: segment.end), expected: expected)
      if case .cells = values.content { values.form = .layout }
      return values
    }
    return spaceSeparated(segment, expected: expected)
  }

  // MARK: Form A: one cell per line

  private func cellPerLine(from startLine: Int, in segment: TextRange, skipLeadingBlankLines: Bool) -> ExtractedValues {
    var cells: [RawCell] = []
    var line = startLine
    var end = segment.start
    while line < lines.count && lines[line].range.start < segment.end {
      let info = lines[line]
      let content = TextRange(start: info.range.start, end: min(info.range.end, segment.end))
      if !info.startsWithTab && isBlank(content) {
        if !cells.isEmpty || !skipLeadingBlankLines { break }
      } else if info.startsWithTab {
        cells.append(cell(in: TextRange(start: content.start + 1, end: content.end)))
        end = content.end
      } else if let last = cells.last {
        // A cell's text wrapped onto the next line.
        let range = last.range.isEmpty ? content : last.range.union(text.trimmingSpaces(content))
        cells[cells.count - 1] = cell(in: range)
        end = content.end
      } else {
        break
      }
      line += 1
    }
    return ExtractedValues(content: .cells(cells), form: .cellPerLine, end: end)
  }

  // MARK: Form B: one row per line, TAB-separated

  private func tabSeparated(_ row: TextRange, dropFirstField: Bool, expected: Int, hint: FieldHint) -> ExtractedValues {
    var fields: [RawCell] = []
    var fieldStart = row.start
    var index = row.start
    while index <= row.end {
      if index == row.end || text.bytes[index] == 0x09 {
        fields.append(cell(in: TextRange(start: fieldStart, end: index)))
        fieldStart = index + 1
      }
      index += 1
    }
    if dropFirstField { fields.removeFirst() }
    let (fitted, choices) = TabFieldFitter.fit(fields, expected: expected, hint: hint)
    return ExtractedValues(
      content: .cells(fitted), form: .tabSeparated, end: row.end, leadingChoices: choices,
      trailingChoices: choices.map { fields.count - expected - $0 }
    )
  }

  // MARK: Helpers

  /// A cell whose value is the trimmed, normalised text of `range` (a number with thousands separators as its
  /// digits); an empty cell sits where a value would go.
  func cell(in range: TextRange) -> RawCell {
    let trimmed = text.trimmingSpaces(range)
    if trimmed.isEmpty { return RawCell(text: "", range: TextRange(emptyAt: range.start)) }
    if isAsciiDigits(trimmed) {
      return RawCell(text: String(decoding: text.bytes[trimmed.start..<trimmed.end], as: UTF8.self), range: trimmed)
    }
    let normalized = CellExtractor.unescapingMark(CharacterFolding.normalizeAndTrim(text[trimmed]))
    return RawCell(text: GroupedNumber.digits(normalized) ?? normalized, range: trimmed)
  }

  private func containsTab(_ range: TextRange) -> Bool {
    text.bytes[range.start..<range.end].contains(0x09)
  }

  /// Whether the TABs of `range` are its cell borders: no field between two of them holds two values (`1    1`),
  /// as a line of PDF layout text with a stray TAB does. There the TABs are white space like any other, and the
  /// line keeps no trace of positions (a TAB's width depends on the program that shows it).
  private func tabsAreBorders(_ range: TextRange) -> Bool {
    var fieldStart = range.start
    for index in range.start...range.end where index == range.end || text.bytes[index] == 0x09 {
      let words = Words(in: TextRange(start: fieldStart, end: index), text: text, excluded: excluded)
      if words.filter({ CellExtractor.isValueLike(cell(in: $0).text) }).count > 1 { return false }
      fieldStart = index + 1
    }
    return true
  }

  private func isBlank(_ range: TextRange) -> Bool {
    text.trimmingSpaces(range).isEmpty || excluded.covers(range)
  }

  /// Whether a blank line stands in `segment` after `line`.
  func blankLineFollows(_ line: Int, in segment: TextRange) -> Bool {
    var next = line + 1
    while next < lines.count && lines[next].range.start < segment.end {
      if lines[next].isBlank && !lines[next].startsWithTab { return true }
      next += 1
    }
    return false
  }

  /// Whether the next line with content after `line` in `segment` is a grid line: table 四's values under its
  /// header, in a pipe table written without outer bars (`1| 0| 4| …`, html2text).
  private func gridLineFollows(_ line: Int, in segment: TextRange) -> Bool {
    guard let next = nextContentLine(after: line, in: segment) else { return false }
    return containsGridBar(TextRange(start: lines[next].range.start, end: min(lines[next].range.end, segment.end)))
  }

  private func nextContentLine(after line: Int, in segment: TextRange) -> Int? {
    var next = line + 1
    while next < lines.count && lines[next].range.start < segment.end {
      if !lines[next].isBlank || lines[next].startsWithTab { return next }
      next += 1
    }
    return nil
  }
}
