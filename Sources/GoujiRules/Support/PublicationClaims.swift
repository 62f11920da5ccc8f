import Foundation
import GoujiFormats
import GoujiSyntax
import GoujiText

/// What the prose of sections 一 and 二 says of table 二's figures (`本年制发行政规范性文件3件`, `现行有效规章2件`,
/// `作出行政处罚决定5件`, `行政事业性收费0.25万元`), against the cell. A clause is read only when it names one row
/// and one column of the table just before its number.
enum PublicationClaims {
  /// Acts on documents and decisions that count something else than the table's column: documents reviewed or filed
  /// (`清理现行有效规范性文件20件`), decisions published (`公示行政处罚决定5件`), one kind of decision of all those the
  /// column counts (`作出准予行政许可决定8件`).
  private static let otherActs = WordList([
    "清理", "审查", "备案", "评估", "解读", "征求", "报送", "梳理", "公示", "公开", "发布", "上网", "准予", "不予",
  ])
  /// ``ClaimPhrase/distributingWords``, made once for the search of every clause.
  private static let distributingWords = WordList(ClaimPhrase.distributingWords)
  private static let countUnits: Set<Unicode.Scalar> = ["件", "部", "份", "个", "项"]

  /// A number of the prose that states a cell of table 二: the number as written, the cell, and the words from the
  /// clause's start to the unit.
  struct Statement: Sendable {
    var number: String
    var claim: Claim
    var phrase: String
    var range: TextRange
  }

  /// The statements of table 二's figures in `clauses`.
  static func statements(in clauses: [ProseClause], _ context: RuleContext) -> [Statement] {
    var statements: [Statement] = []
    for clause in clauses {
      let prose = clause.prose
      guard !prose.containsAny(distributingWords, in: clause.range) else { continue }
      for index in clause.range {
        guard let (text, end) = prose.decimal(at: index), let claim = claim(prose, clause.range, index, end, context)
        else { continue }
        let from = prose.skippingSpaces(clause.range.lowerBound, limit: index)
        statements.append(
          Statement(
            number: text, claim: claim, phrase: prose.string(from..<claim.end),
            range: prose.sourceRange(from..<claim.end)
          ))
      }
    }
    return statements
  }

  /// The findings of `statements` against the cells of table 二.
  static func findings(_ statements: [Statement], _ context: RuleContext) -> [Finding] {
    guard context.tablesApply, let table = context.report.table2 else { return [] }
    return statements.compactMap { statement in
      let claim = statement.claim
      guard let cell = cell(table, claim.row, claim.column, context),
        compare(statement.number, cell.cell, claim.isAmount) == false
      else { return nil }
      return finding(statement.phrase, statement.range, cell, context)
    }
  }

  struct Claim: Sendable {
    var row: String
    var column: String
    var isAmount: Bool
    /// Where the unit ends.
    var end: Int
  }

  /// The row and column a number at `start..<end` states, from the words just before it and its unit.
  private static func claim(_ prose: ProseView, _ clause: Range<Int>, _ start: Int, _ end: Int, _ context: RuleContext)
    -> Claim?
  {
    let unit = prose.skippingSpaces(end, limit: clause.upperBound)
    let before = clause.lowerBound..<start
    if unit + 1 < clause.upperBound, prose[unit] == "万", prose[unit + 1] == "元",
      let fee = feeColumn(context), prose.containsAny(fee.words, in: before)
    {
      return Claim(row: fee.row, column: fee.column, isAmount: true, end: unit + 2)
    }
    guard unit < clause.upperBound, countUnits.contains(prose[unit]), let row = row(prose, before) else { return nil }
    let isDocument = countsOwnDocuments(row.key, context)
    let near = row.end..<start
    guard near.count <= (isDocument ? 4 : 8) else { return nil }
    let columns = countColumns(context).filter { _, meaning in
      meaning.measure.countsOwnDocuments == isDocument
        && prose.containsAny(meaning.proseWords, in: isDocument ? before : near)
    }
    guard columns.count == 1, let column = columns.first?.key, !prose.containsAny(otherActs, in: before) else {
      return nil
    }
    return Claim(row: row.key, column: column, isAmount: false, end: unit + 1)
  }

