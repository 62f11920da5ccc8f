import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// Completion candidates for the labels of table 二: its clause headers, column headers and row labels ranked by
/// position (``PositionRanking``: the label that belongs on the cursor's line first); and the candidate of a label
/// with its meaning (shared with ``RowCandidates``).
///
/// A label the reader found where the cursor is typing (`typing`, the replaced prefix) does not count as written: a
/// half-typed label may already be read as the row it resembles.
enum LabelCandidates {
  /// Table 二's clause headers, column headers and row labels, from the one after the last written above the cursor.
  static func table2(_ report: Report, typing: TextRange) -> [CompletionCandidate] {
    guard let table = report.table2 else { return [] }
    let headers = table.headers.filter { !isTyped($0.range, typing) }
    var entries: [(label: String, kind: CompletionKind, axis: TableAxis, clause: String?, written: TextRange?)] = []
    var seen: Set<String> = []
    for subtable in report.effectiveFormat.table2 {
      let clause = table.clauseRanges[subtable.key].flatMap { isTyped($0, typing) ? nil : $0 }
      entries.append((subtable.clause, .clauseHeader, .row, nil, clause))
      for column in ["信息内容"] + subtable.columns.map(\.label) where seen.insert(column).inserted {
        entries.append((column, .columnHeader, .column, nil, headers.first { $0.label == column }?.range))
      }
      for row in subtable.rows {
        let found = table.row(row.key, subtable: subtable.key).map(\.labelRange).flatMap {
          isTyped($0, typing) ? nil : $0
        }
        entries.append((row.label, .rowLabel, .row, subtable.clause, found))
      }
    }
    let text = report.text
    let ranking = PositionRanking(
      written: entries.map(\.written), cursorLineStart: text.lineContentRange(text.line(containing: typing.start)).start
    )
    return entries.enumerated().map { index, entry in
      candidate(
        entry.label, kind: entry.kind, table: .activeDisclosure, axis: entry.axis, context: entry.clause,
        sortKey: sortKey(ranking.rank(index))
      )
    }
  }

  /// Whether `range` is (part of) the prefix being typed.
  private static func isTyped(_ range: TextRange, _ typing: TextRange) -> Bool {
    !typing.isEmpty && range.overlaps(typing)
  }

  static func candidate(
    _ label: String, kind: CompletionKind, table: ReportTable, axis: TableAxis, context: String?, sortKey: String
  ) -> CompletionCandidate {
    let explanation = RowExplanations.explanation(for: label, in: table, axis: axis)
    let short = explanation.map { shortMeaning($0.meaning) } ?? ""
    let detail = [context, short.isEmpty ? nil : short].compactMap { $0 }.joined(separator: " · ")
    let documentation = explanation.map { explanation in
      (context.map { "*\($0)*\n\n" } ?? "") + explanation.markdown
    }
    return CompletionCandidate(
      label: label, detail: detail, documentation: documentation, insertText: label, isSnippet: false,
      plainInsertText: label, kind: kind, sortKey: sortKey
    )
  }

  /// The first sentence of a meaning, at most 32 characters.
  static func shortMeaning(_ meaning: String) -> String {
    let sentence = meaning.prefix { !"。；".contains($0) }
    return sentence.count <= 32 ? String(sentence) : String(sentence.prefix(31)) + "…"
  }
}
