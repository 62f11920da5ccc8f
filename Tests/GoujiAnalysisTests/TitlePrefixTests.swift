import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The title read from a prefix of the text (the batch's title pass) is the title read from the whole text, wherever
/// the prefix is cut: in every example and corpus form, and in texts built to put the title, a wrapped title, the
/// agency's line or the 30th non-blank line at the cut, with CRLF and an astral character.
@Suite struct TitlePrefixTests {
  static let texts = Fixtures.examplesAndCorpusForms

  @Test func everyTextHasTheTitleOfTheWholeTextWhateverThePrefix() {
    #expect(Self.texts.count > 50)
    for text in Self.texts {
      let whole = Analyzer.title(of: SourceText(text))
      for prefixes in [Analyzer.titlePrefixBytes, [64], [200, 700], [1_500], [3_000, 6_000]] {
        #expect(Analyzer.title(of: text, prefixes: prefixes) == whole, "\(prefixes) \(text.prefix(40))")
      }
    }
  }

  static let builtTexts: [String] = ["\n", "\r\n"].flatMap(builtTexts(lineEnd:))

  /// Texts whose titles lie where a prefix may cut them, their lines ended by `end`.
  static func builtTexts(lineEnd end: String) -> [String] {
    let title = "某某市𠀀自然资源和规划局2024年政府信息公开工作年度报告"
    let filler: [String] = (1...29).map { "第\($0)行，说明。" }
    let lines: [[String]] = [
      [title, "", "一、总体情况"],
      ["某某市𠀀自然资源局", "2024年政府信息公开工作年度报告", "一、总体情况"],
      ["某某市𠀀自然资源局2024年政府信息公开工作年", "度报告", "正文。"],
      ["某某市𠀀自然资源局 2024 年", "政府信息公开工作年度报告", "正文。"],
      filler + [title, "正文。"],
      filler.dropLast() + ["某某市𠀀自然资源局", "2024年政府信息公开工作年度报告"],
      (filler + ["说明。", title]).flatMap { [$0, ""] },
    ]
    return lines.map { $0.joined(separator: end) + end }
  }

  /// Every cut of each built text, one byte after another: the cuts the prefix takes fall after each line feed.
  @Test(arguments: builtTexts)
  func aBuiltTextHasTheTitleOfTheWholeTextAtEveryCut(_ text: String) {
    let whole = Analyzer.title(of: SourceText(text))
    for size in 1...text.utf8.count {
      #expect(Analyzer.title(of: text, prefixes: [size]) == whole, "\(size)")
    }
  }

  /// The built texts are read as meant: the title is found where it lies within the first 30 non-blank lines, and
  /// not past them.
  @Test func theBuiltTextsHaveTheirTitlesWhereMeant() {
    let years = Self.builtTexts.map { Analyzer.title(of: SourceText($0))?.year }
    #expect(years == Array(repeating: [2024, 2024, 2024, 2024, 2024, 2024, nil], count: 2).flatMap { $0 })
  }
}
