import GoujiText

/// What names the statute right before a citation's `第`.
enum StatuteLookback: Equatable {
  /// A statute this module knows, named starting at folded index `start`.
  case named(StatuteID, start: Int)
  /// Some other statute (`《保守国家秘密法》`, `实施条例`, `保密法`): the citation is not about a known text.
  case foreign
  /// Nothing names a statute.
  case none

  /// Characters that may come right before an unbracketed name such as `条例` without making it part of a longer,
  /// different name (`根据条例`, `本条例`, `的条例` — but not `实施条例`, `管理条例`).
  private static let wordsBeforeBareName = Set("据依照按该及和与或的即反彻合行述订是对在从".unicodeScalars)

  /// Endings that make the text before `第` the name of a statute this module does not know.
  private static let statuteKinds = [
    "法", "条例", "规定", "办法", "细则", "解释", "决定", "通知", "意见", "规则", "准则", "章程",
  ].map { Array($0.unicodeScalars) }

  /// Looks back from the `第` at `index`, over spaces, for a statute name; a parenthesis holding `简称`
  /// (`《中华人民共和国政府信息公开条例》（以下简称《条例》）第十四条`) is skipped.
  static func find(before index: Int, in text: FoldedText) -> StatuteLookback {
    guard let end = lastNonSpace(before: index, in: text) else { return .none }
    guard text[end] == ")" else { return name(endingAt: end, in: text) }
    guard let open = opening("(", before: end, in: text, limit: 40), text.string(open..<end).contains("简称") else {
      return .none
    }
    let outer = lastNonSpace(before: open, in: text).map { name(endingAt: $0, in: text) } ?? .none
    guard case .none = outer else { return outer }
    if case .named(let id, _) = name(endingAt: end - 1, in: text) { return .named(id, start: open) }
    return .none
  }

  /// The statute whose name ends at `end`: a `《…》` title, a known bare name, or a foreign statute's name.
  private static func name(endingAt end: Int, in text: FoldedText) -> StatuteLookback {
    guard end >= 0 else { return .none }
    if text[end] == "》" || text[end] == "〉" {
      guard let open = opening(text[end] == "》" ? "《" : "〈", before: end, in: text, limit: 100) else { return .none }
      let key = StatuteNames.key(text.string((open + 1)..<end))
      return StatuteNames.bracketed[key].map { .named($0, start: open) } ?? .foreign
    }
    for (name, id) in StatuteNames.bare where matches(name, endingAt: end, in: text) {
      let start = end + 1 - name.count
      let before = start - 1
      if before >= 0, CharacterFolding.isIdeograph(text[before]), !wordsBeforeBareName.contains(text[before]) {
        return .foreign
      }
      return .named(id, start: start)
    }
    return statuteKinds.contains { matches($0, endingAt: end, in: text) } ? .foreign : .none
  }

  private static func matches(_ name: [Unicode.Scalar], endingAt end: Int, in text: FoldedText) -> Bool {
    let start = end + 1 - name.count
    guard start >= 0 else { return false }
    return name.indices.allSatisfy { text[start + $0] == name[$0] }
  }

  private static func lastNonSpace(before index: Int, in text: FoldedText) -> Int? {
    var cursor = index - 1
    while cursor >= 0, FoldedText.isHorizontalSpace(text[cursor]) { cursor -= 1 }
    return cursor >= 0 ? cursor : nil
  }

  /// The index of the `open` character that pairs with the closing character at `close`, on the same line.
  private static func opening(_ open: Unicode.Scalar, before close: Int, in text: FoldedText, limit: Int) -> Int? {
    let closing = text[close]
    var cursor = close - 1
    while cursor >= 0, close - cursor <= limit {
      let scalar = text[cursor]
      if scalar == open { return cursor }
      if scalar == closing || FoldedText.isLineBreak(scalar) { return nil }
      cursor -= 1
    }
    return nil
  }
}
