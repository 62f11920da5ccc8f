import GoujiSyntax
import GoujiText

/// GJ102's finding on a top-level heading out of place, kept as the values its words and related place are made
/// from: a report of `一、x` lines has one per line, and their words made up front were ~800 bytes each.
struct StrayHeading: Sendable {
  /// The heading's number (三 → 3).
  var number: Int
  /// The heading's title, normalised.
  var title: String
  /// Where the heading stands against the report's sections.
  var place: Place

  /// Where a stray heading stands: its number is used again, or it is inside another section (or before all).
  enum Place: Sendable {
    /// The section `same` (on one-based `line`, titled `title`) has the same number, earlier or later.
    case repeated(same: TextRange, line: Int, title: String, isEarlier: Bool)
    /// Inside the section numbered `container`, or before every section when `nil`.
    case inside(container: Int?)
  }

  /// The heading's numbering as written (`三、`).
  private var numeral: String { ChineseNumeral.string(number) + "、" }

  var message: LocalizedText {
    switch place {
    case .repeated(_, let line, let title, let isEarlier):
      let other = "\(numeral)\(title)"
      return isEarlier
        ? LocalizedText(
          zh: "一级编号“\(numeral)”重复使用（第\(line)行已有“\(other)”）",
          en: "The top-level number “\(numeral)” is used twice (line \(line) already has “\(other)”)"
        )
        : LocalizedText(
          zh: "一级编号“\(numeral)”重复使用（第\(line)行再次使用，为“\(other)”）",
          en: "The top-level number “\(numeral)” is used twice (line \(line) uses it again, for “\(other)”)"
        )
    case .inside(let container):
      let inside = container.map { "第\(ChineseNumeral.string($0))部分中" } ?? "报告中"
      let insideEnglish = container.map { "inside section \($0)" } ?? "in the report"
      return LocalizedText(
        zh: "\(inside)出现了一级编号的标题“\(numeral)\(title)”", en: "A top-level heading “\(numeral)\(title)” \(insideEnglish)"
      )
    }
  }

  var related: [RelatedLocation] {
    guard case .repeated(let same, _, _, let isEarlier) = place else { return [] }
    let message = isEarlier ? LocalizedText(zh: "第一次使用", en: "first use") : LocalizedText(zh: "再次使用", en: "used again")
    return [RelatedLocation(range: same, message: message)]
  }

  /// Whether the related place's range satisfies `predicate`.
  func relatedRange(where predicate: (TextRange) -> Bool) -> Bool {
    guard case .repeated(let same, _, _, _) = place else { return false }
    return predicate(same)
  }

  func moved(by move: (TextRange) -> TextRange) -> StrayHeading {
    guard case .repeated(let same, let line, let title, let isEarlier) = place else { return self }
    var moved = self
    moved.place = .repeated(same: move(same), line: line, title: title, isEarlier: isEarlier)
    return moved
  }
}
