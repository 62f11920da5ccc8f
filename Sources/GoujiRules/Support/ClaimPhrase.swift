import GoujiText

/// The phrase of the prose that states a number, for quoting it: from the start of its clause (after `，`, `。`,
/// `；`, `：` or the line start, without a leading `其中`) to the number's unit (`予以公开及部分公开163件`).
enum ClaimPhrase {
  private static let clauseEnds: Set<Character> = ["，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "\t"]
  private static let units: Set<Character> = ["件", "个", "条", "次", "起", "部", "份"]
  /// How many bytes before a number a clause may start (80 characters of CJK).
  private static let lookBehind = 240

  static func range(of number: TextRange, in text: SourceText) -> TextRange {
    let line = text.lineContentRange(text.line(containing: number.start))
    // A clause is short: looking back a bounded way keeps a long flattened line linear.
    let from = max(line.start, text.scalarBoundary(atOrBefore: number.start - lookBehind))
    let before = text[TextRange(start: from, end: number.start)]
    var clause = before.lastIndex(where: clauseEnds.contains).map { before[before.index(after: $0)...] } ?? before[...]
    clause = clause.drop { $0 == " " || $0 == "　" }
    if clause.hasPrefix("其中") { clause = clause.dropFirst(2) }
    let start = number.start - clause.utf8.count
    let after = text[TextRange(start: number.end, end: min(line.end, text.scalarBoundary(atOrBefore: number.end + 16)))]
    let spaces = after.prefix { $0 == " " }
    let unit = after.dropFirst(spaces.count).first.map { units.contains($0) ? String($0) : "" } ?? ""
    return TextRange(start: start, end: number.end + (unit.isEmpty ? 0 : spaces.utf8.count + unit.utf8.count))
  }

  /// Whether the words between a quantity's name and its number spread it over several (`各1件`, `分别为2件、1件`,
  /// `均为0件`): the number is then not the quantity's total.
  static func distributes(_ phrase: String) -> Bool {
    distributingWords.contains { phrase.containsScalars($0) }
  }

  /// The words that spread a number over several quantities (``distributes(_:)``).
  static let distributingWords = ["各", "分别", "均"]
}
