import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ401: a number or claim of the prose contradicts the tables: counts of applications, outcomes and appeals in
/// 一、总体情况 against table 三 and 四, claims about appeals' outcomes (`均获维持`) against table 四, and the figures of
/// 主动公开 against table 二.
package enum TextTableMismatch: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ401", name: "text-table-mismatch", severity: .warning, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文中的数字或说法与统计表不一致", en: "A number or claim in the prose contradicts the table"),
      checks: "正文所述数量与统计表比较，每个数都与表中由已填写（或唯一拆分）单元格得出的数比较，空白单元格不当作0："
        + "“一、总体情况”中收到申请、办理结果（予以公开、部分公开、“予以公开及部分公开”合计、不予公开、无法提供、不予处理、其他处理，"
        + "后几类为该类各行之和）、结转、行政复议、行政诉讼的件数，“未收到……申请”对表三任一非零单元格，“未发生行政复议/行政诉讼”对表四总计；"
        + "“共受理/收到……申请N件”等于新收或新收加上年结转都不报告；总计空白而各列已填写时按各列之和比较。"
        + "“一、总体情况”和“四”中“均获维持”“均已审结”“零败诉”等说法对表四的结果纠正、其他结果、尚未审结；"
        + "“一”“二”中制发、废止、现行有效的规章和规范性文件件数，行政许可、处罚、强制的处理决定数，行政事业性收费金额（万元）对表二。"
        + "否定、“力争”“确保”等目标、其他年份（上年、去年、同比、其他年份数字）、“各”“分别”的句子不读取。",
      why: "正文和表格是同一组数据的两种表述，互相矛盾时读者无法判断哪个正确；常见情形是正文沿用了上一年的表述，或把某一列的数值当作了合计。",
      wrong: "2020年我局未收到政府信息公开申请。……一、本年新收政府信息公开申请数量 … 总计 3",
      right: "2020年我局收到政府信息公开申请3件。",
      fix: "无自动修复：需要核实正文和表格哪一个正确。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "：年度报告应当包括“行政机关主动公开政府信息的情况”“行政机关收到和处理政府信息公开申请的情况”"
          + "“因政府信息公开工作被申请行政复议、提起行政诉讼的情况”；正文与统计表一致是审核实践（practice），条例没有专门规定。"
      )
    )
  )

  /// What the prose of one section claims in one block of lines: the counts of section 一 (its first), the outcomes
  /// of appeals (一 and 四) and the figures of table 二 (一 and 二).
  package struct Claims: Sendable {
    var counts: [NarrativeStatement] = []
    var outcomes: [[OutcomeClaims.Claim]] = []
    var publications: [PublicationClaims.Statement] = []

    /// Whether the block claims nothing in the section (most blocks of a long narrative).
    var isEmpty: Bool { counts.isEmpty && outcomes.isEmpty && publications.isEmpty }
  }

  /// Its counts are read clause by clause, its claims sentence by sentence: a block cut after a sentence end cuts
  /// none in two.
  package static var readsSubLineRegions: Bool { true }

  /// The claims of each section with claims whose body lies partly in `region` (a block of whole lines), in text
  /// order. A count's clause and a claim's sentence end at a line break, so blocks of whole lines find what the
  /// whole section claims; the claims depend on nothing outside the block but the facts every run is made with (the
  /// year, the format), and everything read elsewhere (the phrase around a count, the cells) is read in
  /// ``findings(_:from:)``.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [Claims] {
    guard context.tablesApply else { return [] }
    let sections = context.report.sections.filter { section in
      [1, 2, 4].contains(section.number)
        && max(section.bodyRange.start, region.start) < min(section.bodyRange.end, region.end)
    }
    guard !sections.isEmpty else { return [] }
    let views = context.proseViews(inBlock: region)
    return sections.map { claims(context, in: $0, block: region, views: views) }
  }

  /// The claims of `section` in `block`, whose prose views are `views`.
  private static func claims(_ context: RuleContext, in section: Section, block: TextRange, views: [ProseView])
    -> Claims
  {
    let body = section.bodyRange
    let own = views.filter { body.start <= $0.range.start && $0.range.end <= body.end }
    var claims = Claims()
    if section.number == 1, context.report.section(1)?.bodyRange == body {
      // The counts read the body as it is (a table in it included): the block's prose view when that is all of it.
      let piece = TextRange(start: max(body.start, block.start), end: min(body.end, block.end))
      let view = own.first { $0.range == piece }?.view ?? NormalizedText(context.text, range: piece, mode: .display)
      claims.counts = NarrativeReader.statements(in: view)
    }
    let clauses = context.factualClauses(in: own)
    if section.number != 2 { claims.outcomes = OutcomeClaims.claims(in: clauses) }
    if section.number != 4 { claims.publications = PublicationClaims.statements(in: clauses, context) }
    return claims
  }

  package static func moved(_ partial: [Claims], by move: (TextRange) -> TextRange) -> [Claims] {
    partial.map { moved($0, by: move) }
  }

  /// The claims of a block moved whole: a block that claims nothing is kept as it is, with no copy (every edit moved
  /// the 500 blocks of a 1 MB narrative, making a new array of empty claims for each).
  package static func shifted(_ partial: [Claims], by delta: Int) -> [Claims] {
    partial.allSatisfy(\.isEmpty) ? partial : moved(partial) { $0.shifted(by: delta) }
  }

  /// A block whose sections claim nothing found nothing (``BlockPartials/found``).
  package static func isEmpty(_ partial: [Claims]) -> Bool {
    partial.allSatisfy(\.isEmpty)
  }

  /// Claims of nothing are empty but still name their sections: each block's are kept.
  package static var emptyPartialsAreAlike: Bool { false }

  private static func moved(_ claims: Claims, by move: (TextRange) -> TextRange) -> Claims {
    var moved = claims
    for index in moved.counts.indices { moved.counts[index].range = move(moved.counts[index].range) }
    for clause in moved.outcomes.indices {
      for index in moved.outcomes[clause].indices {
        moved.outcomes[clause][index].range = move(moved.outcomes[clause][index].range)
      }
    }
    for index in moved.publications.indices { moved.publications[index].range = move(moved.publications[index].range) }
    return moved
  }

  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    guard context.tablesApply else { return [] }
    return BlockFindings.joined(partials.found.map { blockFindings(context, $0.partial) })
  }

  /// The findings of one block's claims, against the tables.
  static func blockFindings(_ context: RuleContext, _ partial: [Claims]) -> BlockFindings {
    var found = BlockFindings()
    for claims in partial where !claims.isEmpty {
      found.counts += claims.counts.compactMap { countFinding($0, context: context) }
      found.outcomes += OutcomeClaims.findings(claims.outcomes, context)
      found.publications += PublicationClaims.findings(claims.publications, context)
    }
    return found
  }

  /// The finding of a count the prose states, when the table's figure differs.
  private static func countFinding(_ statement: NarrativeStatement, context: RuleContext) -> Finding? {
    let isDenial = !context.text[statement.range].allSatisfy(\.isNumber)
    let phraseRange = isDenial ? statement.range : ClaimPhrase.range(of: statement.range, in: context.text)
    let phrase = context.text[phraseRange]
    guard isDenial || !ClaimPhrase.distributes(phrase) else { return nil }
    let (table, rows, group) = tableRows(statement.topic, context: context)
    guard let figure = context.figure(table, rows: rows) else {
      return isDenial && statement.topic == .newApplications ? anyCellFinding(phrase, phraseRange, context) : nil
    }
    var described = context.describe(figure, group: group)
    if statement.topic == .newApplications, !isDenial, let carried = context.figure(.table3, rows: ["carried"]) {
      // `共受理…申请N件` may count this year's applications or these and last year's carried over.
      if statement.value == figure.value + carried.value { return nil }
      if carried.value != 0 {
        let both = figure.value + carried.value
        described = LocalizedText(
          zh: "\(described.zh)，加第二行（上年结转）\(carried.value)件为\(both)件",
          en: "\(described.en); with row 二 (carried over) \(carried.value) it is \(both)"
        )
      }
    }
    guard statement.value != figure.value else {
      return isDenial && statement.topic == .newApplications ? anyCellFinding(phrase, phraseRange, context) : nil
    }
    return Finding(
      message: LocalizedText(zh: "正文称“\(phrase)”，\(described.zh)", en: "The prose says “\(phrase)”; \(described.en)"),
      range: phraseRange, related: context.relatedLocations(figure)
    )
  }

  /// `未收到政府信息公开申请` above a table 三 with a non-zero written cell anywhere (上年结转, an outcome).
  /// The sentence going on about last year's applications (`…未收到政府信息公开申请，办结上年结转申请1件。`) accounts for
  /// the cells of 上年结转 and their outcomes, so only new applications are denied: no finding.
  private static func anyCellFinding(_ phrase: String, _ range: TextRange, _ context: RuleContext) -> Finding? {
    guard let table = context.report.table3,
      !String(restOfSentence(after: range, in: context.text)).containsScalars("结转")
    else { return nil }
    let columns = context.format.table3.columns
    for row in table.rows {
      // The row's 总计 names the row best; another cell only when the 总计 says nothing.
      let pairs = Array(zip(columns, row.cells))
      let cells = pairs.filter { $0.0.key == "total" } + pairs.filter { $0.0.key != "total" }
      for (column, cell) in cells where cell.state == .written && (cell.arithmeticValue ?? 0) > 0 {
        let name = context.rowDesignation(.table3, row.key)
        return Finding(
          message: LocalizedText(
            zh: "正文称“\(phrase)”，表三\(name.zh)“\(column.label)”为\(cell.text)件",
            en: "The prose says “\(phrase)”; table 三 \(name.en) “\(column.label)” is \(cell.text)"
          ),
          range: range,
          related: [
            RelatedLocation(
              range: cell.range,
              message: LocalizedText(
                zh: context.rowName(.table3, row.key), en: context.rowName(.table3, row.key)
              ))
          ]
        )
      }
    }
    return nil
  }

  /// The text from `range` to the end of its sentence (a 。, ；, or the end of the line).
  private static func restOfSentence(after range: TextRange, in text: SourceText) -> Substring {
    let line = text.lineContentRange(text.line(containing: range.end))
    let rest = text[TextRange(start: range.end, end: max(range.end, line.end))]
    return rest.prefix { $0 != "。" && $0 != "；" }
  }

  /// The table, rows and group (its numbering, when the rows are one) that hold a topic's figure, in 总计.
  private static func tableRows(_ topic: NarrativeStatement.Topic, context: RuleContext)
    -> (TableID, [String], String?)
  {
    let rows = context.format.table3.rows
    /// The rows of `group`, or the group's own row where the format has one (2019's （六）其他处理).
    func group(_ group: String, _ numbering: String) -> (TableID, [String], String?) {
      if rows.contains(where: { $0.key == group }) { return (.table3, [group], nil) }
      return (.table3, rows.filter { $0.group == group }.map(\.key), numbering)
    }
    switch topic {
    case .newApplications: return (.table3, ["new"], nil)
    case .carried: return (.table3, ["carried"], nil)
    case .carryOver: return (.table3, ["carryOver"], nil)
    case .published: return (.table3, ["public"], nil)
    case .partlyPublished: return (.table3, ["partial"], nil)
    case .publishedOrPartly: return (.table3, ["public", "partial"], nil)
    case .withheld: return group("withheld", "（三）")
    case .unable: return group("unable", "（四）")
    case .ignored: return group("ignored", "（五）")
    case .otherHandling: return group("otherHandling", "（六）")
    case .administrativeReview: return (.table4, ["review"], nil)
    case .lawsuits: return (.table4, ["suitDirect", "suitAfterReview"], nil)
    }
  }
}
