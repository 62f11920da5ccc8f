import GoujiText

/// A short row placed by the positions of its values: one cell per column, empty where no value stands.
struct ColumnPlacement: Sendable {
  var cells: [RawCell]
  /// Whether every value overlaps its column's band in a layout learned on the same page; otherwise it only stands
  /// nearest to it, or the bands come from the header on another page, and the reading is not verified.
  var exact: Bool
}

/// Places the values of rows with fewer values than columns in space-separated text that keeps positions (PDF layout
/// text, `lynx -dump`): the columns' bands are learned from the rows of the same page that show every column, or
/// from the header's words, and each value goes to the band it stands in. A row is placed only when every value
/// falls in one band, no two in the same one, and every consistent measure of the columns agrees
/// (``ColumnMeasure``). Rows sharing a line with another row (flattened text), rows whose values span lines, and
/// layouts with single spaces only and lines holding a TAB (no trace of positions) are never placed.
struct ColumnPlacer {
  let context: TableContext
  /// Each column's label, whose words are looked for in the header.
  let columnLabels: [String]
  /// The lines of the header above the table's first row.
  let headerLines: Range<Int>

  /// Longer lines are not layout text (flattened text, hostile input): nothing on them is placed.
  static let lineLimit = 2000

  /// The placements of the short rows among `rows` (every row of the table, or of a sub-table, in text order, as
  /// the values written after each label), by index. Under a rule of hyphens (pandoc's tables) the rule decides
  /// alone, and with the rows' `labels` a row with no value is placed too (``ruledPlacements(_:labels:)``).
  func placements(_ rows: [[RawCell]], labels: [TextRange]? = nil) -> [Int: ColumnPlacement] {
    guard rows.contains(where: { $0.count < columnLabels.count && (!$0.isEmpty || labels != nil) }) else { return [:] }
    if let ruled = ruledPlacements(rows, labels: labels) { return ruled }
    let lineOfRow = rows.map(singleLine)
    let rowsPerLine = Dictionary(grouping: lineOfRow.compactMap { $0 }, by: { $0 }).mapValues(\.count)
    let own = lineOfRow.map { line in line.flatMap { rowsPerLine[$0] == 1 ? $0 : nil } }
    let short = rows.indices.filter { own[$0] != nil && !rows[$0].isEmpty && rows[$0].count < columnLabels.count }
    guard !short.isEmpty else { return [:] }
    let breaks = pageBreaks(before: own.compactMap { $0 }.max() ?? 0)
    let page = own.map { line in line.map { line in breaks.filter { $0 <= line }.count } }
    let measures = self.measures
    let header = headerBandsByMeasure(measures)
    var modelsByPage: [Int?: [Model]] = [:]
    var result: [Int: ColumnPlacement] = [:]
    for index in short {
      let models =
        modelsByPage[page[index]]
        ?? self.models(
          complete: rows.indices.filter { page[$0] == page[index] && rows[$0].count == columnLabels.count }
            .map { rows[$0] },
          header: header, onFirstPage: page[index] == 0, measures: measures
        )
      modelsByPage[page[index]] = models
      guard let placed = place(rows[index], by: models) else { continue }
      let empty = RawCell(text: "", range: TextRange(emptyAt: rows[index][0].range.start))
      var cells = Array(repeating: empty, count: columnLabels.count)
      for (value, column) in zip(rows[index], placed.columns) { cells[column] = value }
      result[index] = ColumnPlacement(cells: fillEmptyRanges(cells), exact: placed.exact)
    }
    return result
  }

  /// A layout of the columns in one measure, and whether it was learned on the page of the rows it places.
  private typealias Model = (measure: ColumnMeasure, bands: ColumnBands, onOwnPage: Bool)

  /// The layouts the short rows of one page are placed by, one per measure that gives one: the bands of the page's
  /// `complete` rows, or the header's when the page has none (learned on the row's page only on the first page).
  private func models(
    complete: [[RawCell]], header: [ColumnMeasure: ColumnBands], onFirstPage: Bool, measures: [ColumnMeasure]
  ) -> [Model] {
    // Complete rows of the same page that do not line up in a measure rule the measure out; the header is the
    // fallback for a page without a complete row only.
    guard complete.isEmpty else { return rowModels(complete, header: header, measures: measures) }
    return measures.compactMap { measure in header[measure].map { (measure, $0, onFirstPage) } }
  }

  /// The layouts of the `complete` rows, one per measure in which they line up. A single complete row lines up in
  /// every measure; where the header keeps positions, the measures in which it also holds every complete value in
  /// that value's column are kept, when there are any (`lynx -dump`'s `规章      92     11` under
  /// `信息内容    本年制发件数 本年废止件数 现行有效件数`: by characters, not display cells).
  private func rowModels(
    _ complete: [[RawCell]], header: [ColumnMeasure: ColumnBands], measures: [ColumnMeasure]
  ) -> [Model] {
    let all = measures.compactMap { measure -> Model? in
      rowBands(complete, measure: measure).map { (measure, $0, true) }
    }
    let columns = Array(0..<columnLabels.count)
    let agreeing = all.filter { model in
      guard let bands = header[model.measure] else { return false }
      return complete.allSatisfy { row in bands.place(row.map { span($0, measure: model.measure) })?.columns == columns
      }
    }
    return agreeing.isEmpty ? all : agreeing
  }

