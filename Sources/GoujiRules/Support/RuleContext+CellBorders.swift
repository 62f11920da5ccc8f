import GoujiFormats
import GoujiSyntax

extension RuleContext {
  /// Whether the text shows where each cell of a row begins and ends: a line per cell (Word), TABs (web copies) or
  /// grid bars. In PDF text and flattened scrapes an empty cell leaves no trace, so a row read with too few (or too
  /// many) values may be the report's defect or the text form's loss; the reader cannot tell, and a count that does
  /// not fit is reported as a row that could not be read (GJ308), never as the report's error (GJ304).
  /// Table 四 is one run of values (`rowKey` `review`): its first row's form decides.
  func cellBordersAreKnown(_ table: TableID, rowKey: String, subtable: String?) -> Bool {
    guard let read = report.table(table) else { return false }
    let row = read.row(rowKey, subtable: subtable) ?? (table == .table4 ? read.rows.first : nil)
    return (row?.form ?? read.form)?.showsCellBorders ?? false
  }

  /// The `.cellCount` problems of the reading, with the table, row key, expected and found counts, split by whether
  /// the row's cell borders are known (``cellBordersAreKnown(_:rowKey:subtable:)``). A row of which not one value was
  /// found shows no border of any cell: its values were lost, not written short (table 四's values scattered over a
  /// page break in `pdftotext`'s reading order, `inv-2022-breaks`), so it is a row that could not be read (GJ308).
  func cellCountProblems(withKnownBorders known: Bool) -> [((TableID, String, Int, Int), ReadingProblem)] {
    problems { kind -> (TableID, String, Int, Int)? in
      guard case .cellCount(let table, let key, let subtable, let expected, let found) = kind,
        (found > 0 && cellBordersAreKnown(table, rowKey: key, subtable: subtable)) == known
      else { return nil }
      return (table, key, expected, found)
    }
  }

  /// What a row finding is about: `“一、本年新收…”行` / `the row “一、本年新收…”` (`The row …` to start a sentence), or
  /// for table 四 (one run of values) `表四` / `Table 4`.
  func rowSubject(_ table: TableID, _ key: String) -> (zh: String, en: String, enSentenceStart: String) {
    if table == .table4 { return ("表四", "Table 4", "Table 4") }
    let name = rowName(table, key)
    return ("“\(name)”行", "the row “\(name)”", "The row “\(name)”")
  }
}
