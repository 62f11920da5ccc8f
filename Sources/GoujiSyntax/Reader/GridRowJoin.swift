import GoujiFormats
import GoujiText

/// Row labels broken inside their grid cell (a `<br>` in the page): w3m's `│一、本年新收      │1223  │…` /
/// `│政府信息公开申请数量│      │…`, pandoc's `| 一、本年新收 | | | 1223 | …` / `| 政府信息公开申请数量 | | | | …`.
///
/// A grid row drawn over several text lines is one table row: consecutive lines holding the same number of bars, a
/// grid's rule line (`├───`, `+---`) right above the first and right below the last, none between (any other line,
/// a pipe table's `| --- |` too, ends a row). The pieces of each of its columns are joined, top to bottom, and a column
/// whose pieces spell exactly one row label of the format (with or without its numbering), of a row not found
/// otherwise, gives that row. Its values are the value cells of the one line of the grid row that holds any
/// (the first line when none does); when several lines hold values, which cells are the row's is not certain and the
/// row is read unread (GJ308), never missing. Markdown pipe tables draw no rule between rows, so they are never
/// joined: each of their lines is a row. Work is linear in the lines.
struct GridRowJoin: Sendable {
  /// Every row label as a whole cell may hold it (a numbering and a key, or a key alone where the pattern needs no
  /// numbering), folded, with the patterns that spell it.
  private let labels: [[Unicode.Scalar]: Set<Int>]

  init(matcher: LabelMatcher) {
    var labels: [[Unicode.Scalar]: Set<Int>] = [:]
    for (index, pattern) in matcher.patterns.enumerated() {
      guard case .row = pattern.id else { continue }
      for key in pattern.keys {
        for numbering in pattern.numberings { labels[numbering + key, default: []].insert(index) }
        if !pattern.requiresNumbering { labels[key, default: []].insert(index) }
      }
    }
    self.labels = labels
  }

  /// A row found by joining the pieces of its label's grid cell.
  struct Join {
    var occurrence: LabelOccurrence
    /// The label as the pieces spell it, normalised.
    var label: String
    /// The values of each line of the grid row that holds any, from its first value to its last; the row is read
    /// only when there is at most one (else it is left unread, ``isCertain``).
    var valueLines: [TextRange]

    /// Whether one line of the grid row holds the values (else the row is left unread).
    var isCertain: Bool { valueLines.count <= 1 }

    /// The problem of row `rowKey` of `table` when its values stand on several lines of its grid row
    /// (`gridRowSpread`, over those values: GJ308), `nil` when the join ``isCertain``.
    func spreadProblem(_ table: TableID, rowKey: String) -> ReadingProblem? {
      guard !isCertain, let first = valueLines.first, let last = valueLines.last else { return nil }
      let kind = ReadingProblem.Kind.gridRowSpread(table, rowKey: rowKey, valueLines: valueLines.count)
      return ReadingProblem(kind: kind, range: TextRange(start: first.start, end: last.end))
    }
  }

  /// The rows not found otherwise (`missing`) whose labels are broken inside a grid cell in `range` of `text`, each
  /// made once; `patterns` are the matcher's, which the labels index.
  func joins(
    in range: TextRange, of text: SourceText, missing: (LabelID) -> Bool, patterns: [LabelPattern]
  ) -> [Join] {
    let lines = GridRowJoin.lines(in: range, of: text)
    var joins: [Join] = []
    var start = 0
    while start < lines.count {
      var end = start + 1
      if case .cells(let fields) = lines[start].kind {
        while end < lines.count, case .cells(let next) = lines[end].kind, next.count == fields.count { end += 1 }
        let ruled = start > 0 && lines[start - 1].kind == .rule && end < lines.count && lines[end].kind == .rule
        if ruled && end - start >= 2 { joins += rowJoins(Array(lines[start..<end]), text: text, patterns: patterns) }
      }
      start = end
    }
    let counts = Dictionary(joins.map { ($0.occurrence.id, 1) }, uniquingKeysWith: +)
    return joins.filter { counts[$0.occurrence.id] == 1 && missing($0.occurrence.id) }
  }

  /// The joins of one grid row (its lines), one per column that spells exactly one row label.
  private func rowJoins(_ row: [Line], text: SourceText, patterns: [LabelPattern]) -> [Join] {
    let columns = row[0].fields.count
    var joins: [Join] = []
    for column in 0..<columns {
      let pieces = row.map { $0.fields[column] }.filter { !$0.folded.isEmpty }
      guard let first = pieces.first, let found = labels[pieces.flatMap(\.folded)], found.count == 1 else {
        continue
      }
      let valueLines = row.indices.filter { line in row[line].fields[(column + 1)...].contains { !$0.folded.isEmpty } }
      let valueRanges = valueLines.compactMap { line -> TextRange? in
        let values = row[line].fields[(column + 1)...].filter { !$0.folded.isEmpty }
        guard let first = values.first, let last = values.last else { return nil }
        return TextRange(start: first.range.start, end: last.range.end)
      }
      let valueCell = row[valueLines.first ?? 0].fields[column]
      let range = TextRange(start: min(first.range.start, valueCell.range.start), end: valueCell.end)
      let label = pieces.map { CharacterFolding.normalizeAndTrim(text[$0.range]) }.joined()
      let pattern = found.first!
      joins.append(
        Join(
          occurrence: LabelOccurrence(
            patternIndex: pattern, id: patterns[pattern].id, normalizedRange: 0..<0, range: range
          ),
          label: label, valueLines: valueRanges
        )
      )
    }
    return joins
  }
}
