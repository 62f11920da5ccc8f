import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ207: the statistics period does not run from 1月1日 to 12月31日 of the report year.
package enum PeriodPartYear: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ207", name: "period-part-year", severity: .warning, fixAvailability: .never,
    scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "统计期限不是报告年度全年", en: "The statistics period is not the whole report year"),
      checks:
        "“统计期限自……起至……止”写出的起止日期是否为报告年度的1月1日和12月31日。只比较写全了日期的期限（年份与报告年度不同的由GJ204报告）。正文说明了原因（机构改革、新组建、挂牌成立、职能划转等）时降为提示。",
      why: "年度报告统计一个自然年度的工作。年中组建的机关只能统计组建后的部分，这时应在报告中说明原因，否则读者会以为漏报了上半年的数据。",
      wrong: "本报告所列数据的统计期限自2020年7月1日起至2020年12月31日止。",
      right: "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
      fix: "无自动修复：改为全年统计；年中组建、只能统计部分年度的机关，在报告中说明原因（如“本局于2020年7月经机构改革组建”），本规则随之降为提示。",
      basis: RuleBasis(
        [ArticleReference(article: 49), ArticleReference(article: 50)],
        note: "（年度报告报告上一年度的工作）；年度报告格式的统计期限说明。"
      )
    )
  )

  /// Words that state why a body reports only part of the year.
  static let reasons = ["机构改革", "新组建", "组建", "挂牌成立", "正式成立", "新成立", "职能划转", "更名"]

  /// Its periods are read sentence by sentence, each after the bytes of `统计期限`.
  package static var readsSubLineRegions: Bool { true }

  /// A statistics period the prose writes: its first and last date and where they are written.
  package struct StatedPeriod: Sendable {
    var first: ProseDate
    var last: ProseDate
    var range: TextRange
  }

  /// The periods written after each `统计期限` of `region` (before any appendix), each read in a view of its own
  /// sentence only (``periodWindow(_:at:)``): a block cut inside a long line reads what the whole line reads, and
  /// typing in such a line reads the touched block, not the line. Only the word as written is looked for: a folded
  /// spelling of it (a compatibility character in it) is not read, as a view of the whole text would cost more than
  /// everything else this rule does.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [StatedPeriod] {
    let text = context.text
    let end = max(region.start, min(region.end, context.report.appendixStart ?? text.count))
    var result: [StatedPeriod] = []
    var from = region.start
    while let found = text.firstOccurrence(of: periodWord, in: TextRange(start: from, end: end)) {
      from = found + periodWord.count
      let prose = ProseView(text, range: periodWindow(text, at: found))
      guard let (first, last) = period(in: prose) else { continue }
      result.append(
        StatedPeriod(first: first, last: last, range: prose.sourceRange(first.range.lowerBound..<last.range.upperBound))
      )
    }
    return result
  }

  package static func moved(_ partial: [StatedPeriod], by move: (TextRange) -> TextRange) -> [StatedPeriod] {
    partial.map { StatedPeriod(first: $0.first, last: $0.last, range: move($0.range)) }
  }

  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    guard let year = context.report.reportYear else { return [] }
    return partials.found.flatMap(\.partial).compactMap { finding($0, year: year, context) }
  }

  private static func finding(_ period: StatedPeriod, year: Int, _ context: RuleContext) -> Finding? {
    let (first, last) = (period.first, period.last)
    let lastYear = last.year ?? first.year
    guard first.year == year, lastYear == year, (first.month, first.day, last.month, last.day) != (1, 1, 12, 31)
    else { return nil }
    let written = "\(year)年\(first.month)月\(first.day)日至\(year)年\(last.month)月\(last.day)日"
    let writtenEnglish = "\(year)-\(first.month)-\(first.day) to \(year)-\(last.month)-\(last.day)"
    let range = period.range
    if let reason = statedReason(context) {
      return Finding(
        message: LocalizedText(
          zh: "统计期限为\(written)，不是报告年度全年；正文说明了原因（“\(reason)”）",
          en: "The statistics period is \(writtenEnglish), not the whole year; the text states a reason (“\(reason)”)"
        ),
        range: range, related: [context.reportYearLocation].compactMap { $0 }, severity: .information
      )
    }
    return Finding(
      message: LocalizedText(
        zh: "统计期限为\(written)，不是报告年度全年（\(year)年1月1日至12月31日）；只统计部分年度的，应说明原因",
        en:
          "The statistics period is \(writtenEnglish), not the whole year \(year); state why only part of the year is reported"
      ),
      range: range, related: [context.reportYearLocation].compactMap { $0 }
    )
  }

  private static let periodWord = Array("统计期限".utf8)

  /// The text a period written at `start` (the bytes of `统计期限`) is read in: up to and with the first sentence end
  /// written as it reads (`。；！？;!?`), else to the line's end. The reading stops at the view's first sentence end,
  /// which a folded character may put earlier but never later, so it reads here as in a view of the whole line.
  private static func periodWindow(_ text: SourceText, at start: Int) -> TextRange {
    let bytes = text.bytes
    let end = text.lineContentRange(text.line(containing: start)).end
    var offset = start + periodWord.count
    while offset < end {
      switch bytes[offset] {
      case 0x3B, 0x21, 0x3F: return TextRange(start: start, end: offset + 1)
      case 0xE3 where offset + 2 < end && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82,
        0xEF where offset + 2 < end && bytes[offset + 1] == 0xBC && [0x9B, 0x81, 0x9F].contains(bytes[offset + 2]):
        return TextRange(start: start, end: offset + 3)
      default: offset += 1
      }
    }
    return TextRange(start: start, end: end)
  }

  /// A word of the report (before any appendix) that states why only part of the year is reported.
  private static func statedReason(_ context: RuleContext) -> String? {
    let end = context.report.appendixStart ?? context.text.count
    let prose = ProseView(context.text, range: TextRange(start: 0, end: end))
    return reasons.first { prose.contains($0, in: 0..<prose.count) }
  }

  /// The first and last date of the 统计期限 sentence that `prose` starts with, when it writes both.
  private static func period(in prose: ProseView) -> (ProseDate, ProseDate)? {
    let from = 4
    var dates: [ProseDate] = []
    var index = from
    let limit = min(prose.count, from + 60)
    while index < limit, !ProseView.endsSentence(prose[index]) {
      if let date = prose.date(at: index, yearOptional: !dates.isEmpty) {
        dates.append(date)
        index = date.range.upperBound
      } else {
        index += 1
      }
    }
    return dates.count == 2 ? (dates[0], dates[1]) : nil
  }
}
