import GoujiSyntax
import GoujiText

/// GJ102's finding on a top-level heading out of place, kept as the values its words and related place are made
/// from: a report of `一、x` lines has one per line, and their words made up front were ~800 bytes each. It fits in a
/// finding without a box of its own (at most the size of ``ConversionLeftover``, the largest content a finding keeps
/// inline): what it says about the section it repeats is one ``RepeatedSection`` shared by every such finding.
struct StrayHeading: Sendable {
  /// The heading's title, normalised.
  var title: String
  /// Where the heading stands against the report's sections.
  var place: Place
  /// The heading's number (三 → 3; a heading's numeral has at most three characters).
  var number: UInt16

  /// Where a stray heading stands: its number is used again, or it is inside another section (or before all).
  enum Place: Sendable {
    /// The section given has the same number, earlier (`isEarlier`) or later.
    case repeated(RepeatedSection, isEarlier: Bool)
    /// Inside the section numbered `container`, or before every section when `nil`.
    case inside(container: UInt8?)
  }

  /// The section a stray heading's number repeats: its heading's range, one-based line and title.
  final class RepeatedSection: Sendable {
    let range: TextRange
    let line: Int
    let title: String

    init(range: TextRange, line: Int, title: String) {
      self.range = range
      self.line = line
      self.title = title
    }
  }

  /// The heading's numbering as written (`三、`).
  private var numeral: String { ChineseNumeral.string(Int(number)) + "、" }

  var message: LocalizedText { LocalizedText(zh: message(in: .zh), en: message(in: .en)) }

  /// The message in `language` alone: an output prints one language, and a text of `一、x` lines has a finding a
  /// line, whose words in both languages were a fifth of `gouji check`'s time on it.
  func message(in language: Language) -> String {
    switch place {
    case .repeated(let same, let isEarlier):
      let other = "\(numeral)\(same.title)"
      switch (language, isEarlier) {
      case (.zh, true): return "一级编号“\(numeral)”重复使用（第\(same.line)行已有“\(other)”）"
      case (.zh, false): return "一级编号“\(numeral)”重复使用（第\(same.line)行再次使用，为“\(other)”）"
      case (.en, true):
        return "The top-level number “\(numeral)” is used twice (line \(same.line) already has “\(other)”)"
      case (.en, false):
        return "The top-level number “\(numeral)” is used twice (line \(same.line) uses it again, for “\(other)”)"
      }
    case .inside(let container):
      switch language {
      case .zh:
        let inside = container.map { "第\(ChineseNumeral.string(Int($0)))部分中" } ?? "报告中"
        return "\(inside)出现了一级编号的标题“\(numeral)\(title)”"
      case .en:
        let inside = container.map { "inside section \($0)" } ?? "in the report"
        return "A top-level heading “\(numeral)\(title)” \(inside)"
      }
    }
  }

  var related: [RelatedLocation] {
    guard case .repeated(let same, let isEarlier) = place else { return [] }
    let message = isEarlier ? LocalizedText(zh: "第一次使用", en: "first use") : LocalizedText(zh: "再次使用", en: "used again")
    return [RelatedLocation(range: same.range, message: message)]
  }

  /// Whether the related place's range satisfies `predicate`.
  func relatedRange(where predicate: (TextRange) -> Bool) -> Bool {
    guard case .repeated(let same, _) = place else { return false }
    return predicate(same.range)
  }

  func moved(by move: (TextRange) -> TextRange) -> StrayHeading {
    guard case .repeated(let same, let isEarlier) = place else { return self }
    var moved = self
    let range = move(same.range)
    if range != same.range {
      moved.place = .repeated(RepeatedSection(range: range, line: same.line, title: same.title), isEarlier: isEarlier)
    }
    return moved
  }
}
