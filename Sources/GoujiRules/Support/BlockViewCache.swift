import GoujiText

/// The prose views of each block of lines (``RuleContext/proseViews(inBlock:)``), made on first use and shared by
/// every copy of the ``RuleContext`` that holds them, as long as the views kept hold at most `characterBudget`
/// characters. The regional prose rules run one after another over every block, so a view kept is kept for the
/// whole run: 9 bytes a character of prose, 34 bytes a line of a text of `一、x` lines (issue 10). A block's views
/// past the budget are made for each rule that asks and dropped with that rule's reading of the block.
final class BlockViewCache: @unchecked Sendable {
  /// The characters of the views kept at most: some 0.6 MB of views, several times the prose of a real report (some
  /// thousands of characters to tens of thousands), so no real report's views are made twice.
  static let defaultBudget = 1 << 16

  /// The least a block's views count, in characters, against the budget: what its entry and its list of views take
  /// beside the characters (some 150 bytes, 9 bytes a character). A block of blank lines has no characters, and a
  /// text of line feeds kept every one of its tens of thousands of blocks' (empty) views (issue 10).
  static let leastBlockCharacters = 16

  let characterBudget: Int
  /// The views kept, by block, and how many characters they hold.
  private let kept = Locked<(views: [TextRange: [ProseView]], characters: Int)>(([:], 0))

  init(characterBudget: Int = BlockViewCache.defaultBudget) {
    self.characterBudget = characterBudget
  }

  /// How many characters the views kept count (each block's at least ``leastBlockCharacters``).
  var keptCharacters: Int { kept.withLock { $0.characters } }

  /// The views of `block`, made by `make` unless kept; kept if they fit in the budget.
  func views(for block: TextRange, _ make: () -> [ProseView]) -> [ProseView] {
    if let views = kept.withLock({ $0.views[block] }) { return views }
    let made = make()
    let characters = max(BlockViewCache.leastBlockCharacters, made.reduce(0) { $0 + $1.count })
    kept.withLock { kept in
      guard kept.characters + characters <= characterBudget, kept.views[block] == nil else { return }
      kept.views[block] = made
      kept.characters += characters
    }
    return made
  }
}
