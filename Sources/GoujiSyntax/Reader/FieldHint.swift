/// Which way a row with more fields than columns is fitted (``TabFieldFitter``), as the table's rows that fit only
/// one way show it: where their values start, counted in fields from the line start, or how many empty fields
/// follow them up to the line end. Web copies and w3m's grids repeat a merged label cell as empty fields on every
/// row, so values start at the same field; Markdown converters (`markdownify`, `trafilatura`) write the rows under
/// a group label spanning several rows without that cell, so their values start at other fields and end alike.
struct FieldHint: Sendable, Equatable {
  var leading: Int?
  var trailing: Int?

  /// No hint: the first read of a table.
  static let none = FieldHint()

  /// The hint the rows that fit one way give: where their values start, unless they start at different fields and
  /// all end alike; `nil` when no row fits one way. `leading` and `trailing` hold each row's choices, in step.
  static func dominant(leading: [[Int]], trailing: [[Int]]) -> FieldHint? {
    let starts = leading.filter { $0.count == 1 }.map { $0[0] }
    let ends = trailing.filter { $0.count == 1 }.map { $0[0] }
    if Set(starts).count > 1, let end = ends.first, ends.allSatisfy({ $0 == end }) {
      return FieldHint(trailing: end)
    }
    return TabFieldFitter.dominantLeading(leading).map { FieldHint(leading: $0) }
  }
}
