/// What a document is made of, as gouji reads it: paragraphs and tables in order.
enum DocumentBlock: Equatable {
  /// A paragraph's text; a line break inside it is `\n`.
  case paragraph(String)
  case table(DocumentTable)
  /// A paragraph holding a picture and no text (a table or chart published as an image): the picture's file name,
  /// empty when the document gives none. Written as a picture's trace (``DocumentLayout/pictureTrace(_:)``), so the
  /// reader can tell a pictured table from a missing one; a data table's cell keeps only its text.
  case picture(String)
}

/// A table by structure: one array per row holding one slot per grid column. A slot covered by a merged cell
/// (the cell above it spans rows, or the cell to its left spans columns) is `nil`.
struct DocumentTable: Equatable {
  var rows: [[String?]]

  /// The number of grid columns (the widest row).
  var width: Int { rows.map(\.count).max() ?? 0 }
}

/// Places cells that span rows and columns on a grid, as HTML's table model does: each row's cells fill the
/// columns left free by cells above that span down into it.
struct TableGridBuilder {
  /// The largest span honoured; larger spans (hostile or mistaken markup) are cut to it.
  static let maximumSpan = 1_000

  private enum Slot: Equatable {
    case free
    case cell(String)
    case covered
  }

  private var rows: [[Slot]] = []
  /// For each column, how many rows after the current one a cell above still covers.
  private var coverage: [Int] = []
  private var cursor = 0

  /// Starts the next row; the columns cells above still cover are marked covered in it.
  mutating func startRow() {
    rows.append(coverage.map { $0 > 0 ? .covered : .free })
    coverage = coverage.map { max(0, $0 - 1) }
    cursor = 0
  }

  /// Adds a cell at the current row's first free column.
  mutating func add(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
    if rows.isEmpty { startRow() }
    let last = rows.count - 1
    while cursor < rows[last].count, rows[last][cursor] != .free { cursor += 1 }
    let columnSpan = min(max(columnSpan, 1), Self.maximumSpan)
    let rowSpan = min(max(rowSpan, 1), Self.maximumSpan)
    let end = cursor + columnSpan
    if rows[last].count < end { rows[last] += repeatElement(.free, count: end - rows[last].count) }
    if coverage.count < end { coverage += repeatElement(0, count: end - coverage.count) }
    for column in cursor..<end where rows[last][column] == .free {
      rows[last][column] = column == cursor ? .cell(text) : .covered
      coverage[column] = max(coverage[column], rowSpan - 1)
    }
    cursor = end
  }

  /// The table: rows padded to the widest, free slots as empty cells.
  func table() -> DocumentTable {
    let width = rows.map(\.count).max() ?? 0
    return DocumentTable(
      rows: rows.map { row in
        (row + repeatElement(.free, count: width - row.count)).map { slot in
          switch slot {
          case .free: ""
          case .cell(let text): text
          case .covered: nil
          }
        }
      }
    )
  }
}
