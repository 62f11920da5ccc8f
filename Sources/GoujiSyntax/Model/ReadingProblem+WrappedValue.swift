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
