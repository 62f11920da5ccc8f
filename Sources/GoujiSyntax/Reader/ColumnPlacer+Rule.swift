import GoujiText

/// pandoc's simple and multiline tables (`pandoc -t plain` of a `.docx`) draw a rule of hyphens under the header, or
/// above a table without one: one run of dashes per column, exactly as wide as the column, counted in display cells
/// (CJK two, as pandoc counts them). Every word of the table stands inside its column's run, so the rule gives the
/// columns' extents exactly, whatever the rows show:
///
/// ```
///   ---------------------------- -------- ------------ ------
///   一、本年新收政府信息公开申请数量                         0
/// ```
///
/// A value is placed in the column whose run holds it whole; a value astride two runs, outside every value column, or
/// two values in one column leave the row unplaced.
extension ColumnPlacer {
  /// How many lines above a table's first row its rule is looked for.
  static let ruleSearchLines = 400

  /// The placements of the rows with fewer values than columns (with `labels`, empty rows too: nothing in any column)
  /// by the rule above the rows; `nil` when the rows stand under no rule that holds every word of the table and whose
  /// runs the header's words assign to the columns in one way only, or a complete row does not fit it.
  func ruledPlacements(_ rows: [[RawCell]], labels: [TextRange]?) -> [Int: ColumnPlacement]? {
    let lineOfRow = rows.indices.map { index -> Int? in
      if rows[index].isEmpty { return labels.map { context.text.line(containing: $0[index].start) } }
      return singleLine(rows[index])
    }
    guard let first = lineOfRow.compactMap({ $0 }).min(), let last = lineOfRow.compactMap({ $0 }).max(),
      let rule = ruleLine(above: first), let runs = ruleRuns(rule), wordsStandInRuns(runs, lines: (rule + 1)...last),
      let bands = valueBands(runs)
    else { return nil }
    var result: [Int: ColumnPlacement] = [:]
    for (index, row) in rows.enumerated() where lineOfRow[index] != nil && row.count <= columnLabels.count {
      let columns = bands.columnsHolding(row.map { span($0, measure: .displayCells) })
      if row.count == columnLabels.count {
        guard columns == Array(0..<columnLabels.count) else { return nil }
        continue
      }
      guard let columns else { continue }
      let anchor = row.first?.range.start ?? labels![index].end
      var cells = Array(repeating: RawCell(text: "", range: TextRange(emptyAt: anchor)), count: columnLabels.count)
      for (value, column) in zip(row, columns) { cells[column] = value }
      result[index] = ColumnPlacement(cells: fillEmptyRanges(cells), exact: true)
    }
    return result
  }

  /// The nearest line above `line` that is a rule of hyphens, within ``ruleSearchLines``.
  private func ruleLine(above line: Int) -> Int? {
    var index = line - 1
    while index >= max(0, line - ColumnPlacer.ruleSearchLines) {
      let range = context.lines[index].range
      if !context.lines[index].isBlank, range.length <= ColumnPlacer.lineLimit,
        LeftoverScanner.isTableRule(context.text, range)
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  /// The runs of hyphens of a rule line, in columns from the line start; `nil` for a line holding a TAB.
  private func ruleRuns(_ line: Int) -> [ColumnSpan]? {
    let range = context.lines[line].range
    guard context.lines[line].tabCount == 0 else { return nil }
    var runs: [ColumnSpan] = []
    var column = 0
    for byte in context.text.bytes[range.start..<range.end] {
      if byte == 0x2D {
        if let last = runs.last, last.end == column {
          runs[runs.count - 1].end = column + 1
        } else {
          runs.append(ColumnSpan(start: column, end: column + 1))
        }
      }
      column += 1
    }
    return runs
  }

  /// Whether every word of `lines` that is no value (labels, headers; leftovers and furniture aside) lies whole
  /// inside one run, in display cells: the lines are the rule's table, drawn by its widths. No line may be another
  /// rule, hold a TAB or be too long. Values are judged row by row (a value astride two runs leaves its row alone
  /// unplaced).
  private func wordsStandInRuns(_ runs: [ColumnSpan], lines: ClosedRange<Int>) -> Bool {
    lines.allSatisfy { line in
      let info = context.lines[line]
      guard info.isBlank || (info.tabCount == 0 && info.range.length <= ColumnPlacer.lineLimit) else { return false }
      guard !LeftoverScanner.isTableRule(context.text, info.range) else { return false }
      return Words(in: info.range, text: context.text, excluded: context.excluded).allSatisfy { word in
        let cell = context.extractor.cell(in: word)
        guard !CellExtractor.isValueLike(cell.text) else { return true }
        let spanned = span(cell, measure: .displayCells)
        return runs.contains { $0.start <= spanned.start && spanned.end <= $0.end }
      }
    }
  }

  /// The runs of the value columns: the `columnLabels.count` consecutive runs whose header words (those part of a
  /// column label) each stand in a run of a column whose label holds them, every column with one at least; `nil`
  /// unless exactly one such stretch of runs exists.
  private func valueBands(_ runs: [ColumnSpan]) -> ColumnBands? {
    let count = columnLabels.count
    guard runs.count >= count else { return nil }
    let foldedLabels = columnLabels.map { NormalizedText.foldedString($0, mode: .matching) }
    let words = headerLines.flatMap { headerWords(on: $0, foldedLabels: foldedLabels) }.map { word in
      (span: span(word.cell, measure: .displayCells), columns: word.columns)
    }
    let fitting = (0...(runs.count - count)).filter { offset in
      var named = Set<Int>()
      for word in words {
        guard let run = runs.indices.first(where: { runs[$0].overlaps(word.span) }),
          (offset..<(offset + count)).contains(run)
        else { continue }
        guard word.columns.contains(run - offset) else { return false }
        named.insert(run - offset)
      }
      return named.count == count
    }
    guard fitting.count == 1, let offset = fitting.first else { return nil }
    return ColumnBands(Array(runs[offset..<(offset + count)]))
  }
}

extension ColumnBands {
  /// The column of each value when each lies whole inside one band, left to right, no two in one band; `nil`
  /// otherwise (a value astride a border, or outside every band).
  func columnsHolding(_ values: [ColumnSpan]) -> [Int]? {
    var columns: [Int] = []
    for value in values {
      guard let column = bands.firstIndex(where: { $0.start <= value.start && value.end <= $0.end }),
        column > (columns.last ?? -1)
      else { return nil }
      columns.append(column)
    }
    return columns
  }
}
