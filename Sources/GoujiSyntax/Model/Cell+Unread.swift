import GoujiText

extension Cell {
  /// `cells` of a row left unread: each missing, empty where the last of them ends (`fallback` when there are none),
  /// so that no value of the row is read and its place stays in the row.
  static func unread(_ cells: [Cell], orEmptyAt fallback: Int) -> [Cell] {
    let end = cells.map(\.range.end).max() ?? fallback
    return cells.map { _ in Cell(text: "", range: TextRange(emptyAt: end), state: .missing) }
  }
}
