import GoujiFormats
import GoujiText

/// Reads table 二: the sub-tables under their 第二十条 clause headers, with rows and columns of either format.
struct Table2Reader {
  struct Result {
    var table: ReadTable
    var format: FormatID
    var evidence: [FormatEvidence]
    var problems: [ReadingProblem]
  }

  let context: TableContext

  /// One label of table 二 in any format, with the formats it belongs to.
  struct Label {
    var pattern: LabelPattern
    var formats: Set<FormatID>
    /// Position in the union order of clauses and rows, `nil` for column headers.
    var order: Int?
  }

  /// Every label of table 二 in the formats in use.
  static var labels: [Label] { derivedLabels.value }

  private static let derivedLabels = DerivedFromFormats { () -> [Label] in
    var result: [Label] = []
    var order = 0
    var seenSubtables: [String] = []
    let all = ReportFormats.all
    let subtableKeys = all.flatMap { $0.table2.map(\.key) }.reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    for key in subtableKeys.sorted(by: { Double($0)! < Double($1)! }) where !seenSubtables.contains(key) {
      seenSubtables.append(key)
      let owners = all.filter { $0.table2.contains { $0.key == key } }
      let clause = owners[0].table2.first { $0.key == key }!.clause
      result.append(
        Label(pattern: LabelPattern(id: .clause(key), core: clause), formats: Set(owners.map(\.id)), order: order))
      order += 1
      var rowKeys: [String] = []
      for format in owners {
        for row in format.table2.first(where: { $0.key == key })!.rows where !rowKeys.contains(row.key) {
          rowKeys.append(row.key)
        }
      }
      for rowKey in rowKeys {
        var byCore: [String: Set<FormatID>] = [:]
        for format in owners {
          if let row = format.table2.first(where: { $0.key == key })!.rows.first(where: { $0.key == rowKey }) {
            byCore[row.core, default: []].insert(format.id)
          }
        }
        for (core, formats) in byCore.sorted(by: { $0.key < $1.key }) {
          result.append(Label(pattern: LabelPattern(id: .row(rowKey), core: core), formats: formats, order: order))
        }
        order += 1
      }
    }
    var columns: [String: Set<FormatID>] = [:]
    for format in all {
      for subtable in format.table2 {
        for column in subtable.columns { columns[column.label, default: []].insert(format.id) }
      }
    }
    for (label, formats) in columns.sorted(by: { $0.key < $1.key }) {
      let aliases = all.flatMap { $0.table2.flatMap(\.columns) }.first { $0.label == label }?.aliases ?? []
      result.append(
        Label(pattern: LabelPattern(id: .column(label), core: label, aliases: aliases), formats: formats, order: nil))
    }
    result.append(
      Label(pattern: LabelPattern(id: .header("信息内容"), core: "信息内容"), formats: Set(FormatID.allCases), order: nil))
    return result
  }

  static var matcher: LabelMatcher { matchers.value }

  private static let matchers = DerivedFromFormats { LabelMatcher(patterns: labels.map(\.pattern)) }

  /// Table 二 read row by row: each row's values after its label.
  func readByRows(region: TextRange, fallbackFormat: FormatID) -> Result? {
    let view = NormalizedText(context.text, range: region, mode: .matching)
    let labels = Table2Reader.labels
    let occurrences = Table2Reader.matcher.occurrences(in: view)
    let matched = occurrences.longestIncreasingRun { labels[$0.patternIndex].order }
    guard matched.contains(where: { if case .clause = $0.id { return true } else { return false } }),
      matched.contains(where: { if case .row = $0.id { return true } else { return false } })
    else { return nil }
    let joins = gridJoinedRows(matched, region: region)
    let joinsByStart = Dictionary(joins.map { ($0.occurrence.range.start, $0) }) { first, _ in first }
    let ordered =
      joins.isEmpty
      ? matched
      : (matched + joins.map(\.occurrence)).sorted { $0.range.start < $1.range.start }
        .longestIncreasingRun { labels[$0.patternIndex].order }
    let firstClause = ordered.first { if case .clause = $0.id { return true } else { return false } }!.range.start
    let relevant = occurrences.filter { $0.range.start >= firstClause }
    let evidence = relevant.compactMap { occurrence -> FormatEvidence? in
      let formats = labels[occurrence.patternIndex].formats
      guard formats.count == 1 else { return nil }
      return FormatEvidence(
        format: formats.first!, label: CharacterFolding.normalizeAndTrim(context.text[occurrence.range]),
        range: occurrence.range)
    }
    let format = decide(evidence) ?? fallbackFormat
    let spec = ReportFormats.format(format)
    let boundaries = (relevant + joins.map(\.occurrence)).map(\.range.start).sorted() + [region.end]
    var rows: [TableRow] = []
    var problems: [ReadingProblem] = []
    var forms: [TextForm] = []
    var clauseRanges: [String: TextRange] = [:]
    var writtenValues: [Int: [RawCell]] = [:]
    var budget = WorkBudget()
    let stated = context.statedNumbers(in: TextRange(start: region.start, end: firstClause))
    for occurrence in ordered {
      if case .clause(let key) = occurrence.id { clauseRanges[key] = occurrence.range }
      guard case .row(let key) = occurrence.id,
        let subtable = spec.table2.first(where: { $0.rows.contains { $0.key == key } })
      else { continue }
      let label = context.labelRange(occurrence.range)
      let end = boundaries.first { $0 >= label.end } ?? region.end
      let segment = TextRange(start: label.end, end: max(label.end, end))
      var (row, rowProblems, written) = readRow(
        key: key, subtable: subtable, label: label, segment: segment, stated: stated, budget: &budget
      )
      if let join = joinsByStart[occurrence.range.start], join.occurrence.id == occurrence.id,
        let spread = settleGridJoin(join, row: &row)
      {
        (rowProblems, written) = ([spread], nil)
      }
      writtenValues[rows.count] = written
      rows.append(row)
      forms.append(row.form)
      problems += rowProblems
    }
    placeByColumns(&rows, problems: &problems, written: writtenValues, clauses: clauseRanges, format: spec)
    unread(subtablesWithValuesFirst(ordered, all: relevant, format: spec), rows: &rows, problems: &problems)
    var table = ReadTable(id: .table2, range: region, rows: rows, form: TextForm.combined(forms))
    table.clauseRanges = clauseRanges
    table.range = TextRange(start: firstClause, end: max(firstClause, rows.map(\.range.end).max() ?? firstClause))
    return Result(table: table, format: format, evidence: evidence, problems: problems)
  }

