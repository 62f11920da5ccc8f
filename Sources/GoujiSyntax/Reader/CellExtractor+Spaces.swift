import GoujiText

extension CellExtractor {
  /// Forms C and D: the values after a label separated by spaces, or by nothing (glued, flattened text).
  func spaceSeparated(_ segment: TextRange, expected: Int) -> ExtractedValues {
    var tokens: [RawCell] = []
    var end = segment.start
    var endedOnValue = true
    let flattened = isOnOneLine(segment)
    for word in Words(in: segment, text: text, excluded: excluded) {
      let token = cell(in: word)
      guard CellExtractor.isValueLike(token.text) || (flattened && GroupedNumber.isGluedRun(token.text)) else {
        if let marked = markedValue(tokens.last, setApartMark: token) {
          tokens[tokens.count - 1] = marked
          end = word.end
          continue
        }
        // A value runs straight into the next text (flattened text with an unrecognised heading or a note after
        // the row): the whole value, never only its first digits.
        if let valueEnd = GroupedNumber.leadingValueEnd(in: word, of: text) {
          tokens.append(cell(in: TextRange(start: word.start, end: valueEnd)))
          end = valueEnd
        }
        endedOnValue = false
        break
      }
      tokens.append(token)
      end = word.end
    }
    let hadEntity = tokens.contains { $0.text == CellExtractor.nonBreakingSpaceEntity }
    tokens.removeAll { $0.text == CellExtractor.nonBreakingSpaceEntity }
    tokens = CellExtractor.joiningUnits(tokens)
    if !flattened { tokens = inColumnOrder(tokens) }
    if tokens.isEmpty && endedOnValue {
      // Nothing across a blank line (PDF text in reading order, after the rest of a wrapped label): the row's
      // values may come later, none are read here, as for a label on a line of its own. (A label alone on its line
      // right above the next one is a row of empty cells in layout text.)
      let firstLine = text.line(containing: segment.start)
      if !hadEntity && segment.end > lines[firstLine].range.end && blankLineFollows(firstLine, in: segment) {
        return ExtractedValues(content: .cells([]), form: .layout, end: segment.start)
      }
      // Nothing, or only `&nbsp;`, between the label and the next one on its line: a row of empty cells.
      let cells = (0..<expected).map { _ in RawCell(text: "", range: TextRange(emptyAt: segment.start)) }
      return ExtractedValues(content: .cells(cells), form: .flattened, end: segment.start)
    }
    let touchesLabel = tokens.first.map { $0.range.start == segment.start } ?? false
    // A number written with thousands separators is one cell: such a row holds no digits written together, except
    // in flattened text, where its counts are cut only as well-formed counts (`CellExtractor+Grouped.swift`).
    if tokens.count < expected && tokens.contains(where: { isDigitRun($0.text) })
      && tokens.reduce(0, { $0 + $1.text.unicodeScalars.count }) >= expected
      && (flattened || !tokens.contains(where: isGrouped))
    {
      let glued = GluedRow(tokens: tokens.map(keepingSeparators))
      return ExtractedValues(content: .glued(glued), form: .flattened, end: end)
    }
    return ExtractedValues(content: .cells(tokens), form: touchesLabel ? .flattened : .layout, end: end)
  }

  /// A row's values in layout text in the order of the columns they stand in, where a value on a later line stands
  /// left of the line before's last: a value too wide for its cell (padded with ideographic spaces, `　　359`) wraps
  /// below its row in LibreOffice's PDF, `1761 215 427 500 363 3625` / `359` under 科研机构, and was read as the
  /// 总计 (`inv-2023-spaces`, word-pdf-layout). Columns are counted in characters, as `pdftotext -layout` places
  /// them; values that share a column are left in line order, and so are values on a later line that stand left of
  /// the row's first (PDF text in reading order writes values from the line start: no column to go by).
  func inColumnOrder(_ tokens: [RawCell]) -> [RawCell] {
    let placed = tokens.map { token -> (line: Int, start: Int, end: Int) in
      let line = text.line(containing: token.range.start)
      let start = characterCount(from: lines[line].range.start, to: token.range.start)
      return (line, start, start + characterCount(from: token.range.start, to: token.range.end))
    }
    guard let first = placed.first, placed.allSatisfy({ $0.start >= first.start }) else { return tokens }
    let wraps = zip(placed, placed.dropFirst()).contains { $1.line > $0.line && $1.start < $0.end }
    guard wraps else { return tokens }
    let order = tokens.indices.sorted { placed[$0].start < placed[$1].start }
    let overlaps = zip(order, order.dropFirst()).contains { placed[$1].start < placed[$0].end }
    return overlaps ? tokens : order.map { tokens[$0] }
  }

