import GoujiFormats
import GoujiText

/// Reads table 四: a block of header labels (行政复议, 行政诉讼, 结果维持 … 总计) followed by fifteen values.
struct Table4Reader {
  struct Result {
    var table: ReadTable
    var problems: [ReadingProblem]
  }

  let context: TableContext

  static var spec: Table4Spec { ReportFormats.latest.table4 }

  /// Whether table 四's fifteen values, in order, are all whole numbers and keep every group's 总计 (R4).
  static func balances(_ values: [Int?]) -> Bool {
    values.allSatisfy { $0 != nil } && RowRuleCheck(rules: spec.rules, columns: spec.columns).holds(values)
  }

  static var matcher: LabelMatcher { matchers.value }
  private static let matchers = DerivedFromFormats {
    LabelMatcher(patterns: spec.headers.map { LabelPattern(id: .header($0), core: $0) })
  }

  /// Table 四 in `region`; `inItsSection` when `region` is section 四's own body (its heading was found), where a
  /// header word in the prose before the table is passed over (``headerBlock(_:passingOverProse:)``).
  func read(region: TextRange, inItsSection: Bool) -> Result? {
    guard let (header, block) = headerAndWords(in: region, inItsSection: inItsSection) else { return nil }
    if let remarks = layoutRemarks(after: header, region: region) {
      // Read again with the remark's words as white space, where they are no longer found.
      return Table4Reader(context: context.excluding(remarks)).read(region: region, inItsSection: inItsSection)
    }
    var headerWords = block
    let valueCount = Table4Reader.spec.rows.count * Table4Reader.spec.columns.count
    let segment = TextRange(start: header.end, end: region.end)
    var values = context.extractor.values(
      in: segment, expected: valueCount, skipLeadingBlankLines: true, endsTable: true
    )
    if case .cells(let found) = values.content, found.isEmpty,
      let afterRemarks = valuesAfterRemarksHeader(in: segment, expected: valueCount)
    {
      values = afterRemarks
    }
    if let cells = readingOrderCells(values.content, region: region, expected: valueCount) {
      (values.content, values.form) = (.cells(cells), .layout)
    }
    var cells: [Cell]
    var problems: [ReadingProblem] = []
    switch values.content {
    case .cells(var raw):
      if let split = splitTableValues(header: header, block: block, region: region) {
        (raw, headerWords) = (split.values, block + split.headerWords)
      } else if let resumed = resumedValues(after: raw, region: region, expected: valueCount) {
        raw = resumed
      } else if let resumed = resumedBeforePageEnd(after: raw, region: region, expected: valueCount) {
        raw = resumed
      } else if raw.count < valueCount,
        let next = valuesOfTheNextPage(header: header, region: region, expected: valueCount)
      {
        raw = next
      }
      if RemarksColumn.isNamed(
        in: context.text[TextRange(start: region.start, end: raw.first?.range.start ?? segment.start)])
      {
        raw = RemarksColumn.dropping(raw, columns: valueCount)
      }
      let written = raw.count
      if let rest =
        pageEndValues(after: raw, region: region, expected: valueCount)
        ?? valuesAcrossNextHeading(after: raw, region: region, expected: valueCount)
      {
        raw = rest
      }
      let fitted = context.fit(raw, expected: valueCount, rowEnd: values.end)
      cells = fitted.cells
      // Values found at the page's end or after the next heading are where the rules (R4) confirmed the text's order
      // put them.
      for index in cells.indices.dropFirst(written) where fitted.found == nil { cells[index].confidence = .solved }
      let lines = context.lines(from: header.start, upTo: raw.first?.range.start ?? segment.start)
      if fitted.found != nil, let placed = placeByColumns(raw, header: lines) ?? placeOnGrid(raw, header: lines) {
        cells = placed
      } else if let found = fitted.found {
        problems.append(
          ReadingProblem(
            kind: .cellCount(.table4, rowKey: "review", subtable: nil, expected: valueCount, found: found),
            range: raw.first.map { $0.range.union(raw.last!.range) } ?? TextRange(emptyAt: values.end)
          )
        )
      }
    case .glued(let glued):
      let lines = context.lines(from: header.start, upTo: glued.range.start)
      if let placed = placeByColumns(glued.tokens, header: lines) ?? placeOnGrid(glued.tokens, header: lines) {
        cells = placed
      } else {
        (cells, problems) = split(glued, count: valueCount)
      }
    }
    if let wrapped = context.unreadWrappedGridValues(cells, form: values.form, table: .table4, rowKey: "review") {
      (cells, problems) = (wrapped.cells, problems + [wrapped.problem])
    }
    let rows = makeRows(cells, block: headerWords, form: values.form)
    var table = ReadTable(id: .table4, range: region, rows: rows, form: values.form)
    // Cells found at the page's end, after the table's section, do not widen the table.
    let ends = cells.map(\.range.end).filter { $0 <= region.end }
    table.range = TextRange(start: header.start, end: max(header.start, ends.max() ?? values.end))
    return Result(table: table, problems: problems)
  }

