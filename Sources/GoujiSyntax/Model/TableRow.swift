import GoujiFormats
import GoujiText

/// How a row's cells were written down.
package enum TextForm: String, Sendable, Hashable {
  /// Copied from Word/WPS: every cell on a line of its own, starting with a TAB.
  case cellPerLine = "cell-per-line"
  /// Copied from a web page: one row per line, cells separated by TAB.
  case tabSeparated = "tab-separated"
  /// Extracted from PDF: cells separated by spaces, labels wrapped.
  case layout
  /// Scraped and flattened: cells concatenated with no separator.
  case flattened
  /// Drawn as a grid by a text browser or converter (`w3m -dump`, pandoc): cells between bars `│ | ┃`.
  case grid
  /// Different rows in different forms.
  case mixed

  /// Whether the text shows where each cell of a row begins and ends: a line per cell (Word), TABs (web copies) or
  /// grid bars. In PDF text and flattened scrapes an empty cell leaves no trace.
  package var showsCellBorders: Bool {
    switch self {
    case .cellPerLine, .tabSeparated, .grid: true
    case .layout, .flattened, .mixed: false
    }
  }

  /// The one form of several, or ``mixed``.
  package static func combined(_ forms: [TextForm]) -> TextForm? {
    guard let first = forms.first else { return nil }
    return forms.allSatisfy { $0 == first } ? first : .mixed
  }
}

/// A data row of a table, matched to a row of the format.
package struct TableRow: Sendable, Hashable {
  /// The key of the format's row (``RowSpec/key``).
  package var key: String
  /// The sub-table of table 二 the row is in (``SubtableSpec/key``); `nil` in tables 三 and 四.
  package var subtable: String?
  /// The label as written, normalised; empty for table 四's rows, which have no label of their own.
  package var label: String
  /// Where the label is written (the numbering included); for table 四, where the values start.
  package var labelRange: TextRange
  /// Whether the label is the canonical one after normalisation (false for a misspelt label read by similarity).
  package var labelMatchesFormat: Bool
  package var cells: [Cell]
  package var form: TextForm
  /// The number of values the row actually had, when it differs from the format's column count.
  package var writtenCellCount: Int?

  /// The range from the label to the last cell.
  package var range: TextRange {
    cells.reduce(labelRange) { $0.union($1.range) }
  }
}

/// A label found in a table that does not belong to the format (e.g. a misspelt row, a row of the other format).
package struct UnknownLabel: Sendable, Hashable {
  package var text: String
  package var range: TextRange
  /// The canonical row it most resembles, if any resembles it closely.
  package var closestRowKey: String?
}

/// A label of one format only, found in a table: evidence of which format the table follows.
package struct FormatEvidence: Sendable, Hashable {
  package var format: FormatID
  package var label: String
  package var range: TextRange
}

/// One of the three standard tables, as read.
package struct ReadTable: Sendable, Hashable {
  package var id: TableID
  /// From the table's first label to its last cell.
  package var range: TextRange
  /// Rows of the format found in the table, in format order.
  package var rows: [TableRow]
  /// Where each sub-table's clause header is written (table 二), keyed by sub-table key.
  package var clauseRanges: [String: TextRange] = [:]
  package var unknownLabels: [UnknownLabel] = []
  /// The column headers and headers over columns found before the first row (table 二: after each clause header),
  /// in text order.
  package var headers: [TableHeader] = []
  /// Table 三's group labels found among its rows, in the format's order.
  package var groupLabels: [GroupLabel] = []
  /// An unofficial eighth column (`小计`) found in table 三's header.
  package var extraColumnRange: TextRange?
  package var form: TextForm?
  /// What the table's reader could not read (cell counts, ambiguous digit runs).
  package var problems: [ReadingProblem] = []
  /// Labels of one format only found in the table.
  package var evidence: [FormatEvidence] = []

  package func row(_ key: String, subtable: String? = nil) -> TableRow? {
    rows.first { $0.key == key && (subtable == nil || $0.subtable == subtable) }
  }
}
