import GoujiText

extension ReadingProblem {
  /// A value that a text browser wrapped inside its grid cell (w3m breaks full-width digits like ideographs:
  /// `│１６１ │` over `│５     │`): its pieces as written, top to bottom, and where they stand.
  package struct WrappedValue: Sendable, Hashable {
    /// The pieces, each as written on its line of the grid row (`["１６１", "５"]`).
    package var pieces: [String]
    /// From the first piece's start to the last piece's end (over the lines between them).
    package var range: TextRange

    package init(pieces: [String], range: TextRange) {
      self.pieces = pieces
      self.range = range
    }
  }
}

extension ReadingProblem {
  /// The ranges the problem's kind holds besides the problem's own (a wrapped value's pieces), in order: the walk
  /// visits them with the problem (``Report/walk(_:)``), so that a shift after an edit moves them too.
  var kindRanges: [TextRange] {
    get {
      guard case .gridValueWrapped(_, _, let values) = kind else { return [] }
      return values.map(\.range)
    }
    set {
      guard case .gridValueWrapped(let table, let rowKey, var values) = kind else { return }
      for index in values.indices { values[index].range = newValue[index] }
      kind = .gridValueWrapped(table, rowKey: rowKey, values: values)
    }
  }
}
