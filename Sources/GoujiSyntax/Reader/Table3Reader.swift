import GoujiFormats
import GoujiText

/// Reads table 三 in any text form: finds the row labels of either format in order, reads the values after each,
/// and splits glued digits with the balancing rules (``TableSolver``).
struct Table3Reader {
  struct Result {
    var table: ReadTable
    var evidence: [FormatEvidence]
    var problems: [ReadingProblem]
  }

  let context: TableContext

  /// Rows of every format in one order (2019's （六）其他处理 row is 2021's group of the same label).
  static var unionRows: [RowSpec] { derived.value.rows }

  /// What the reader derives from the formats in use, made once for the standard formats.
  static let derived = DerivedFromFormats {
    let formats = ReportFormats.all
    let rows = ReportFormats.table3Rows
    let allGroups = ReportFormats.table3Groups
    let groups = allGroups.filter { group in !rows.contains { $0.key == group.key } }
    let groupsAmongRows = allGroups.filter { group in rows.contains { $0.key == group.key } }
    let columns = ReportFormats.latest.table3.columns
    let bodyMatcher = LabelMatcher.rows(rows, groups: groups, groupsAmongRows: groupsAmongRows)
    return Derived(
      rows: rows, order: Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element.key, $0.offset) }),
      columns: columns, signatures: Signature.all,
      oldestOwnRows: ReportFormats.distinguishingRows(of: formats[0], against: Array(formats.dropFirst())),
      bodyMatcher: bodyMatcher, cutLabels: CutLabelJoin(matcher: bodyMatcher),
      gridRows: GridRowJoin(matcher: bodyMatcher),
      headerMatcher: LabelMatcher(
        patterns: columns.map { LabelPattern(id: .column($0.key), core: $0.label) }
          + ["申请人情况", "法人或其他组织", "小计"].map { LabelPattern(id: .header($0), core: $0) }
      )
    )
  }

  struct Derived: Sendable {
    var rows: [RowSpec]
    var order: [String: Int]
    /// The newest format's columns.
    var columns: [ColumnSpec]
    var signatures: [Signature]
    /// The oldest format's rows that no newer format has (2019's （六）其他处理).
    var oldestOwnRows: [RowSpec]
    var bodyMatcher: LabelMatcher
    /// Joins the labels a narrow cell cuts over several lines.
    var cutLabels: CutLabelJoin
    /// Joins the labels broken inside a grid cell over several lines.
    var gridRows: GridRowJoin
    var headerMatcher: LabelMatcher
  }

  /// Reads the table in `region`; `expected` is the format the report year requires, chosen when the rows are
  /// those of several formats.
  func read(region: TextRange, expected: FormatID? = nil) -> Result? {
    let view = NormalizedText(context.text, range: region, mode: .matching)
    let derived = Table3Reader.derived.value
    let occurrences = derived.bodyMatcher.occurrences(in: view)
    let order = { (occurrence: LabelOccurrence) -> Int? in
      if case .row(let key) = occurrence.id { return derived.order[key] }
      return nil
    }
    let matched = occurrences.longestIncreasingRun(order: order)
    guard matched.count >= 2 else { return nil }
    let numberAbove = numberAboveJoins(matched)
    let found = matched.filter { occurrence in !numberAbove.contains { $0.occurrence.id == occurrence.id } }
    let joined = joinedRows(found, region: region)
    let gridJoins = gridJoinedRows(found + joined, region: region) + numberAbove
    let rowOccurrences = (found + joined + gridJoins.map(\.occurrence)).sorted { $0.range.start < $1.range.start }
      .longestIncreasingRun(order: order)
    let groups = occurrences.filter { if case .group = $0.id { return true } else { return false } }
    let boundaries = (rowOccurrences + groups).map(\.range.start).sorted() + [region.end]
    let header = TextRange(start: region.start, end: rowOccurrences[0].range.start)
    let extra = extraColumn(in: header)
    let (format, proof) = tableFormat(rowOccurrences, expected: expected, signatures: derived.signatures)
    let serials = extra == nil ? serialNumbers(rowOccurrences, format: format.table3, region: region) : []
    let reader = serials.isEmpty ? self : Table3Reader(context: context.excluding(serials))
    return reader.readRows(
      FoundLabels(
        all: occurrences, rows: rowOccurrences, joined: joined.map(rowKey),
        gridJoins: Dictionary(gridJoins.map { (rowKey($0.occurrence), $0) }) { first, _ in first },
        boundaries: boundaries, extra: extra, remarks: RemarksColumn.isNamed(in: context.text[header]), format: format,
        proof: proof
      ),
      region: region
    )
  }

  /// What the labels of a table tell before its rows are read.
  struct FoundLabels {
    /// Every label found in the region, and the rows among them in the format's order.
    var all: [LabelOccurrence]
    var rows: [LabelOccurrence]
    /// The rows found by joining their cut labels.
    var joined: [String]
    /// The rows found by joining the pieces of their grid cells, by key.
    var gridJoins: [String: GridRowJoin.Join]
    /// Where each row's values end: the next row's or group's label, or the region's end.
    var boundaries: [Int]
    var extra: (index: Int, range: TextRange)?
    /// Whether the header has a `备注` column after 总计 (``RemarksColumn``).
    var remarks: Bool
    var format: ReportFormat
    /// The rows that prove the format.
    var proof: [LabelOccurrence]
  }

  /// Reads the rows of the labels found in `region`.
  private func readRows(_ labels: FoundLabels, region: TextRange) -> Result {
    let (rowOccurrences, boundaries, extra, format) = (labels.rows, labels.boundaries, labels.extra, labels.format)
    let derived = Table3Reader.derived.value
    let formatRows = Set(format.table3.rows.map(\.key))
    var state = RowsState()
    func readRows(hint: FieldHint) {
      state = RowsState(fieldHint: hint)
      for occurrence in rowOccurrences {
        let key = rowKey(occurrence)
        if !formatRows.contains(key) { continue }  // a group label in this format (2021's （六）其他处理)
        let label = context.labelRange(occurrence.range)
        let segmentEnd = boundaries.first { $0 > label.start && $0 >= label.end } ?? region.end
        let segment = TextRange(start: label.end, end: max(label.end, segmentEnd))
        readRow(
          key: key, label: label, segment: segment, extra: extra?.index, remarks: labels.remarks, into: &state)
      }
    }
    readRows(hint: .none)
    if state.leadingChoices.contains(where: { $0.count > 1 }),
      let hint = FieldHint.dominant(leading: state.leadingChoices, trailing: state.trailingChoices)
    {
      readRows(hint: hint)
    }
    if extra == nil {
      let header = context.lines(from: region.start, upTo: rowOccurrences[0].range.start)
      if rowsAreRagged(state.rows, format: format.table3) {
        placeOnGrid(&state, header: header, format: format.table3)
      } else {
        placeByColumns(&state, header: header, format: format.table3)
      }
      assignStream(&state, region: region, format: format.table3)
      placeJointly(&state, format: format.table3)
    }
    leaveUnconfirmedRowsUnread(&state, format: format.table3)
    leaveUnbalancedJoinedRowsUnread(&state, joined: labels.joined, format: format.table3)
    settleGridJoins(labels.gridJoins, in: &state)
    leaveWrappedGridValuesUnread(&state)
    leaveRowsBesideStrayValuesUnread(&state)
    let unsplit = resolveGlued(&state, format: format.table3)
    if leaveUnconfirmedRowsUnread(&state, format: format.table3, alsoUnread: unsplit) {
      resolveGlued(&state, format: format.table3)
    }
    state.problems += Table3Reader.rowsOutOfOrder(labels.all, read: state.rows, formatRows: formatRows)
    var table = ReadTable(id: .table3, range: region, rows: [], form: TextForm.combined(state.forms))
    table.rows = Table3Reader.unionRows.compactMap { state.rows[$0.key] }
    table.unknownLabels = state.unknown
    // Cells found at the page's end, after the table's section, do not widen the table.
    let ends = table.rows.flatMap { [$0.labelRange.end] + $0.cells.map(\.range.end) }.filter { $0 <= region.end }
    table.range = TextRange(start: rowOccurrences[0].range.start, end: ends.max() ?? region.end)
    table.extraColumnRange = extra?.range
    let evidence = evidence(labels.proof, of: format, oldestOwnRows: derived.oldestOwnRows, state: state)
    return Result(table: table, evidence: evidence, problems: state.problems)
  }

  /// What reading the rows accumulates.
  struct RowsState {
    var rows: [String: TableRow] = [:]
    /// Rows with values written together, to be split by the solver once every row is read.
    var glued: [String: TableSolver.Row] = [:]
    var unknown: [UnknownLabel] = []
    var forms: [TextForm] = []
    var problems: [ReadingProblem] = []
    /// How TAB-separated rows could be fitted, and the layout chosen for the ambiguous ones.
    var leadingChoices: [[Int]] = []
    var trailingChoices: [[Int]] = []
    var fieldHint = FieldHint.none
    /// The rows in the order they were read, and the values of those whose count did not fit (a stream of values
    /// after the last label, in PDF text in reading order).
    var readOrder: [String] = []
    var unplaced: [String: [RawCell]] = [:]
    /// The values written after each row's label, for placing short rows by position.
    var writtenValues: [String: [RawCell]] = [:]

    /// Row `key` read as `cells` (placed by position or by the rules): no longer short, glued or reported as such.
    mutating func settle(_ key: String, as cells: [Cell]) {
      rows[key]?.cells = cells
      rows[key]?.writtenCellCount = nil
      unplaced[key] = nil
      glued[key] = nil
      problems.removeAll { problem in
        if case .cellCount(.table3, key, _, _, _) = problem.kind { return true }
        return false
      }
    }
  }

  func rowKey(_ occurrence: LabelOccurrence) -> String {
    if case .row(let key) = occurrence.id { return key }
    return ""
  }

  private func readRow(
    key: String, label: TextRange, segment: TextRange, extra: Int?, remarks: Bool = false, into state: inout RowsState
  ) {
    let columns = Table3Reader.derived.value.columns
    let expected = columns.count + (extra == nil ? 0 : 1)
    let isLastRow = key == Table3Reader.unionRows.last?.key
    var values = context.extractor.values(
      in: segment, expected: expected, leadingHint: state.fieldHint.leading, trailingHint: state.fieldHint.trailing,
      continuation: LabelContinuation.table3Row(key), endsTable: isLastRow
    )
    if extra == nil, case .cells(let raw) = values.content,
      let resumed = resumedValues(raw, after: values.end, in: segment, key: key, expected: expected)
    {
      (values.content, values.end) = (.cells(resumed.cells), resumed.end)
    }
    if extra == nil, case .glued(let glued) = values.content,
      let resumed = resumedValues(
        glued.tokens, after: values.end, in: segment, key: key, expected: expected, inColumnsOnly: true)
    {
      (values.content, values.end, values.form) = (.cells(resumed.cells), resumed.end, .layout)
    }
    state.forms.append(values.form)
    state.leadingChoices.append(values.leadingChoices)
    state.trailingChoices.append(values.trailingChoices)
    let labelText = CharacterFolding.normalizeAndTrim(context.text[label])
    var row = TableRow(
      key: key, subtable: nil, label: labelText, labelRange: label, labelMatchesFormat: true, cells: [],
      form: values.form
    )
    switch values.content {
    case .cells(var raw):
      raw = remarks ? RemarksColumn.dropping(raw, columns: expected) : raw
      state.writtenValues[key] = raw
      if let extra, raw.count == expected { raw.remove(at: extra) }
      let (cells, found) = context.fit(raw, expected: columns.count, rowEnd: values.end)
      row.cells = cells
      row.writtenCellCount = found
      if found != nil { state.unplaced[key] = raw }
      if let found {
        state.problems.append(
          ReadingProblem(
            kind: .cellCount(.table3, rowKey: key, subtable: nil, expected: columns.count, found: found),
            range: row.range
          )
        )
      }
      if raw.allSatisfy({ $0.text.isEmpty }) && Table3Reader.lostItsNumber(labelText) {
        // The label's number stands before it, with the row's values (`2.  0  0  34 …` above `申请人逾期…`: pandoc
        // wrapped `2. 申请人…` at its space): the empty cells after the rest of the label are not the row's.
        (row.cells, row.writtenCellCount) = (Cell.unread(cells, orEmptyAt: label.end), nil)
        (state.writtenValues[key], state.unplaced[key]) = (nil, nil)
        state.problems.removeAll { $0.range == row.range }
        state.problems.append(ReadingProblem(kind: .rowUnfound(.table3, rowKey: key, subtable: nil), range: label))
      }
    case .glued(let glued):
      state.writtenValues[key] = glued.tokens
      let kinds = Array(repeating: ValueKind.count, count: expected)
      state.glued[key] = TableSolver.Row(key: key, glued: glued, kinds: kinds, dropping: extra)
      row.cells = context.undecidedCells(glued, candidates: [], count: columns.count, inferred: false)
    }
    state.rows[key] = row
    state.readOrder.append(key)
    // Text after the last row is the section's prose, not a row.
    if !isLastRow {
      readUnknownRow(after: values.end, in: segment, continuing: key, into: &state)
    }
  }

  /// A label in the rest of a row's segment that is not in the format: a misspelt row (read as the missing row it
  /// most resembles) or a row that does not belong. The rest of row `key`'s wrapped label or of a group label beside
  /// it (`止公开`, `理结果` in reading order, after the values) is neither.
  private func readUnknownRow(
    after end: Int, in segment: TextRange, continuing key: String, into state: inout RowsState
  ) {
    let rest = TextRange(start: max(end, segment.start), end: segment.end)
    guard let (text, range) = context.unknownLabel(in: rest), !isHeaderText(range), looksLikeRowLabel(text),
      LabelContinuation.table3Row(key)?.allows(text) != true,
      context.containsDigit(TextRange(start: range.end, end: segment.end))
    else { return }
    let missing = Table3Reader.unionRows.filter { state.rows[$0.key] == nil }
    let closest = LabelSimilarity.closest(to: text, among: missing)
    state.unknown.append(UnknownLabel(text: text, range: range, closestRowKey: closest?.key))
    guard let closest else { return }
    readRow(
      key: closest.key, label: range, segment: TextRange(start: range.end, end: segment.end), extra: nil, into: &state)
    state.rows[closest.key]?.labelMatchesFormat = false
  }

  /// A row label is short and is not a sentence.
  /// Whether a row label as found (normalised) starts without a number (`一、`, `(一)`, `1.`): every row of table 三
  /// has one, so the label was found by its rest and its number stands before it, elsewhere.
  static func lostItsNumber(_ label: String) -> Bool {
    guard let first = label.unicodeScalars.first else { return false }
    return !("0"..."9").contains(first) && !"(（一二三四五六七".unicodeScalars.contains(first)
  }

  private func looksLikeRowLabel(_ text: String) -> Bool {
    text.count <= 48 && !text.contains("。") && !text.contains("；")
  }

  private func isHeaderText(_ range: TextRange) -> Bool {
    let view = NormalizedText(context.text, range: range, mode: .matching)
    let occurrences = Table3Reader.derived.value.headerMatcher.occurrences(in: view)
    let covered = occurrences.reduce(0) { $0 + $1.normalizedRange.count }
    return covered * 2 >= view.count
  }

  /// The position of an unofficial `小计` column among the value columns, from the header.
  private func extraColumn(in header: TextRange) -> (index: Int, range: TextRange)? {
    guard header.length > 0 else { return nil }
    let view = NormalizedText(context.text, range: header, mode: .matching)
    let found = Table3Reader.derived.value.headerMatcher.occurrences(in: view)
    guard let subtotal = found.first(where: { $0.id == .header("小计") }) else { return nil }
    let columnsBefore = found.filter {
      if case .column(let key) = $0.id { return $0.range.start < subtotal.range.start && key != "total" }
      return false
    }
    let index = columnsBefore.contains { $0.id == .column("commercial") } ? 6 : 1
    return (index, subtotal.range)
  }

  /// Splits the glued rows under the rules of the table's own format (2019's R3-3 sums its single （六）其他处理 row,
  /// 2021's the three rows under it); returns how many of them no split decides.
  @discardableResult
  private func resolveGlued(_ state: inout RowsState, format: Table3Spec) -> Int {
    guard !state.glued.isEmpty else { return 0 }
    var fixed: [String: [Int?]] = [:]
    for (key, row) in state.rows where state.glued[key] == nil { fixed[key] = row.cells.map(\.arithmeticValue) }
    let order = Table3Reader.unionRows.map(\.key)
    let rows = order.compactMap { state.glued[$0] }
    let solved = TableSolver(columns: format.columns, rules: format.rules).solve(rows, fixed: fixed)
    let readings = confirmingForcedSplits(solved, state: state, format: format)
    // In the format's row order, so that the problems come out in the same order on every reading.
    for row in rows {
      guard let reading = readings[row.key], let tableRow = state.rows[row.key] else { continue }
      let (cells, problem) = context.read(reading, of: row.glued, table: .table3, rowKey: row.key, subtable: nil)
      state.rows[row.key]?.cells = cells.count == tableRow.cells.count ? cells : tableRow.cells
      if let problem { state.problems.append(problem) }
    }
    return rows.filter { if case .solved = readings[$0.key] { return false } else { return true } }.count
  }
}
