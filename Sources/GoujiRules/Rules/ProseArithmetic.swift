import Foundation
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ405: the prose's own arithmetic does not add up: a `其中` list against its total, a share against its base,
/// more applications concluded than received in one sentence.
package enum ProseArithmetic: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ405", name: "prose-arithmetic", severity: .warning, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文中的数字自相矛盾", en: "The prose's own figures do not add up"),
      checks: """
        正文中三种不依赖统计表的算术关系：“共……N条，其中……a条、……b条”各项之和是否等于总数（列举的前几项已合计为总数、后面接着另一种分类的，不比较）；“其中……a件，占x%”的百分比是否等于a除以总数（按写出的小数位数，允许末位相差1）；同一句中“办结”的件数是否多于“收到”“受理”的申请件数（句中提到结转、上年的不比较）。只读结构明确的句子：总数紧挨“其中”，各项都是“名称+数字+单位”，各项单位与总数相同；列举中混有其他数字、“各”“分别”、或按公开渠道（网站、微信、微博等，同一信息常在多个渠道发布）列举的，不检查。
        """,
      why: "正文中的数字自相矛盾，说明填报时有数字抄错或漏项，读者无法判断哪个数字可信。这类错误不需要对照统计表就能发现，审核时最先被指出。",
      wrong: "全年共主动公开政府信息420条，其中政策文件200条、工作动态190条。",
      right: "全年共主动公开政府信息420条，其中政策文件200条、工作动态220条。",
      fix: "无自动修复：不知道是总数还是某一项写错了。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "（年度报告报告主动公开和收到、处理申请的情况）；审核实践：同一报告中的数字应当前后一致。"
      )
    )
  )

  /// Its lists end at a sentence end and their totals are read back to one, never across a block cut after one
  /// (``SentenceCuts`` does not cut before `其`); its other checks read a sentence.
  package static var readsSubLineRegions: Bool { true }

  /// The findings in the prose of one block: every list lies on one line and every sentence ends at a line break,
  /// so blocks of whole lines find what the whole prose holds.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [Finding] {
    context.proseViews(inBlock: region).flatMap { prose -> [Finding] in
      let listFindings = prose.lines().flatMap { line in
        ProseListReader.lists(in: prose, line: line).flatMap { list in
          [sumFinding(list, prose, context)].compactMap { $0 } + shareFindings(list, prose, context)
        }
      }
      let concluded = prose.sentences().compactMap { concludedFinding(prose, sentence: $0, context) }
      return (listFindings + concluded).sorted { $0.range.start < $1.range.start }
    }
  }

  package static func moved(_ partial: [Finding], by move: (TextRange) -> TextRange) -> [Finding] {
    partial.map { $0.moved(by: move) }
  }

  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    partials.found.flatMap(\.partial)
  }

  // MARK: Parts and total

  private static func sumFinding(_ list: ProseList, _ prose: ProseView, _ context: RuleContext) -> Finding? {
    guard list.parts.count >= 2 else { return nil }
    let sums = list.parts.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.count.value) }
    let sum = sums.last ?? 0
    // A first part of the list that makes the total is a whole breakdown followed by another one (`其中自然人8件，
    // 法人2件，予以公开6件…`): the list is not one breakdown.
    guard sum != list.total.value, !sums.dropLast().contains(list.total.value) else { return nil }
    let quote = phrase(list.totalClause, prose, context)
    let addends = LocalizedText(
      zh: list.parts.map { "\(label($0, prose, context))\($0.count.value)" }.joined(separator: "+"),
      en: list.parts.map { "\(label($0, prose, context)) \($0.count.value)" }.joined(separator: " + ")
    )
    let unit = list.total.unit
    let difference = abs(sum - list.total.value)
    return Finding(
      message: LocalizedText(
        zh:
          "正文称“\(quote)”，其中各项合计\(sum)\(unit)（\(addends.zh)），\(sum > list.total.value ? "多" : "少")\(difference)\(unit)",
        en:
          "The text says “\(quote)”, but its parts add up to \(sum) (\(addends.en)), \(difference) \(sum > list.total.value ? "more" : "fewer")"
      ),
      range: prose.sourceRange(list.total.range),
      related: list.parts.map { part in
        let name = label(part, prose, context)
        return RelatedLocation(
          range: prose.sourceRange(part.count.range),
          message: LocalizedText(zh: "\(name)\(part.count.value)", en: "\(name) \(part.count.value)")
        )
      }
    )
  }

  // MARK: Shares

  private static func shareFindings(_ list: ProseList, _ prose: ProseView, _ context: RuleContext) -> [Finding] {
    list.parts.compactMap { part in
      guard let share = part.percentage else { return nil }
      let exact = Double(part.count.value) * 100 / Double(list.total.value)
      let unitOfLastDigit = pow10(-share.decimals)
      guard abs(exact - share.value) >= unitOfLastDigit else { return nil }
      let written = context.text[prose.sourceRange(share.range)]
      let computed = String(format: "%.\(max(1, share.decimals))f%%", exact)
      let quote = phrase(list.totalClause, prose, context)
      let partText = phrase(part.label.lowerBound..<part.count.end, prose, context)
      return Finding(
        message: LocalizedText(
          zh: "正文称“\(partText)”占\(written)，按“\(quote)”计算为\(part.count.value) ÷ \(list.total.value) = \(computed)",
          en:
            "The text says “\(partText)” is \(written), but against “\(quote)” it is \(part.count.value) ÷ \(list.total.value) = \(computed)"
        ),
        range: prose.sourceRange(share.range),
        related: [
          RelatedLocation(
            range: prose.sourceRange(list.total.range),
            message: LocalizedText(zh: "总数\(list.total.value)", en: "total \(list.total.value)")
          )
        ]
      )
    }
  }

  private static func pow10(_ exponent: Int) -> Double {
    (0..<abs(exponent)).reduce(1.0) { value, _ in exponent < 0 ? value / 10 : value * 10 }
  }

  // MARK: Concluded and received

  private static let receiving = ["受理", "收到", "接收", "接到", "新收"]
  /// Words that bring other applications into the sentence (last year's, several years'): not comparable.
  private static let otherApplications = ["结转", "上年", "累计", "历年", "以来", "未办结", "尚未办结"]

  private static func concludedFinding(_ prose: ProseView, sentence: Range<Int>, _ context: RuleContext) -> Finding? {
    guard prose.contains("办结", in: sentence), !otherApplications.contains(where: { prose.contains($0, in: sentence) })
    else { return nil }
    let counts = prose.counts(in: sentence).filter { ProseCount.itemUnits.contains($0.unit) }
    let received = counts.first { count in
      let clause = clauseBefore(count, in: sentence, prose)
      return receiving.contains { prose.contains($0, in: clause) } && prose.contains("申请", in: clause)
    }
    let concludedCounts = counts.filter { prose.contains("办结", in: clauseBefore($0, in: sentence, prose)) }
    guard let received, concludedCounts.count == 1, let concluded = concludedCounts.first,
      received.range != concluded.range, concluded.value > received.value
    else { return nil }
    let receivedText = phrase(clauseBefore(received, in: sentence, prose).lowerBound..<received.end, prose, context)
    let concludedText = phrase(clauseBefore(concluded, in: sentence, prose).lowerBound..<concluded.end, prose, context)
    let comparison = "\(concluded.value) > \(received.value)"
    return Finding(
      message: LocalizedText(
        zh: "正文称“\(concludedText)”，多于同一句中的“\(receivedText)”（\(comparison)）",
        en: "The text says “\(concludedText)”, more than “\(receivedText)” in the same sentence (\(comparison))"
      ),
      range: prose.sourceRange(concluded.range),
      related: [
        RelatedLocation(
          range: prose.sourceRange(received.range),
          message: LocalizedText(zh: "收到申请 \(received.value)", en: "applications received \(received.value)")
        )
      ]
    )
  }

  /// From the start of the count's clause (after the last `，`/`：`/`、` before it) to its digits.
  private static func clauseBefore(_ count: ProseCount, in sentence: Range<Int>, _ prose: ProseView) -> Range<Int> {
    let start = (sentence.lowerBound..<count.range.lowerBound).last { [",", ":", "、"].contains(prose[$0]) }
    return prose.trimmed((start.map { $0 + 1 } ?? sentence.lowerBound)..<count.range.lowerBound)
  }

  // MARK: Quoting

  /// The text as written on one line: `共公开信息420条`.
  private static func phrase(_ range: Range<Int>, _ prose: ProseView, _ context: RuleContext) -> String {
    context.text[prose.sourceRange(range)].singleLine
  }

  private static func label(_ part: ProsePart, _ prose: ProseView, _ context: RuleContext) -> String {
    phrase(part.label, prose, context)
  }
}
