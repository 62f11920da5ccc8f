import GoujiText

/// A caption line between tables: one naming a table (`表3：政府信息公开行政复议、行政诉讼情况统计表`,
/// `（表四）政府信息公开行政复议、行政诉讼情况`) or giving its unit (`单位：件`, `（单位：件）`). It holds no value, no
/// row and no sentence, so a table after it stands as close to the table before as if only layout stood between.
enum TableCaption {
  /// The longest caption, in folded characters: a table's title with its number and unit is well under it.
  static let maximumLength = 50

  /// The unit line of the counting tables, as written: also passed over when glued before a header run
  /// (`HeaderSearch`).
  static let unitLine = "单位：件"

  /// The unit lines, folded (`：` and `（）` fold to ASCII): ``unitLine`` alone or in parentheses.
  private static let unitLines: Set<String> = {
    let folded = NormalizedText.foldedString(unitLine, mode: .matching)
    return [folded, "(" + folded + ")"]
  }()

  /// Whether `line` (a whole line, grid bars and white space around it allowed) is a caption: a unit line, or `表`
  /// and a table number (one or two digits or Chinese numerals, `（表四）` in parentheses) followed by a title with
  /// no digit and no full stop.
  static func isCaption(_ line: some StringProtocol) -> Bool {
    let folded = NormalizedText.foldedString(line, mode: .matching).filter { $0 != "|" }
    guard !folded.isEmpty, folded.count <= maximumLength, !folded.contains("。") else { return false }
    if unitLines.contains(folded) { return true }
    let parenthesized = folded.hasPrefix("(表")
    guard parenthesized || folded.hasPrefix("表") else { return false }
    var rest = folded.dropFirst(parenthesized ? 2 : 1)
    let number = rest.prefix(while: isTableNumeral)
    guard (1...2).contains(number.count) else { return false }
    rest = rest.dropFirst(number.count)
    if parenthesized {
      guard rest.first == ")" else { return false }
      rest = rest.dropFirst()
    }
    return !rest.contains { $0.isASCII && $0.isNumber }
  }

  /// A digit or a Chinese numeral of a table's number.
  private static func isTableNumeral(_ character: Character) -> Bool {
    (character.isASCII && character.isNumber) || "一二三四五六七八九十".contains(character)
  }
}