  /// The table's header in `region`, from its first word to its last, with its header words: a block of them
  /// (``headerBlock(_:passingOverProse:)``), or, in section 四's own body, the sub-headers cut into fragments by
  /// narrow columns and joined (``CutHeaderJoin``; no header word is whole, so none is given).
  func headerAndWords(in region: TextRange, inItsSection: Bool) -> (TextRange, [LabelOccurrence])? {
    let view = NormalizedText(context.text, range: region, mode: .matching)
    if let block = headerBlock(Table4Reader.matcher.occurrences(in: view), passingOverProse: inItsSection),
      block.count >= Self.headerWordsMinimum
    {
      return (TextRange(start: block[0].range.start, end: block.last!.range.end), block)
    }
    guard inItsSection,
      let cut = CutHeaderJoin.header(in: region, text: context.text, excluded: context.excluded)
    else { return nil }
    return (cut, [])
  }

  /// The fifteen cells of a value line with fewer values, placed by position under the header's words
  /// (``ColumnPlacer``); verified when exact and every group's 总计 holds (R4).
  private func placeByColumns(_ raw: [RawCell], header: Range<Int>) -> [Cell]? {
    let spec = Table4Reader.spec
    let labels = spec.rows.flatMap { _ in spec.columns.map(\.label) }
    let placer = ColumnPlacer(context: context, columnLabels: labels, headerLines: header)
    guard let placement = placer.placements([raw])[0] else { return nil }
    let values = placement.cells.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) }
    let verified = placement.exact && RowRuleCheck(rules: spec.rules, columns: spec.columns).holds(values)
    return context.cells(placement, verified: verified)
  }

  /// The fewest header words a block of table 四's header holds.
  static let headerWordsMinimum = 3

  /// The header labels up to the first value: a gap holding a digit ends the block. `passingOverProse` (in section
  /// 四's own body only): a block of fewer than ``headerWordsMinimum`` labels that a digit ends is a header word in
  /// the prose before the table (`本年度行政复议1件。`), or a sub-header of table 三 cut off before its values,
  /// passed over for the next block. Where section 四's heading is lost the table is looked for from table 三 on
  /// (``readHeadingless(after:region:)``), and a note with numbers there keeps it unread: the first block only.
  func headerBlock(_ occurrences: [LabelOccurrence], passingOverProse: Bool = false) -> [LabelOccurrence]? {
    var block: [LabelOccurrence] = []
    for occurrence in occurrences {
      if let last = block.last, context.containsDigit(TextRange(start: last.range.end, end: occurrence.range.start)) {
        guard passingOverProse, block.count < Self.headerWordsMinimum else { return block }
        block = []
      }
      block.append(occurrence)
    }
    return block.isEmpty ? nil : block
  }

  /// The fifteen values of a glued run, split as one row under R4 (checked every five values).
  private func split(_ glued: GluedRow, count: Int) -> ([Cell], [ReadingProblem]) {
    let row = TableSolver.Row(key: "review", glued: glued, kinds: Array(repeating: .count, count: count))
    let solver = TableSolver(columns: Table4Reader.spec.columns, rules: Table4Reader.spec.rules)
    let reading = solver.solve([row], fixed: [:])["review"] ?? .unreadable
    let (cells, problem) = context.read(reading, of: glued, table: .table4, rowKey: "review", subtable: nil)
    let placeholders = context.undecidedCells(glued, candidates: [], count: count, inferred: false)
    return (cells.count == count ? cells : placeholders, problem.map { [$0] } ?? [])
  }

  /// The three rows of five cells; each row's label is its group header where one was found.
  func makeRows(_ cells: [Cell], block: [LabelOccurrence], form: TextForm) -> [TableRow] {
    let width = Table4Reader.spec.columns.count
    return Table4Reader.spec.rows.enumerated().map { index, spec in
      let header = block.first { $0.id == .header(spec.core) }
      let rowCells = Array(cells[(index * width)..<((index + 1) * width)])
      return TableRow(
        key: spec.key, subtable: nil, label: header.map { _ in spec.core } ?? "",
        labelRange: header?.range ?? TextRange(emptyAt: rowCells.first?.range.start ?? 0), labelMatchesFormat: true,
        cells: rowCells, form: form
      )
    }
  }
}
