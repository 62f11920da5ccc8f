import GoujiFormats
import GoujiSyntax
import GoujiText

/// What the prose of sections 一 and 四 says of the outcomes of 行政复议 and 行政诉讼 without a number (`均获维持`,
/// `均已审结`, `零败诉`), against the cells of table 四 that contradict it.
enum OutcomeClaims {
  /// A kind of claim: its wordings, the columns that must be 0 for it to hold, and the rows it speaks of when the
  /// sentence does not say (`nil`: the rows the sentence names up to the claim, 行政复议 or 行政诉讼 or both).
  private struct Kind {
    var phrases: [String]
    var columns: [String]
    var rows: [String]?
  }

  private static let kinds = [
    Kind(
      phrases: ["均获维持", "全部维持", "均被维持", "均予维持", "均予以维持", "均得到维持", "全部获得维持", "均维持"],
      columns: ["corrected", "otherResult"], rows: nil
    ),
    Kind(phrases: ["均已审结", "全部审结", "均已结案", "全部结案"], columns: ["pending"], rows: nil),
    Kind(
      phrases: ["零败诉", "无败诉", "没有败诉", "未发生败诉", "未出现败诉", "无一败诉"], columns: ["corrected"],
      rows: ["suitDirect", "suitAfterReview"]
    ),
  ]
  /// A word every claim contains, for skipping the clauses that make none in one look.
  private static let claimWords = WordList(["维持", "审结", "结案", "败诉"])
  private static let negations: Set<Unicode.Scalar> = ["未", "非", "不", "没"]

  /// A claim a clause may make: its words (from the clause's start), where they are, and the cells of table 四 that
  /// must be 0 for it to hold.
  struct Claim: Sendable {
    var phrase: String
    var range: TextRange
    var rows: [String]
    var columns: [String]
  }

  /// The claims of each clause of `clauses` that makes one, each clause's in the order of ``kinds``: the first whose
  /// cells are not all 0 is the clause's finding.
  static func claims(in clauses: [ProseClause]) -> [[Claim]] {
    clauses.compactMap { clause in
      let prose = clause.prose
      guard prose.containsAny(claimWords, in: clause.range) else { return nil }
      let claims = kinds.compactMap { kind -> Claim? in
        guard let (start, end) = firstPhrase(kind, in: clause), !isNegated(prose, before: start, from: clause.range),
          let rows = kind.rows ?? namedRows(prose, clause.sentence.lowerBound..<clause.range.upperBound)
        else { return nil }
        let from = prose.skippingSpaces(clause.range.lowerBound, limit: start)
        return Claim(
          phrase: prose.string(from..<end), range: prose.sourceRange(from..<end), rows: rows, columns: kind.columns
        )
      }
      return claims.isEmpty ? nil : claims
    }
  }

  /// The findings of the claims of clauses (``claims(in:)``) against table 四.
  static func findings(_ claims: [[Claim]], _ context: RuleContext) -> [Finding] {
    guard let evaluator = context.balance(.table4) else { return [] }
    return claims.compactMap { clause in
      for claim in clause {
        let cells = claim.rows.flatMap { row in claim.columns.compactMap { evaluator.cell(row, $0) } }
          .filter { $0.cell.state == .written && ($0.cell.arithmeticValue ?? 0) > 0 }
        if !cells.isEmpty { return finding(claim.phrase, claim.range, cells, context) }
      }
      return nil
    }
  }

  private static func firstPhrase(_ kind: Kind, in clause: ProseClause) -> (Int, Int)? {
    kind.phrases.lazy.compactMap { phrase in
      clause.prose.firstIndex(of: phrase, in: clause.range).map { ($0, $0 + phrase.unicodeScalars.count) }
    }.first
  }

  /// `未全部维持`, `并非均获维持`: a negation just before the claim.
  private static func isNegated(_ prose: ProseView, before start: Int, from clauseStart: Range<Int>) -> Bool {
    (max(clauseStart.lowerBound, start - 2)..<start).contains { negations.contains(prose[$0]) }
  }

  /// The rows of table 四 a sentence speaks of up to the end of a claim's clause (`行政复议1件，均获维持，行政诉讼1件，
  /// 原告撤诉` claims nothing of the lawsuit): 行政复议, 行政诉讼, or both; none when it names neither.
  private static func namedRows(_ prose: ProseView, _ sentence: Range<Int>) -> [String]? {
    let review = prose.contains("复议", in: sentence) && !prose.contains("复议后起诉", in: sentence)
    let suits = prose.contains("诉讼", in: sentence)
    switch (review, suits) {
    case (true, true): return ["review", "suitDirect", "suitAfterReview"]
    case (true, false): return ["review"]
    case (false, true): return ["suitDirect", "suitAfterReview"]
    case (false, false): return nil
    }
  }

  private static func finding(_ phrase: String, _ range: TextRange, _ cells: [CellRef], _ context: RuleContext)
    -> Finding
  {
    let named = cells.map { ref in
      (context.rowName(.table4, ref.row), context.columnName(.table4, ref.column), ref.cell.arithmeticValue ?? 0)
    }
    return Finding(
      message: LocalizedText(
        zh: "正文称“\(phrase)”，表四" + named.map { "“\($0.0)”“\($0.1)”为\($0.2)件" }.joined(separator: "，"),
        en: "The prose says “\(phrase)”; table 四 "
          + named.map { "“\($0.0)” “\($0.1)” is \($0.2)" }.joined(separator: ", ")
      ),
      range: range,
      related: cells.map { ref in
        let name = "\(context.rowName(.table4, ref.row)) \(context.columnName(.table4, ref.column))"
        return RelatedLocation(range: ref.cell.range, message: LocalizedText(zh: name, en: name))
      }
    )
  }
}
