import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// Completion candidates on any line of table 三 or 四: every row, group and header of the format, ranked by
/// position (``PositionRanking``), each row also as a whole-row snippet in the report's text form.
enum RowCandidates {
  /// Table 三: the rows and their groups in format order, ranked from the row that belongs at the cursor; the
  /// column headers last.
  static func table3(_ report: Report, typing: TextRange, language: Language)
    -> [CompletionCandidate]
  {
    guard let table = report.table3 else { return [] }
    let spec = report.effectiveFormat.table3
    let written = spec.rows.map { row in table.row(row.key).map(\.labelRange).flatMap { untyped($0, typing) } }
    let ranking = PositionRanking(written: written, cursorLineStart: lineStart(report.text, typing.start))
    var candidates: [CompletionCandidate] = []
    var groupsSeen: Set<String> = []
    for (index, row) in spec.rows.enumerated() {
      let rank = sortKey(ranking.rank(index))
      let group = spec.groups.first { $0.key == row.group }
      let context = group.flatMap { $0.namesSubRows ? $0.label : nil }
      candidates.append(
        labelCandidate(row.label, kind: .rowLabel, axis: .row, context: context, sortKey: "0-\(rank)-1"))
      candidates.append(
        wholeRow(
          row.label, cells: spec.columns.count, report: report, typing: typing,
          language: language, sortKey: "0-\(rank)-2"))
      if let group, groupsSeen.insert(group.key).inserted {
        candidates.append(
          labelCandidate(group.label, kind: .rowLabel, axis: .row, context: nil, sortKey: "0-\(rank)-0"))
      }
    }
    for (index, column) in spec.columns.enumerated() {
      candidates.append(
        labelCandidate(
          column.label, kind: .columnHeader, axis: .column, context: nil,
          sortKey: "1-" + sortKey(index)))
    }
    return candidates
  }

  /// Table 四: its headers in the format's order, from the one after the last header written above the cursor.
  static func table4(_ report: Report, typing: TextRange) -> [CompletionCandidate] {
    let headers = report.effectiveFormat.table4.headers
    let start = lineStart(report.text, typing.start)
    let written = report.table4?.headers ?? []
    let last = written.last { $0.range.end <= start && untyped($0.range, typing) != nil }
    let expected = last.flatMap { header in headers.firstIndex(of: header.label) }.map { $0 + 1 } ?? 0
    return headers.enumerated().map { index, header in
      let rank = (index - expected + headers.count) % headers.count
      return LabelCandidates.candidate(
        header, kind: .columnHeader, table: .reviewAndLitigation, axis: .column, context: nil,
        sortKey: "0-" + sortKey(rank)
      )
    }
  }

  /// The row written whole: its label and a `${n:0}` placeholder per cell, in the report's text form. The first
  /// cell-per-line TAB is left out when the line already starts with white space before the cursor.
  private static func wholeRow(
    _ label: String, cells: Int, report: Report, typing: TextRange, language: Language, sortKey: String
  ) -> CompletionCandidate {
    let renderer = TableRenderer(form: report.textForm, text: report.text)
    let indented = typing.start > lineStart(report.text, typing.start)
    let trim = { (row: String) -> String in
      indented && row.hasPrefix("\t") ? String(row.dropFirst()) : row
    }
    let snippet = trim(
      renderer.row(label: TableCandidates.escapeSnippet(label), values: (1...cells).map { "${\($0):0}" }))
    let plain = trim(renderer.row(label: label, values: Array(repeating: "0", count: cells)))
    return CompletionCandidate(
      label: label + language.pick("（整行）", " (whole row)"),
      detail: language.pick("整行，\(cells)个单元格", "whole row, \(cells) cells"),
      documentation: nil, insertText: snippet, isSnippet: true, plainInsertText: plain, kind: .wholeRow,
      sortKey: sortKey
    )
  }

  private static func labelCandidate(
    _ label: String, kind: CompletionKind, axis: TableAxis, context: String?, sortKey: String
  ) -> CompletionCandidate {
    LabelCandidates.candidate(label, kind: kind, table: .applications, axis: axis, context: context, sortKey: sortKey)
  }

  /// `range`, unless it is (part of) the prefix being typed.
  private static func untyped(_ range: TextRange, _ typing: TextRange) -> TextRange? {
    !typing.isEmpty && range.overlaps(typing) ? nil : range
  }

  private static func lineStart(_ text: SourceText, _ offset: Int) -> Int {
    text.lineContentRange(text.line(containing: offset)).start
  }
}
