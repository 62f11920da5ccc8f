import GoujiFormats
import GoujiText

extension Table2Reader {
  /// The joiner of table 二's row labels broken inside their grid cells (``GridRowJoin``).
  private static let gridRows = DerivedFromFormats { GridRowJoin(matcher: matcher) }

  /// The rows not among `found` whose labels are broken inside a grid cell in `region` (w3m's `│行政规│` /
  /// `│范性文│` / `│件   │` in a narrow label column), each once, joined as table 三's are.
  func gridJoinedRows(_ found: [LabelOccurrence], region: TextRange) -> [GridRowJoin.Join] {
    let foundKeys = Set(
      found.compactMap { occurrence -> String? in
        if case .row(let key) = occurrence.id { return key }
        return nil
      })
    let missing = { (id: LabelID) -> Bool in
      if case .row(let key) = id { return !foundKeys.contains(key) }
      return false
    }
    return Table2Reader.gridRows.value.joins(
      in: region, of: context.text, missing: missing, patterns: Table2Reader.matcher.patterns
    )
  }

  /// Gives `row`, read from a grid join, its label as the pieces spell it, and leaves it unread when its values stand
  /// on several lines of its grid row (which cells are the row's is not certain): every cell unread, with a
  /// `gridRowSpread` problem over those values (GJ308), never a row reported missing.
  func settleGridJoin(_ join: GridRowJoin.Join, row: inout TableRow) -> ReadingProblem? {
    row.label = join.label
    guard let spread = join.spreadProblem(.table2, rowKey: row.key) else { return nil }
    row.cells = Cell.unread(row.cells, orEmptyAt: spread.range.end)
    return spread
  }
}
