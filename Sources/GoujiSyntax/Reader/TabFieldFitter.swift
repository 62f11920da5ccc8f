/// Fits the fields of a TAB-separated row to the format's column count: web copies add empty fields for merged
/// cells, before the values (a label spanning two columns) and after them (header columns with no data).
/// When several fits are possible, the table's own layout decides (``FieldHint``: where the values of the rows that
/// fit only one way start, or how many empty fields follow them).
enum TabFieldFitter {
  static func fit(_ fields: [RawCell], expected: Int, hint: FieldHint) -> (cells: [RawCell], choices: [Int]) {
    let excess = fields.count - expected
    guard excess > 0 else { return (fields, []) }
    let choices = (0...excess).filter { leading in
      fields.prefix(leading).allSatisfy(\.isEmpty) && fields.suffix(excess - leading).allSatisfy(\.isEmpty)
    }
    guard !choices.isEmpty else {
      // More written values than columns: keep them all, the cell count is reported.
      return (Array(fields.drop { $0.isEmpty }), [])
    }
    let leading =
      choices.first { $0 == hint.leading } ?? choices.first { excess - $0 == hint.trailing }
      ?? (choices.contains(1) ? 1 : choices[0])
    return (Array(fields.dropFirst(leading).prefix(expected)), choices)
  }

  /// The value start most rows that fit only one way have.
  static func dominantLeading(_ choices: [[Int]]) -> Int? {
    let unique = choices.filter { $0.count == 1 }.map { $0[0] }
    let counts = Dictionary(grouping: unique, by: { $0 }).mapValues(\.count)
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }
}
