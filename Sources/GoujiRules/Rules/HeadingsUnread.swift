import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ105: the text lost most of its section headings while keeping the tables
/// (``ReadingProblem/Kind/headingsUnread(missing:)``): trafilatura drops every `<h1>`/`<h2>`. The sections are there
/// without their headings, so this is what gouji could not read, not GJ101's missing section: said once, as a
/// warning on the text's first line, naming the headings not found, the form known to drop them and the tables read
/// (which are checked as their sections' tables). No fix: where each heading went is not known.
package enum HeadingsUnread: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ105", name: "headings-unread", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "读不到大部分部分标题，但读到了统计表", en: "Most section headings unread, the tables read"),
      checks: "六个部分标题中读不到四个以上、而统计表至少读到两张时，文本很可能在转换中丢失了标题（网页正文提取工具如trafilatura"
        + "会丢弃<h1>/<h2>标题），而不是报告缺少这些部分：只提示一次，列出读不到的标题，各表仍按所属部分检查，"
        + "不再逐个报告GJ101“缺少部分”。",
      why: "把转换丢失的标题当作报告缺少六个部分，是读错了文本而不是报告有错；gouji读不到的内容只如实说明读不到。"
        + "统计表能读到，说明各部分的内容仍在，需要对照原报告核对标题。",
      wrong: "（网页提取文本：没有标题行，直接是正文段落和统计表）\n（一）主动公开。……\n| 信息内容 | 本年制发件数 | …",
      right: "一、总体情况\n（一）主动公开。……\n二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | …",
      fix: "无自动修复：各标题原在何处无从得知。请改用保留标题的方式转换（如html2text、markdownify，或保存网页），"
        + "或对照原报告补上标题。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> [Int]? in
      if case .headingsUnread(let missing) = kind { return missing }
      return nil
    }.map { missing, problem in
      let tables = context.report.readTables
      return Finding(message: message(missing: missing, tables: tables), range: problem.range, related: related(tables))
    }
  }

  /// Names the headings not found (`missing`, 1…6), the tables read and the form known to drop headings.
  private static func message(missing: [Int], tables: [ReadTable]) -> LocalizedText {
    let numerals = missing.map { ChineseNumeral.string($0) }.joined(separator: "、")
    let names = tables.map { "表\(ChineseNumeral.string($0.id.sectionNumber))" }.joined(separator: "、")
    let englishNames = tables.map { "\($0.id.sectionNumber)" }.joined(separator: ", ")
    return LocalizedText(
      zh: "未读到第\(numerals)部分的标题，但读到了\(names)：文本可能在转换中丢失了标题（网页正文提取工具如"
        + "trafilatura会丢弃<h1>/<h2>标题），各表按所属部分检查；请对照原报告核对这些标题",
      en: "No heading of sections \(missing.map(String.init).joined(separator: ", ")) was found, but tables "
        + "\(englishNames) were: the text has probably lost its headings in conversion (web text extractors such "
        + "as trafilatura drop <h1>/<h2> headings); the tables are checked as their sections' tables. Check "
        + "these headings against the original report"
    )
  }

  /// Each table read, at its first row's label (or its start).
  private static func related(_ tables: [ReadTable]) -> [RelatedLocation] {
    tables.map { table in
      RelatedLocation(
        range: table.rows.first?.labelRange ?? TextRange(emptyAt: table.range.start),
        message: LocalizedText(zh: table.id.chineseName, en: table.id.englishName)
      )
    }
  }
}
