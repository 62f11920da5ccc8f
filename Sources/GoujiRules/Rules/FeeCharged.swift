import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ406: a 信息处理费 the prose says was charged where none could be, or a statement about 收费通知 that table 三
/// contradicts.
package enum FeeCharged: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ406", name: "fee-charged", severity: .warning, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "信息处理费的说明与年度或统计表矛盾", en: "The 信息处理费 statement contradicts the year or table 三"),
      checks: """
        正文中关于信息处理费的明确表述：2019、2020年度报告称收取了信息处理费（金额大于0）；2021年度起，称收取了信息处理费，而表三本年新收和上年结转的申请都是0；或称未发出（未出现）收费通知，而表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”大于0。含“未”“没有”“无”“不”“免”的句子不当作收费的表述；表二“行政事业性收费”（单位万元）是行政机关的一般收费，与信息处理费无关，不在检查之列。
        """,
      why: "信息处理费只能在《政府信息公开信息处理费管理办法》施行（2021年1月1日）后、对超出合理数量或频次的申请收取，且以收费通知为前提。收费的说明与年度或统计表对不上，说明其中一处写错。",
      wrong: "某局2020年政府信息公开工作年度报告 …… 六、其他需要报告的事项\n本年度收取信息处理费200元。",
      right: "…… 六、其他需要报告的事项\n本年度未收取信息处理费。",
      fix: "无自动修复：需要核实收费情况和统计表。",
      basis: RuleBasis(
        [ArticleReference(article: 42)],
        note: "；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），自2021年1月1日起施行；国办公开办函〔2021〕30号（表三“（六）其他处理”第2项）。"
      )
    )
  )

  /// Words that make a sentence a statement that no fee was charged or no notice sent.
  private static let negations = ["未", "没有", "无", "不", "免", "零"]

  /// Its statements are read sentence by sentence.
  package static var readsSubLineRegions: Bool { true }

  /// What the prose of one block says about fees, sentence by sentence (a sentence ends at a line break, so blocks
  /// of whole lines find what the whole prose says): the amounts it says were charged and the clauses that say no
  /// notice was sent, compared with the year and table 三 in ``findings(_:from:)``.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [FeeStatement] {
    context.proseViews(inBlock: region).flatMap { prose -> [FeeStatement] in
      guard prose.contains("处理费", in: 0..<prose.count) || prose.contains("收费通知", in: 0..<prose.count) else {
        return []
      }
      return prose.sentences().compactMap { sentence in
        if let amount = chargedAmount(prose, sentence) { return .charged(prose.sourceRange(amount)) }
        return noticeClause(prose, sentence).map { .noNotice(prose.sourceRange($0)) }
      }
    }
  }

  package static func moved(_ partial: [FeeStatement], by move: (TextRange) -> TextRange) -> [FeeStatement] {
    partial.map { statement in
      switch statement {
      case .charged(let range): .charged(move(range))
      case .noNotice(let range): .noNotice(move(range))
      }
    }
  }

  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    guard let year = context.report.reportYear, year >= 2019 else { return [] }
    return partials.found.flatMap(\.partial).compactMap { statement in
      switch statement {
      case .charged(let amount): chargedFinding(amount, year: year, context)
      case .noNotice(let clause): noticeFinding(clause, context)
      }
    }
  }

  /// A fee charged, `收取信息处理费200元`: the amount's range and text, when the sentence states one above 0.
  private static func chargedAmount(_ prose: ProseView, _ sentence: Range<Int>) -> Range<Int>? {
    guard let fee = prose.firstIndex(of: "处理费", in: sentence), prose.contains("收", in: sentence),
      !negations.contains(where: { prose.contains($0, in: sentence) })
    else { return nil }
    var index = fee
    while index < sentence.upperBound {
      if let (number, end) = prose.decimal(at: index) {
        guard let value = Double(number), value > 0 else { return nil }
        let mark = prose.skippingSpaces(end)
        for unit in ["元", "万元"] where prose.view.matches(Array(unit.unicodeScalars), at: mark) {
          return index..<(mark + unit.unicodeScalars.count)
        }
        return nil
      }
      if [",", "、"].contains(prose[index]) { return nil }
      index += 1
    }
    return nil
  }

  private static func chargedFinding(_ amount: TextRange, year: Int, _ context: RuleContext) -> Finding? {
    let written = context.text[amount].singleLine
    if year < 2021 {
      return Finding(
        message: LocalizedText(
          zh: "\(year)年度报告称收取信息处理费“\(written)”；《政府信息公开信息处理费管理办法》自2021年1月1日起施行，此前没有收费标准",
          en:
            "The \(year) report says a 信息处理费 of \(written) was charged; the 信息处理费 rules apply from 2021-01-01, with no tariff before"
        ),
        range: amount
      )
    }
    guard let received = applications(context), received.value == 0 else { return nil }
    return Finding(
      message: LocalizedText(
        zh: "正文称收取信息处理费“\(written)”，但表三本年新收和上年结转的申请合计为0",
        en: "The text says a 信息处理费 of \(written) was charged, but table 三 has no application (new and carried over: 0)"
      ),
      range: amount, related: received.related
    )
  }

  /// The clause of a sentence that says no 收费通知 was sent (`未发出收费通知`, `没有出现收费通知的情况`).
  private static func noticeClause(_ prose: ProseView, _ sentence: Range<Int>) -> Range<Int>? {
    guard let notice = prose.firstIndex(of: "收费通知", in: sentence),
      negations.contains(where: { prose.contains($0, in: sentence.lowerBound..<notice) }),
      !prose.contains("逾期", in: sentence)
    else { return nil }
    return clause(prose, sentence, around: notice)
  }

  /// A clause that says no notice was sent, against （六）2 above 0.
  private static func noticeFinding(_ clause: TextRange, _ context: RuleContext) -> Finding? {
    guard let unpaidFee = context.format.table3.unpaidFeeRow,
      let cell = table3Total(context, row: unpaidFee), let value = cell.arithmeticValue, value > 0
    else { return nil }
    let phrase = context.text[clause].singleLine
    let label = context.rowName(.table3, unpaidFee)
    return Finding(
      message: LocalizedText(
        zh: "正文称“\(phrase)”，但表三“\(label)”总计为\(value)，说明发出过收费通知",
        en: "The text says “\(phrase)”, but table 三 “\(label)” totals \(value): fee notices were sent"
      ),
      range: clause,
      related: [
        RelatedLocation(
          range: cell.range, message: LocalizedText(zh: "表三“\(label)”总计\(value)", en: "table 三 \(label) total \(value)")
        )
      ]
    )
  }

  /// The clause (between `，`/`；`) that holds `index`.
  private static func clause(_ prose: ProseView, _ sentence: Range<Int>, around index: Int) -> Range<Int> {
    let start = (sentence.lowerBound..<index).last { prose[$0] == "," }.map { $0 + 1 } ?? sentence.lowerBound
    let end = (index..<sentence.upperBound).first { prose[$0] == "," } ?? sentence.upperBound
    return prose.trimmed(start..<end)
  }

  /// The 总计 cell of a row of table 三, when read.
  private static func table3Total(_ context: RuleContext, row key: String) -> Cell? {
    guard context.tablesApply, let row = context.report.table3?.row(key),
      let index = context.format.table3.columns.firstIndex(where: { $0.key == "total" }), index < row.cells.count
    else { return nil }
    return row.cells[index]
  }

  /// New and carried-over applications in table 三, when both totals are written.
  private static func applications(_ context: RuleContext) -> (value: Int, related: [RelatedLocation])? {
    guard let new = table3Total(context, row: "new"), let carried = table3Total(context, row: "carried"),
      !new.isEmpty, !carried.isEmpty, let newValue = new.arithmeticValue,
      let carriedValue = carried.arithmeticValue
    else { return nil }
    return (
      newValue + carriedValue,
      [
        RelatedLocation(range: new.range, message: LocalizedText(zh: "本年新收\(newValue)", en: "new \(newValue)")),
        RelatedLocation(
          range: carried.range, message: LocalizedText(zh: "上年结转\(carriedValue)", en: "carried over \(carriedValue)")
        ),
      ]
    )
  }
}

/// What GJ406 reads in the prose: an amount said to be charged, or a clause saying no 收费通知 was sent.
package enum FeeStatement: Sendable {
  case charged(TextRange)
  case noNotice(TextRange)
}