  /// The characters (scalars) between two offsets.
  private func characterCount(from start: Int, to end: Int) -> Int {
    text.bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// Units that `pdftotext` sets apart from their amount (a space where the font changes: `35800.50 元`).
  static let detachedUnits: Set<String> = ["元", "万元"]

  /// The tokens with a unit standing alone after a number joined to it (`35800.50` `元` is one cell, `35800.50元`,
  /// over both): a unit alone is never a cell's value.
  static func joiningUnits(_ tokens: [RawCell]) -> [RawCell] {
    var result: [RawCell] = []
    for token in tokens {
      if detachedUnits.contains(token.text), let last = result.last, last.text.last?.isASCII == true,
        last.text.last?.isNumber == true
      {
        result[result.count - 1] = RawCell(text: last.text + token.text, range: last.range.union(token.range))
      } else {
        result.append(token)
      }
    }
    return result
  }

  /// `&nbsp;` left as text by a scraper: an empty cell written as nothing.
  static let nonBreakingSpaceEntity = "&nbsp;"

  /// Whether a value may be written with `scalar`: digits, signs, decimals, units, dashes.
  private static func isValueScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "+", "-", ".", "/", "元", "万", "—", "–", "无", "〇": true
    default: false
    }
  }

  /// Whether a token can be a value (as opposed to prose or a label): digits, signs, decimals, units, dashes.
  /// (By scalar, without hashing: tokens can be megabytes long.)
  static func isValueLike(_ text: String) -> Bool {
    !text.isEmpty
      && (text == nonBreakingSpaceEntity || text.unicodeScalars.allSatisfy(isValueScalar)
        || GroupedNumber.digits(text) != nil || isFootnoted(text))
  }

  /// Whether `text` is a whole number followed by one footnote mark (`87*`, `399②`, `12注`, the note under the
  /// table): a cell as written, standing where a value does. It is no number (its mark is no digit: the rules say
  /// so), and the values after it are still the row's (a row read up to it took the rest for empty cells).
  static func isFootnoted(_ text: String) -> Bool {
    Cell.footnoteMark(of: text) != nil
  }

  /// `value` and the footnote mark one space after it as one cell (`12 注`, LibreOffice's PDF in layout mode:
  /// `inv-2021-footnote`), as `12注` is; `nil` unless `mark` is a mark alone, one space after a whole number on its
  /// line. A mark read alone stopped the row, leaving its later values unread.
  func markedValue(_ value: RawCell?, setApartMark mark: RawCell) -> RawCell? {
    guard let value, mark.text.unicodeScalars.count == 1, mark.range.start == value.range.end + 1,
      text.bytes[value.range.end] == 0x20, CellExtractor.isFootnoted(value.text + mark.text)
    else { return nil }
    return RawCell(text: value.text + mark.text, range: value.range.union(mark.range))
  }

  /// A value whose footnote mark Markdown escaped (`87\*`, markdownify's pipe tables): the cell as written, `87*`.
  static func unescapingMark(_ text: String) -> String {
    guard text.hasSuffix("\\*") else { return text }
    let unescaped = String(text.dropLast(2)) + "*"
    return isFootnoted(unescaped) ? unescaped : text
  }

  /// Whether `range` holds ASCII digits only: a value as it stands, with nothing to normalise.
  func isAsciiDigits(_ range: TextRange) -> Bool {
    range.length > 0 && text.bytes[range.start..<range.end].allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Whether a token was written with thousands separators (its text is its digits only).
  func isGrouped(_ token: RawCell) -> Bool {
    text.bytes[token.range.start..<token.range.end].contains(0x2C)
  }

  /// Whether a token holds digits that can be cut into several values.
  private func isDigitRun(_ text: String) -> Bool {
    PieceValidity.isSplittable(text.unicodeScalars)
  }
}
