import GoujiFormats
import GoujiText

extension Table2Reader {
  /// Reads table 二 row by row and, where rows are left unread (PDF text in reading order writes every row label
  /// first and each clause's values after its column headers), from the values under each clause
  /// (``readStream(region:fallbackFormat:)``).
  func read(region: TextRange, fallbackFormat: FormatID) -> Result? {
    let byRows = readByRows(region: region, fallbackFormat: fallbackFormat)
    let unread = byRows?.table.rows.filter { $0.cells.contains { !$0.isReadable } }.map(\.key) ?? []
    guard byRows == nil || !unread.isEmpty,
      let streamed = readStream(region: region, fallbackFormat: byRows?.format ?? fallbackFormat)
    else { return byRows }
    guard var result = byRows else { return streamed.rows.contains(where: \.isPlaced) ? streamed.result : nil }
    guard result.format == streamed.result.format else { return result }
    // A clause whose rows read by their own values read otherwise in the stream is not the stream's to place.
    let disagreeing = Set(
      streamed.rows.filter { placed in
        guard let read = result.table.rows.first(where: { $0.key == placed.row.key }) else { return false }
        return !unread.contains(read.key) && read.cells.map(\.text) != placed.row.cells.map(\.text)
      }.compactMap(\.row.subtable))
    for placed in streamed.rows where placed.isPlaced && unread.contains(placed.row.key) {
      guard let subtable = placed.row.subtable, !disagreeing.contains(subtable) else { continue }
      guard let index = result.table.rows.firstIndex(where: { $0.key == placed.row.key }) else { continue }
      result.table.rows[index].cells = placed.row.cells
      result.table.range = result.table.range.union(placed.row.range)
      result.problems.removeAll { Table2Reader.rowKey(of: $0) == placed.row.key }
      result.problems += placed.problem.map { [$0] } ?? []
    }
    return result
  }

  /// The row of table 二 a reading problem is about.
  private static func rowKey(of problem: ReadingProblem) -> String? {
    switch problem.kind {
    case .cellCount(.table2, let key, _, _, _), .rowUnreadable(.table2, let key, _),
      .cellsAmbiguous(.table2, let key, _, _):
      return key
    default:
      return nil
    }
  }

  /// A row read from a clause's stream of values, and whether its values could be placed.
  struct StreamedRow {
    var row: TableRow
    var isPlaced: Bool
    /// The row's values as placed and as the other reading places them, when the placement is inferred.
    var candidates: [[String]]? = nil
  }

  /// Table 二 from the values after each clause and its column headers: the clause's rows (found anywhere in the
  /// table) take the values as ``placements(_:)`` places them — row by row or column by column (solved when both
  /// read the same or the kinds rule one out, a sign only in 本年增/减; otherwise row by row, inferred), or across two
  /// neighbouring clauses.
  func readStream(region: TextRange, fallbackFormat: FormatID) -> (result: Result, rows: [StreamedRow])? {
    let view = NormalizedText(context.text, range: region, mode: .matching)
    let labels = Table2Reader.labels
    let occurrences = Table2Reader.matcher.occurrences(in: view)
    let clauses = occurrences.filter { if case .clause = $0.id { return true } else { return false } }
    guard !clauses.isEmpty else { return nil }
    let evidence = occurrences.compactMap { occurrence -> FormatEvidence? in
      let formats = labels[occurrence.patternIndex].formats
      guard formats.count == 1 else { return nil }
      let label = CharacterFolding.normalizeAndTrim(context.text[occurrence.range])
      return FormatEvidence(format: formats.first!, label: label, range: occurrence.range)
    }
    let format = decide(evidence) ?? fallbackFormat
    var streams: [ClauseStream] = []
    var clauseRanges: [String: TextRange] = [:]
    let scanner = ValueLineScanner(
      text: context.text, lines: context.lines, excluded: context.excluded, isValue: Table2Reader.isStreamValue
    )
    for (index, clause) in clauses.enumerated() {
      guard case .clause(let key) = clause.id, clauseRanges[key] == nil,
        let subtable = ReportFormats.format(format).table2.first(where: { $0.key == key })
      else { continue }
      clauseRanges[key] = clause.range
      let next = index + 1 < clauses.count ? clauses[index + 1].range.start : region.end
      let end = Table2Reader.streamEnd(of: subtable, after: clause.range.end, before: next, in: occurrences)
      let values = scanner.scan(TextRange(start: clause.range.end, end: end))?.flatMap(\.cells) ?? []
      streams.append(ClauseStream(subtable: subtable, values: values))
    }
    let placements = Table2Reader.placements(streams)
    let rows = zip(streams, placements).flatMap { stream, placed in
      streamedRows(stream.subtable, labels: occurrences, placed: placed)
    }
    guard !rows.isEmpty else { return nil }
    var table = ReadTable(id: .table2, range: region, rows: rows.map(\.row), form: .layout)
    table.clauseRanges = clauseRanges
    let ranges = rows.map(\.row.range) + clauseRanges.values
    table.range = TextRange(start: ranges.map(\.start).min()!, end: ranges.map(\.end).max()!)
    let problems = rows.compactMap(\.problem)
    return (Result(table: table, format: format, evidence: evidence, problems: problems), rows)
  }