  /// Whether the row `key` of table 二 counts the body's own documents (规章, 规范性文件): its sub-table has a column
  /// of documents made, repealed or in force.
  private static func countsOwnDocuments(_ key: String, _ context: RuleContext) -> Bool {
    context.format.table2.contains { subtable in
      subtable.rows.contains { $0.key == key }
        && subtable.columns.contains { $0.meaning?.measure.countsOwnDocuments == true }
    }
  }

  /// The format's column of fees collected: its sub-table's one row, its key and the words prose uses for it.
  private static func feeColumn(_ context: RuleContext) -> (row: String, column: String, words: [String])? {
    for subtable in context.format.table2 where subtable.rows.count == 1 {
      for column in subtable.columns {
        if let meaning = column.meaning, meaning.measure == .feesCollected {
          return (subtable.rows[0].key, column.key, meaning.proseWords)
        }
      }
    }
    return nil
  }

  /// The format's columns that count documents or decisions, each key once, with its meaning.
  private static func countColumns(_ context: RuleContext) -> [String: ColumnMeaning] {
    let columns = context.format.table2.flatMap(\.columns).compactMap { column in
      column.meaning.map { (column.key, $0) }
    }
    return Dictionary(columns, uniquingKeysWith: { first, _ in first }).filter { $0.value.measure != .feesCollected }
  }

  /// The one row of table 二 the words before a number name, and where its name ends; none when they name several.
  private static func row(_ prose: ProseView, _ before: Range<Int>) -> (key: String, end: Int)? {
    var named: [(String, Int)] = []
    if let found = prose.firstIndex(of: "规范性文件", in: before) { named.append(("normativeDocuments", found + 5)) }
    if let found = prose.firstIndex(of: "规章", in: before), !prose.contains("规章制度", in: before) {
      named.append(("rules", found + 2))
    }
    for (word, key) in [("行政许可", "licensing"), ("行政处罚", "penalties"), ("行政强制", "enforcement")] {
      if let found = prose.firstIndex(of: word, in: before) { named.append((key, found + 4)) }
    }
    return named.count == 1 ? named[0] : nil
  }

  /// The verified cell of a row and column of table 二.
  private static func cell(_ table: ReadTable, _ row: String, _ column: String, _ context: RuleContext) -> LocatedCell?
  {
    guard let found = table.rows.first(where: { $0.key == row }),
      let spec = context.format.table2.first(where: { $0.key == found.subtable }),
      let index = spec.columns.firstIndex(where: { $0.key == column }), index < found.cells.count,
      found.cells[index].state == .written, found.cells[index].confidence.isVerified
    else { return nil }
    return LocatedCell(table: .table2, row: found, column: spec.columns[index], cell: found.cells[index])
  }

  /// Whether the prose's number equals the cell's; `nil` when either is not a number.
  private static func compare(_ said: String, _ cell: Cell, _ isAmount: Bool) -> Bool? {
    if !isAmount {
      guard let value = Int(said), let written = cell.arithmeticValue else { return nil }
      return value == written
    }
    let written = cell.text.trimmingSuffix(["万元"]).trimmingCharacters(in: .whitespaces)
    guard let value = Decimal(string: said), let amount = Decimal(string: written) else { return nil }
    return value == amount
  }

  private static func finding(_ phrase: String, _ range: TextRange, _ located: LocatedCell, _ context: RuleContext)
    -> Finding
  {
    let row = context.rowName(.table2, located.row.key)
    let unit = located.column.kind == .count ? "件" : ""
    return Finding(
      message: LocalizedText(
        zh: "正文称“\(phrase)”，表二“\(row)”行“\(located.column.label)”为\(located.cell.text)\(unit)",
        en: "The prose says “\(phrase)”; table 二 row “\(row)” “\(located.column.label)” is \(located.cell.text)"
      ),
      range: range,
      related: [
        RelatedLocation(
          range: located.cell.range,
          message: LocalizedText(
            zh: "\(row) \(located.column.label)", en: "\(row) \(located.column.label)"
          ))
      ]
    )
  }
}
