import GoujiFormats
import GoujiText

/// Something the reader could not find or could not read. Problems go beside the report, never into a crash.
package struct ReadingProblem: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    /// Section `number` (1…6) is absent.
    case sectionMissing(number: Int)
    /// Most section headings (the `missing` ones, 1…6) are absent from a text that holds the sections' tables: the
    /// form dropped them (trafilatura drops every `<h1>`/`<h2>`), so the sections are there without their headings.
    /// Said once instead of a ``sectionMissing(number:)`` for each.
    case headingsUnread(missing: [Int])
    /// The report year could not be determined.
    case yearUnknown
    /// The section that should hold the table has no recognisable table.
    case tableMissing(TableID)
    /// The section that should hold the table has none, but a picture's trace (``PictureTrace``) where it belongs:
    /// the table was published as a picture, so it is unread, not missing. The range is the trace.
    case tablePicture(TableID)
    /// The section that should hold the table has none read, but the table's labels and values stand in it on lines
    /// of their own, out of the table's order (``ScatteredTable``, PDF text in reading order): the table is there,
    /// unread, not missing. The range is the first line of its labels.
    case tableScattered(TableID)
    /// The section that should hold the table has none read, but its header stands in it cut into fragments by
    /// narrow columns that the reader could not join (``CutHeaderJoin``, table 四's `结果维` / `持`), above lines of
    /// numbers: the table is there, unread, not missing. The range is its numbers.
    case tableHeaderCut(TableID)
    /// The table is there but is not read: pandoc's grid around a nested table cuts the table's lines across its
    /// own (``WrappedNestedGrid``), so labels and values cannot be told apart; the range is the grid, which is no prose.
    case tableUnreadable(TableID)
    /// A row of the format is absent from a table.
    case rowMissing(TableID, rowKey: String, subtable: String?)
    /// A row of the format not found in a table read in the main, whose label's beginning stands in the text between
    /// its neighbouring rows (a label cut by a narrow cell where no known cut form matches): not missing, unread.
    case rowUnfound(TableID, rowKey: String, subtable: String?)
    /// A row of the format whose label stands in the table out of the format's order (LibreOffice's reading order):
    /// not missing, but its values cannot be told from the other rows', so it is left unread.
    case rowOutOfOrder(TableID, rowKey: String, subtable: String?)
    /// A row label is not in the format.
    case rowUnknown(TableID, label: String, closestRowKey: String?)
    /// A row has more or fewer values than the format's columns.
    case cellCount(TableID, rowKey: String, subtable: String?, expected: Int, found: Int)
    /// Table 三 has an unofficial extra column (`小计`).
    case extraColumn(TableID, label: String)
    /// Concatenated digits split into cells in more than one way.
    /// (Table 二: ranked most plausible first, the first being the cells' inferred values.)
    case cellsAmbiguous(TableID, rowKey: String, subtable: String?, candidates: [[String]])
    /// A row's values were written together and cannot be split reliably in any way (no split fits the columns,
    /// too many do, or the solver's work budget ran out). For table 四, `rowKey` is `review` (its values are one run).
    case rowUnreadable(TableID, rowKey: String, subtable: String?)
    /// A row whose `values`, as many as its columns, each stand on a line of their own (PDF text in reading order),
    /// left unread because nothing confirms them: they break the row's own rule (R3-2) in a table where several rows
    /// do not fit their columns (``Table3Reader/leaveUnconfirmedRowsUnread(_:format:alsoUnread:)``). Nothing is run
    /// together; the lines do not say which row each value is. The range is the row, label to last value.
    case rowValuesApart(TableID, rowKey: String, values: Int)
    /// A row whose label is broken over the lines of its grid cell (a `<br>` in the page, ``GridRowJoin``) and
    /// whose values stand on `valueLines` of those lines: which cells are the row's is not certain, so it is not read.
    /// The range covers its values, from the first line's first to the last line's last.
    case gridRowSpread(TableID, rowKey: String, valueLines: Int)
    /// A row read from one line of a grid whose `values` continue on other lines of their grid row (a text browser
    /// wrapped them inside their cells: `１６１` over `５`), each with its pieces; the label is on one line. The line
    /// alone would give a wrong value (`161` for `1615`), and the pieces cannot be told from two values of one cell
    /// (`１６<br>１５` is drawn the same), so the row is not read. The range covers every piece.
    case gridValueWrapped(TableID, rowKey: String, values: [WrappedValue])
  }

  package var kind: Kind
  /// Where the problem is (for a missing thing, where it would go).
  package var range: TextRange
}