  func decide(_ evidence: [FormatEvidence]) -> FormatID? {
    let counts = Dictionary(grouping: evidence, by: \.format).mapValues(\.count)
    guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
      return nil
    }
    return best.key
  }

  private func readRow(
    key: String, subtable: SubtableSpec, label: TextRange, segment: TextRange, stated: Set<Int>,
    budget: inout WorkBudget
  ) -> (TableRow, [ReadingProblem], written: [RawCell]?) {
    let expected = subtable.columns.count
    let values = context.extractor.values(in: segment, expected: expected)
    var row = TableRow(
      key: key, subtable: subtable.key, label: CharacterFolding.normalizeAndTrim(context.text[label]),
      labelRange: label,
      labelMatchesFormat: true, cells: [], form: values.form
    )
    var problems: [ReadingProblem] = []
    var written: [RawCell]?
    switch values.content {
    case .cells(let raw):
      written = raw
      let (cells, found) = context.fit(raw, expected: expected, rowEnd: values.end)
      row.cells = cells
      row.writtenCellCount = found
      if let wrapped = context.unreadWrappedGridValues(cells, form: values.form, table: .table2, rowKey: key) {
        (row.cells, written) = (wrapped.cells, nil)
        problems.append(wrapped.problem)
      } else if let found {
        problems.append(
          ReadingProblem(
            kind: .cellCount(.table2, rowKey: key, subtable: subtable.key, expected: expected, found: found),
            range: row.range
          ))
      }
    case .glued(let glued):
      written = glued.tokens
      let (cells, problem) = readGlued(glued, key: key, subtable: subtable, stated: stated, budget: &budget)
      row.cells = cells
      problems += problem.map { [$0] } ?? []
    }
    return (row, problems, written)
  }

  /// The most splits of a table 二 row that are ranked; a row with more is unreadable.
  static let candidateLimit = 64

  /// A glued row of table 二: solved when its column kinds allow one split; otherwise the splits are ranked
  /// (``SplitRanking``) and the most plausible, when clearly so, is kept as an inferred value, reported with all of
  /// them (a row with no clear best is unreadable, its splits listed all the same).
  private func readGlued(
    _ glued: GluedRow, key: String, subtable: SubtableSpec, stated: Set<Int>, budget: inout WorkBudget
  )
    -> ([Cell], ReadingProblem?)
  {
    let splitter = RowSplitter(tokens: glued.scalars, kinds: subtable.columns.map(\.kind))
    let count = subtable.columns.count
    guard case .splits(let splits) = splitter.splits(limit: Table2Reader.candidateLimit, budget: &budget),
      !splits.isEmpty
    else {
      let kind = ReadingProblem.Kind.rowUnreadable(.table2, rowKey: key, subtable: subtable.key)
      return (
        context.undecidedCells(glued, candidates: [], count: count, inferred: false),
        ReadingProblem(kind: kind, range: glued.range)
      )
    }
    if splits.count == 1 { return (context.cells(glued, split: splits[0].pieces, confidence: .solved), nil) }
    let (ranked, hasClearBest) = SplitRanking.rankedWithClearBest(
      splits.map(\.values), columns: subtable.columns, orderings: subtable.orderings, statedNumbers: stated
    )
    let kind = ReadingProblem.Kind.cellsAmbiguous(.table2, rowKey: key, subtable: subtable.key, candidates: ranked)
    let cells = context.undecidedCells(glued, candidates: ranked, count: count, inferred: hasClearBest)
    return (cells, ReadingProblem(kind: kind, range: glued.range))
  }
}
