import GoujiSyntax
import GoujiText

extension Report {
  /// Every range the report holds, for checking that all of them lie inside the text.
  package var allRanges: [TextRange] {
    var ranges: [TextRange] = []
    if let title { ranges += [title.range] + (title.yearRange.map { [$0] } ?? []) }
    ranges += yearMentions.map(\.range) + notices.map(\.range) + artifacts.map(\.range) + furniture
    if let signatureDate { ranges.append(signatureDate.range) }
    for section in sections {
      ranges += [section.heading.range, section.heading.numberRange, section.heading.titleRange, section.bodyRange]
    }
    ranges += strayHeadings.map(\.range)
    for table in [table2, table3, table4].compactMap({ $0 }) {
      ranges += [table.range] + table.clauseRanges.values + table.unknownLabels.map(\.range)
      for row in table.rows { ranges += [row.labelRange, row.range] + row.cells.map(\.range) }
    }
    ranges += problems.map(\.range)
    if let appendixStart { ranges.append(TextRange(emptyAt: appendixStart)) }
    return ranges
  }
}
