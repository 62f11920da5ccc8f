extension NormalizedText {
  /// The view of the stretches of one text that `parts` are views of, adjacent and in text order, made of their
  /// characters: equal to the view made of their whole range, since a character folds the same wherever it stands.
  /// Lets a reader slide a view of a few parts along a long region rather than hold a view of all of it.
  package init(joining parts: some Collection<NormalizedText>) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { scalars += part.scalars }
    self.scalars = scalars
    sourceRanges = SourceRanges(joining: parts.map(\.sourceRanges))
  }
}
