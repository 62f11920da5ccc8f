import GoujiText

/// GJ501's finding, kept with the edits of its fix in the lines they were found in (the arrays the rule keeps as its
/// blocks' partial results, shared, not copied): 50 MB of Kangxi radicals are 16.7 million edits, which the fix
/// joined into one array held beside the partial results (32 bytes each, twice). The fix is made when asked for.
struct CompatibilityFix: Sendable {
  var message: LocalizedText
  var related: [RelatedLocation]
  /// The fix's edits, by line, in text order.
  var perLine: [[TextEdit]]

  static let title = LocalizedText(zh: "替换全文的兼容字符", en: "Replace them all")

  var fixes: [Fix] {
    [Fix(title: Self.title, isSafe: true, edits: perLine.flatMap(\.self))]
  }

  /// The fix of ``fixes`` with its edits left in their lines.
  var piecewiseFix: PiecewiseFix { PiecewiseFix(title: Self.title, isSafe: true, pieces: perLine) }

  /// How many edits ``fixes`` holds.
  var editCount: Int { perLine.reduce(0) { $0 + $1.count } }

  /// Whether any edit's range satisfies `predicate`, without joining the lines' edits.
  func containsEdit(where predicate: (TextRange) -> Bool) -> Bool {
    perLine.contains { line in line.contains { predicate($0.range) } }
  }

  func moved(by move: (TextRange) -> TextRange) -> CompatibilityFix {
    CompatibilityFix(
      message: message, related: related.map { RelatedLocation(range: move($0.range), message: $0.message) },
      perLine: perLine.map { line in line.map { TextEdit(range: move($0.range), newText: $0.newText) } }
    )
  }
}
