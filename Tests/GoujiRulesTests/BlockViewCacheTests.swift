import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

/// The prose views of the blocks of lines are kept up to a budget of characters (a text of `一、x` lines kept 34
/// bytes a line of them for the whole run, issue 10); past it each rule that asks makes them again, and the regional
/// prose rules find what they find with every view kept.
@Suite struct BlockViewCacheTests {
  /// A paragraph GJ504 finds repeated, with an astral character.
  static let paragraph = "𠀀本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件，公开工作规范有序。"

  /// Example 002 with section 一 grown by 120 lines, every other one `paragraph`, written with `newline`.
  static func text(newline: String) -> SourceText {
    let lines = (0..<120).map { $0.isMultiple(of: 2) ? paragraph : "第\($0)项：本机关全年主动公开政府信息\($0)条。" }
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + lines.joined(separator: "\n") + "\n")
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  @Test(arguments: ["\n", "\r\n"])
  func viewsPastTheBudgetAreMadeAgainAndFindWhatKeptViewsFind(_ newline: String) {
    let report = ReportReader.read(Self.text(newline: newline))
    let kept = RuleContext(report: report)
    var dropped = RuleContext(report: report)
    dropped.blockViewCache = BlockViewCache(characterBudget: 600)
    let all = RuleEngine.run(kept).diagnostics
    let past = RuleEngine.run(dropped)
    #expect(past.diagnostics == all)
    #expect((1...600).contains(dropped.blockViewCache.keptCharacters))
    #expect(kept.blockViewCache.keptCharacters > 6 * 600)
    // GJ504 reads the views: at most one block's fit in the budget, and its findings lie in several blocks.
    let repeats = past.diagnostics.filter { $0.code == RepeatedParagraph.metadata.code }
    #expect(repeats.count >= 59)
    let blocks = Set(repeats.compactMap { found in past.sentenceBlocks.firstIndex { $0.contains(found.range.start) } })
    #expect(blocks.count >= 3)
  }

  @Test func aBlockWithinTheBudgetIsMadeOnceAndOnePastItEveryTime() {
    let text = SourceText("一、总体情况\r\n\(Self.paragraph)\r\n\(Self.paragraph)\r\n")
    let first = TextRange(start: text.lineStarts[1], end: text.lineStarts[2])
    let second = TextRange(start: text.lineStarts[2], end: text.lineStarts[3])
    let cache = BlockViewCache(characterBudget: Self.paragraph.unicodeScalars.count + 2)
    var made = 0
    func views(_ block: TextRange) -> [ProseView] {
      cache.views(for: block) {
        made += 1
        return [ProseView(text, range: block)]
      }
    }
    for _ in 0..<3 { #expect(views(first).map(\.range) == [first]) }
    #expect(made == 1)
    for _ in 0..<3 { #expect(views(second).map(\.range) == [second]) }
    #expect(made == 4)
    #expect(cache.keptCharacters == views(first)[0].count)
  }
}
