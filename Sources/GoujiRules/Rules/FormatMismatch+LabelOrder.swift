import GoujiFormats
import GoujiSyntax
import GoujiText

extension FormatMismatch {
  /// The distinct labels of `evidence` in the order of its format's table 二, sub-table by sub-table (its column
  /// headers, then its rows); what is not there (table 三's labels) after them, in text order. The text's order is
  /// its layout's, not the report's (PDF text in reading order writes table 二's row labels before its column
  /// headers), so labels named in this order make the finding's message the same in every form of one report.
  static func labelsInFormatOrder(_ evidence: [FormatEvidence], of format: FormatID) -> [String] {
    let ranks = table2Ranks(ReportFormats.format(format))
    var seen: Set<String> = []
    let distinct = evidence.map(\.label.singleLine).filter { seen.insert(folded($0)).inserted }
    let ranked = distinct.enumerated().map { index, label in
      (rank: ranks[folded(label)] ?? ranks.count, index: index, label: label)
    }
    return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.label)
  }

  /// Each folded table 二 label of `format` by its place: sub-table by sub-table, column headers (and their
  /// aliases) before rows.
  private static func table2Ranks(_ format: ReportFormat) -> [String: Int] {
    let labels = format.table2.flatMap { subtable in
      subtable.columns.flatMap { [$0.label] + $0.aliases } + subtable.rows.map(\.core)
    }
    var ranks: [String: Int] = [:]
    for label in labels where ranks[folded(label)] == nil { ranks[folded(label)] = ranks.count }
    return ranks
  }

  private static func folded(_ label: String) -> String { NormalizedText.foldedString(label, mode: .display) }
}