  /// The columns of a row's values if every model places them, and places them alike; exact only if every
  /// placement is exact and learned on the row's own page.
  private func place(_ row: [RawCell], by models: [Model]) -> (columns: [Int], exact: Bool)? {
    var agreed: (columns: [Int], exact: Bool)?
    for model in models {
      let spans = row.map { span($0, measure: model.measure) }
      guard let placed = model.bands.place(spans) ?? packedRun(row, in: model.bands, measure: model.measure),
        agreed == nil || agreed?.columns == placed.columns
      else { return nil }
      agreed = (placed.columns, (agreed?.exact ?? true) && placed.exact && model.onOwnPage)
    }
    return agreed
  }

  /// The measures a layout may keep: characters only in `pdftotext`'s text, known by the form feed it starts every
  /// page with (LibreOffice's PDFs have no page number or other furniture to tell it), where a CJK character takes
  /// one column; both elsewhere (``ColumnMeasure``).
  var measures: [ColumnMeasure] {
    context.text.bytes.contains(0x0C) ? [.characters] : ColumnMeasure.allCases
  }

  /// The header lines on the page of the table's first rows: `pdftotext` counts columns page by page, so the header
  /// lines before a form feed inside the header (LibreOffice breaks pages between header rows) keep another page's
  /// columns.
  var headerLinesOnRowsPage: Range<Int> {
    let pageStart = headerLines.last { line in startsPage(line) } ?? headerLines.lowerBound
    return pageStart..<headerLines.upperBound
  }

  /// Whether `line` starts with a form feed: `pdftotext` starts every page after the first with one.
  func startsPage(_ line: Int) -> Bool {
    let range = context.lines[line].range
    return range.length > 0 && context.text.bytes[range.start] == 0x0C
  }

  /// The line holding every value of a row, `nil` when they span lines, the line is too long, or it holds a TAB
  /// (whose width depends on the program that shows it, so no position after it is known).
  func singleLine(_ row: [RawCell]) -> Int? {
    guard let first = row.first else { return nil }
    let line = context.text.line(containing: first.range.start)
    guard context.lines[line].range.length <= ColumnPlacer.lineLimit, context.lines[line].tabCount == 0,
      row.allSatisfy({ context.lines[line].range.contains($0.range.start) })
    else { return nil }
    return line
  }

  /// The first line of each page after the header, up to `line`: a line of page furniture (page number, running
  /// header) below the header, or a line starting with a form feed (`pdftotext` starts every page with one;
  /// LibreOffice's PDFs have no page number to mark it). Each page's layout may differ.
  private func pageBreaks(before line: Int) -> [Int] {
    guard headerLines.upperBound <= line else { return [] }
    return (headerLines.upperBound...line).filter { index in
      let info = context.lines[index]
      return startsPage(index) || !info.isBlank && context.excluded.covers(context.text.trimmingSpaces(info.range))
    }
  }

  /// A row whose values stand one space apart, as `pdftotext` packs words near each other, keeps the position of
  /// one value only: it is placed when its first value falls in one band and the run then ends in the last column,
  /// or its last value does and the run starts in the first: no column is left for a gap. Never exact.
  private func packedRun(
    _ row: [RawCell], in bands: ColumnBands, measure: ColumnMeasure
  ) -> (columns: [Int], exact: Bool)? {
    let count = bands.bands.count
    guard row.count > 1, !zip(row, row.dropFirst()).contains(where: { hasWideGap([$0, $1]) }) else { return nil }
    if let first = bands.place([span(row[0], measure: measure)])?.columns[0], first + row.count == count {
      return (Array(first..<count), false)
    }
    if let last = bands.place([span(row[row.count - 1], measure: measure)])?.columns[0], last + 1 == row.count {
      return (Array(0...last), false)
    }
    return nil
  }

  /// Bands from rows showing every column, if they line up and their spacing keeps positions.
  private func rowBands(_ rows: [[RawCell]], measure: ColumnMeasure) -> ColumnBands? {
    guard rows.contains(where: hasWideGap) else { return nil }
    return ColumnBands(rows: rows.map { $0.map { span($0, measure: measure) } })
  }

  /// An empty cell's range: where a value would be typed, after the value before it.
  func fillEmptyRanges(_ cells: [RawCell]) -> [RawCell] {
    var result = cells
    for index in result.indices.dropFirst() where result[index].isEmpty {
      result[index].range = TextRange(emptyAt: result[index - 1].range.end)
    }
    return result
  }

  /// Whether two neighbouring words stand more than one space apart: single spaces keep no trace of positions.
  func hasWideGap(_ words: [RawCell]) -> Bool {
    zip(words, words.dropFirst()).contains { left, right in
      context.columnCount(from: left.range.end, to: right.range.start, in: .characters) >= 2
    }
  }

  /// The columns a word or value occupies on its line.
  func span(_ cell: RawCell, measure: ColumnMeasure) -> ColumnSpan {
    let lineStart = context.columnOrigin(ofLineAt: cell.range.start)
    let start = context.columnCount(from: lineStart, to: cell.range.start, in: measure)
    let width = context.columnCount(from: cell.range.start, to: cell.range.end, in: measure)
    return ColumnSpan(start: start, end: start + width)
  }
}

extension TableContext {
  /// Where columns are counted from on the line holding `offset`: its start, after the form feeds `pdftotext` puts
  /// before a page's first line (they take no place on the page).
  func columnOrigin(ofLineAt offset: Int) -> Int {
    var start = lines[text.line(containing: offset)].range.start
    while start < offset, text.bytes[start] == 0x0C { start += 1 }
    return start
  }

  /// The columns between two offsets of one line in `measure`.
  func columnCount(from start: Int, to end: Int, in measure: ColumnMeasure) -> Int {
    switch measure {
    case .characters: return text.columnCount(from: start, to: end, in: .utf32)
    case .displayCells: return DisplayWidth.of(text[TextRange(start: start, end: end)])
    }
  }
}
