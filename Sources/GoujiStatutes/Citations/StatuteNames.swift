import GoujiText

/// The spellings that name each statute (from ``Statute/shortNames``), folded for matching.
enum StatuteNames {
  /// Names written inside `《》`, by their folded text without the marks: `条例` → regulation.
  static let bracketed: [String: StatuteID] = build(bracketed: true)
  /// Names that may stand without `《》`, folded, longest first (so `本条例` wins over `条例`).
  static let bare: [(name: [Unicode.Scalar], statute: StatuteID)] = build(bracketed: false)
    .map { (Array($0.key.unicodeScalars), $0.value) }
    .sorted { $0.name.count > $1.name.count }
  /// Every name, without marks, for ``Statutes/statute(named:)``.
  static let byKey: [String: StatuteID] = bracketed.merging(build(bracketed: false)) { first, _ in first }

  /// The lookup form of a name: folded, without white space and without the book-title marks `《》〈〉`.
  static func key(_ name: some StringProtocol) -> String {
    var view = String.UnicodeScalarView()
    for scalar in FoldedText.folded(name).unicodeScalars
    where !CharacterFolding.isSpace(scalar) && !"《》〈〉".unicodeScalars.contains(scalar) {
      view.append(scalar)
    }
    return String(view)
  }

  private static func build(bracketed: Bool) -> [String: StatuteID] {
    var result: [String: StatuteID] = [:]
    for statute in Statutes.all {
      for name in statute.shortNames where name.hasPrefix("《") == bracketed {
        result[key(name)] = statute.id
      }
    }
    return result
  }
}
