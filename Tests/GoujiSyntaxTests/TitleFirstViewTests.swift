import GoujiText
import Testing

@testable import GoujiSyntax

/// The title is looked for in a view of its line's first bytes, widened until it holds the first title ending and
/// the character after it (`TitleReader.viewToFirstEnding`): a flattened form's first line is the whole report, and
/// a view of all of it cost 9 bytes a character for a title near its start. What the whole line's view would find
/// must be found: a title far along the line, and an ending that the first view cuts or ends with.
@Suite struct TitleFirstViewTests {
  private static let title = "某某县𠀀溪商务局2023年政府信息公开工作年度报告"
  private static let body = " 一、总体情况 本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\r\n"

  /// Page chrome of `count` crumbs before the title, all on the report's one line.
  @Test(arguments: [0, 200, 700, 3_000])
  func aTitleFarAlongTheLineIsFound(crumbs count: Int) throws {
    let chrome = String(repeating: "首页 > 政务公开 > ", count: count)
    let text = SourceText(chrome + Self.title + Self.body)
    let report = ReportReader.read(text)
    let title = try #require(report.title)
    #expect(title.text == Self.title)
    #expect(text[title.range] == Self.title)
    #expect(title.year == 2023)
  }

  /// A cited document (`…年度报告格式》`) whose ending the first view ends with (`告` its last character), or cuts in
  /// two, is still seen as cited, and the title is the next line's, as in a view of the whole line.
  @Test(arguments: [0, 6, 13])
  func aCitedEndingAtTheFirstViewsEndIsNoTitle(bytesCut: Int) throws {
    let cited = "依照《某某2023年政府信息公开工作年度报告"
    let paddingLength = TitleReader.firstViewLength - cited.utf8.count + bytesCut
    let padding = String(repeating: "a", count: paddingLength)
    let source = padding + cited + "格式》编制。\r\n" + Self.title + Self.body
    let text = SourceText(source)
    let report = ReportReader.read(text)
    let title = try #require(report.title)
    #expect(title.text == Self.title)
    #expect(TitleReader.read(text, lines: text.lineInfos())?.line == 1)
    #expect(text[title.range] == Self.title)
  }
}
