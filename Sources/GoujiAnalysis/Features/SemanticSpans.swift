import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// Semantic spans: headings, row labels, column headers, table values, citations, the signature date and
/// conversion leftovers. Spans broken over lines become one span per line; where two would overlap, the one of the
/// more specific kind is kept (labels and values before citations).
enum SemanticSpanBuilder {
  /// Codes of the diagnostics that make a value `wrong`.
  static let wrongValueCodes: Set<String> = ["GJ306", "GJ310", "GJ311", "GJ312", "GJ313", "GJ314"]

  static func spans(_ analysis: Analysis) -> [SemanticSpan] {
    let report = analysis.report
    var candidates = headings(report) + labels(report) + numbers(analysis)
    candidates += report.signatureDate.map { [SemanticSpan(range: $0.range, kind: .date, modifiers: [])] } ?? []
    candidates += report.artifacts.map { SemanticSpan(range: $0.range, kind: .leftover, modifiers: []) }
    candidates += citations(report)
    var kept: [SemanticSpan] = []
    for candidate in candidates {
      for piece in report.text.linePieces(candidate.range) where !kept.contains(where: { $0.range.overlaps(piece) }) {
        kept.append(SemanticSpan(range: piece, kind: candidate.kind, modifiers: candidate.modifiers))
      }
    }
    return kept.sorted { $0.range < $1.range }
  }

  private static func headings(_ report: Report) -> [SemanticSpan] {
    report.sections.map { section in
      SemanticSpan(
        range: section.heading.range, kind: .heading, modifiers: section.titleMatch == .canonical ? [] : [.nonstandard])
    } + report.strayHeadings.map { SemanticSpan(range: $0.range, kind: .heading, modifiers: [.nonstandard]) }
  }

  private static func labels(_ report: Report) -> [SemanticSpan] {
    guard !report.isPre2019 else { return [] }
    let layout = ReportLayout(report)
    var spans: [SemanticSpan] = []
    for table in [report.table2, report.table3].compactMap({ $0 }) {
      spans += table.rows.filter { !$0.label.isEmpty }.map { row in
        SemanticSpan(
          range: row.labelRange, kind: .rowLabel,
          modifiers: row.labelMatchesFormat ? [] : [.nonstandard])
      }
      spans += table.clauseRanges.values.sorted().map { SemanticSpan(range: $0, kind: .rowLabel, modifiers: []) }
      spans += table.unknownLabels.map { SemanticSpan(range: $0.range, kind: .rowLabel, modifiers: [.nonstandard]) }
    }
    spans += layout.groups.map { SemanticSpan(range: $0.range, kind: .rowLabel, modifiers: []) }
    spans += layout.headers.map { SemanticSpan(range: $0.range, kind: .columnHeader, modifiers: []) }
    return spans
  }

  private static func numbers(_ analysis: Analysis) -> [SemanticSpan] {
    let report = analysis.report
    guard !report.isPre2019 else { return [] }
    let wrong = analysis.diagnostics.filter { wrongValueCodes.contains($0.code) && !$0.range.isEmpty }.map(\.range)
    let cells = report.readTables.flatMap(\.rows).flatMap(\.cells)
    return cells.filter(isWritten).map { cell in
      SemanticSpan(
        range: cell.range, kind: .number, modifiers: wrong.contains { $0.overlaps(cell.range) } ? [.wrong] : [])
    }
  }

  /// Whether the cell has text in the report: a value, or digits that split more than one way.
  private static func isWritten(_ cell: Cell) -> Bool {
    switch cell.state {
    case .written, .ambiguous: !cell.range.isEmpty
    case .empty, .missing: false
    }
  }

  private static func citations(_ report: Report) -> [SemanticSpan] {
    let notices = report.notices.map { SemanticSpan(range: $0.range, kind: .citation, modifiers: []) }
    let articles = CitationFinder.citations(in: report.text.string).map {
      SemanticSpan(
        range: TextRange(start: $0.range.lowerBound, end: $0.range.upperBound), kind: .citation, modifiers: [])
    }
    return notices + articles
  }
}
