import GoujiFormats
import GoujiSyntax
import GoujiText

/// Folding regions: sections, tables, table 二's sub-tables and table 三's groups, properly nested (a region that
/// would cross another is dropped, and of two starting on one line the larger is kept).
enum FoldingBuilder {
  static func regions(_ analysis: Analysis) -> [FoldingRegion] {
    let report = analysis.report
    let text = report.text
    var ranges: [TextRange] = report.sections.map { TextRange(start: $0.heading.range.start, end: $0.bodyRange.end) }
    if !report.isPre2019 {
      let layout = ReportLayout(report)
      ranges += report.readTables.map(\.extent)
      ranges += report.table2.map { OutlineBuilder.subtableItems($0, report: report).map(\.range) } ?? []
      ranges += layout.groups.map(\.extent)
    }
    let lines = ranges.filter { !$0.isEmpty }.map { range in
      (start: text.line(containing: range.start), end: text.lastNonBlankLine(in: range))
    }
    return nest(lines).map { FoldingRegion(startLine: $0.start, endLine: $0.end, kind: .region) }
  }

  /// The line spans that nest properly, in order of start line.
  static func nest(_ spans: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
    let sorted = spans.filter { $0.end > $0.start }.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
    var kept: [(start: Int, end: Int)] = []
    var open: [(start: Int, end: Int)] = []
    for span in sorted {
      if let last = kept.last, last.start == span.start { continue }
      while let top = open.last, top.end < span.start { open.removeLast() }
      if let top = open.last, span.end > top.end { continue }
      kept.append(span)
      open.append(span)
    }
    return kept
  }
}
