import GoujiFormats
import GoujiSyntax
import GoujiText

extension SectionMissing {
  /// GJ101 said once, as a warning, for a text that lost its section headings while keeping the tables
  /// (``ReadingProblem/Kind/headingsUnread(missing:)``): it names the headings not found, the form known to drop
  /// them, and the tables that were read, which are checked as their sections' tables. No fix: where each heading
  /// went is not known.
  static func droppedHeadings(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> [Int]? in
      if case .headingsUnread(let missing) = kind { return missing }
      return nil
    }.map { missing, problem in
      let report = context.report
      let tables = [report.table2, report.table3, report.table4].compactMap { $0 }
      let numerals = missing.map { ChineseNumeral.string($0) }.joined(separator: "、")
      let names = tables.map { "表\(ChineseNumeral.string($0.id.sectionNumber))" }.joined(separator: "、")
      let englishNames = tables.map { "\($0.id.sectionNumber)" }.joined(separator: ", ")
      return Finding(
        message: LocalizedText(
          zh: "未读到第\(numerals)部分的标题，但读到了\(names)：文本可能在转换中丢失了标题（网页正文提取工具如"
            + "trafilatura会丢弃<h1>/<h2>标题），各表按所属部分检查；请对照原报告核对这些标题",
          en: "No heading of sections \(missing.map(String.init).joined(separator: ", ")) was found, but tables "
            + "\(englishNames) were: the text has probably lost its headings in conversion (web text extractors such "
            + "as trafilatura drop <h1>/<h2> headings); the tables are checked as their sections' tables. Check "
            + "these headings against the original report"
        ),
        range: problem.range,
        related: tables.map { table in
          RelatedLocation(
            range: table.rows.first?.labelRange ?? TextRange(emptyAt: table.range.start),
            message: LocalizedText(zh: table.id.chineseName, en: table.id.englishName)
          )
        },
        severity: .warning
      )
    }
  }
}