  /// Where a clause's values end: at the next clause, or before it at a column header the clause does not have
  /// (`现行有效件数` after （八）'s value, where a page break moved the end of （一）): the values after such a header
  /// are another clause's, and taking them would place them on the wrong rows.
  static func streamEnd(
    of subtable: SubtableSpec, after start: Int, before end: Int, in occurrences: [LabelOccurrence]
  ) -> Int {
    let own = Set(subtable.columns.map(\.label))
    let foreign = occurrences.first { occurrence in
      guard case .column(let label) = occurrence.id else { return false }
      return occurrence.range.start >= start && occurrence.range.start < end && !own.contains(label)
    }
    return foreign?.range.start ?? end
  }

  /// The rows of one clause whose labels were found, with the clause's values as `placed` when they could be.
  private func streamedRows(_ subtable: SubtableSpec, labels: [LabelOccurrence], placed: Placement?) -> [StreamedRow] {
    let found = subtable.rows.compactMap { spec in labels.first { $0.id == .row(spec.key) }.map { (spec, $0) } }
    // The values follow the rows in the order the text writes their labels: only the format's order is placed.
    let inOrder = zip(found, found.dropFirst()).allSatisfy { $0.1.range.start < $1.1.range.start }
    let placed = found.count == subtable.rows.count && inOrder ? placed : nil
    let confidence: Confidence = placed?.alternative == nil ? .solved : .inferred
    return found.enumerated().map { index, entry in
      let (spec, occurrence) = entry
      let label = context.labelRange(occurrence.range)
      let rowCells =
        placed?.rows[index].map {
          Cell(text: $0.text, range: $0.range, state: .written, confidence: confidence)
        } ?? subtable.columns.map { _ in Cell(text: "", range: TextRange(emptyAt: label.end), state: .missing) }
      let row = TableRow(
        key: spec.key, subtable: subtable.key, label: CharacterFolding.normalizeAndTrim(context.text[label]),
        labelRange: label, labelMatchesFormat: true, cells: rowCells, form: .layout
      )
      let candidates = placed?.alternative.map { [placed!.rows[index], $0[index]].map { $0.map(\.text) } }
      return StreamedRow(row: row, isPlaced: placed != nil, candidates: candidates)
    }
  }

  /// A value of table 二 as a stream writes it: a number, signed or with decimals and a unit.
  private static func isStreamValue(_ token: RawCell) -> Bool {
    CellExtractor.isValueLike(token.text) && token.text.unicodeScalars.contains { PieceValidity.isDigit($0) }
  }

  /// A clause's values placed on its rows: `rows` as read, and `alternative` when another reading was possible
  /// (the values are then inferred, `rows` the more plausible).
  struct Placement {
    var rows: [[RawCell]]
    var alternative: [[RawCell]]?
  }

  /// The values as the clause's rows, row by row or column by column: the one reading that every value's column
  /// kind allows, or both when they read the same; when both are allowed and differ, row by row, inferred, with
  /// column by column as its alternative (`pdftotext` walks a table's cells row by row, as the clause's column
  /// headers written one after another before the values show; the column relations do not decide, a report may
  /// break them as written). `nil` when no reading fits.
  static func place(_ values: [RawCell], in subtable: SubtableSpec) -> Placement? {
    let (rows, columns) = (subtable.rows.count, subtable.columns.count)
    guard values.count == rows * columns else { return nil }
    let byRows = (0..<rows).map { row in (0..<columns).map { values[row * columns + $0] } }
    let byColumns = (0..<rows).map { row in (0..<columns).map { values[$0 * rows + row] } }
    let fitting = [byRows, byColumns].filter { reading in
      reading.allSatisfy { row in
        zip(row, subtable.columns).allSatisfy { cell, column in
          PieceValidity.isValid(Array(cell.text.unicodeScalars)[...], kind: column.kind)
        }
      }
    }
    guard let first = fitting.first else { return nil }
    let differing = fitting.dropFirst().first { $0.map { $0.map(\.text) } != first.map { $0.map(\.text) } }
    return Placement(rows: first, alternative: differing)
  }
}

extension Table2Reader.StreamedRow {
  /// What to report about the row: unreadable when its values could not be placed, ambiguous (with the placement
  /// first) when they were placed one of two ways.
  var problem: ReadingProblem? {
    guard isPlaced else {
      let kind = ReadingProblem.Kind.rowUnreadable(.table2, rowKey: row.key, subtable: row.subtable)
      return ReadingProblem(kind: kind, range: row.labelRange)
    }
    guard let candidates else { return nil }
    let kind = ReadingProblem.Kind.cellsAmbiguous(
      .table2, rowKey: row.key, subtable: row.subtable, candidates: candidates)
    return ReadingProblem(kind: kind, range: row.labelRange)
  }
}
