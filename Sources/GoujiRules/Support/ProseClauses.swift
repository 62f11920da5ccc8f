import GoujiSyntax
import GoujiText

/// A clause of the prose (a piece of a sentence between commas) in a ``ProseView``.
struct ProseClause {
  var prose: ProseView
  var range: Range<Int>
  /// The sentence the clause is part of.
  var sentence: Range<Int>
}

extension RuleContext {
  /// The clauses of the sentences of `views` that state a fact of the report year: a sentence with a hedge (`力争`)
  /// or that speaks of another year is left out whole.
  func factualClauses(in views: [ProseView]) -> [ProseClause] {
    views.flatMap { prose in prose.sentences().map { (prose, $0) } }.flatMap { prose, sentence in
      guard !prose.containsAny(ProseWords.hedges, in: sentence),
        !prose.speaksOfAnotherYear(sentence, reportYear: report.reportYear)
      else { return [ProseClause]() }
      return prose.clauses(of: sentence).map { ProseClause(prose: prose, range: $0, sentence: sentence) }
    }
  }
}

extension ProseView {
  /// The pieces of a sentence between commas (`，` and `,` are one character in the view), empty ones left out.
  func clauses(of sentence: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = sentence.lowerBound
    for index in sentence where self[index] == "," || self[index] == "\t" {
      if index > start { result.append(start..<index) }
      start = index + 1
    }
    if sentence.upperBound > start { result.append(start..<sentence.upperBound) }
    return result
  }

  /// Whether the range names a year other than `year` (`2020年` in a 2021 report) or speaks of another year
  /// (`上年`, `去年`, `同比`, `连续`, `累计`).
  func speaksOfAnotherYear(_ range: Range<Int>, reportYear: Int?) -> Bool {
    if containsAny(ProseWords.otherYears, in: range) { return true }
    for index in range {
      guard let (value, end) = integer(at: index, maxDigits: 4), end - index == 4 else { continue }
      let mark = skippingSpaces(end, limit: range.upperBound)
      if mark < range.upperBound && self[mark] == "年" && value != reportYear { return true }
    }
    return false
  }
}

/// Words shared by the prose claims.
enum ProseWords {
  /// Another year than the report's, or a span of years.
  static let otherYears = WordList(["上年", "去年", "上一年", "前年", "同比", "往年", "历年", "连续", "累计", "以来"])
  /// A goal or a wish rather than a fact.
  static let hedges = WordList(["力争", "争取", "确保", "努力", "目标", "避免", "防止", "希望", "要求", "是否"])
}
