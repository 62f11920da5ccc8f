import GoujiText

@testable import GoujiSyntax

extension TableSolver.Row {
  /// A table 三 row of seven count columns whose `tokens` stand one space apart from offset 0: the row the solver
  /// suites build their tables from.
  static func counts(_ key: String, _ tokens: [String]) -> TableSolver.Row {
    var offset = 0
    let raw = tokens.map { token -> RawCell in
      defer { offset += token.utf8.count + 1 }
      return RawCell(text: token, range: TextRange(start: offset, end: offset + token.utf8.count))
    }
    return TableSolver.Row(key: key, glued: GluedRow(tokens: raw), kinds: Array(repeating: .count, count: 7))
  }
}
