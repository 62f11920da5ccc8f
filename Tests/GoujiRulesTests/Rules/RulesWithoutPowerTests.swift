import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RulesWithoutPowerTests {
  @Test(arguments: ["某区科学技术局", "某县人民政府", "某镇人民政府", "某街道办事处", "某旗教育局"])
  func countyLevelBodyCountingRulesIsReportedAtTheFirstCell(_ agency: String) throws {
    let text = ReportBuilder().with { $0.agency = agency }.setting(.table2, "rules", ["2", "0", "3"]).build()
    let report = ReportReader.read(SourceText(text))
    let cell = try #require(report.table2?.row("rules")?.cells.first)
    let analysis = Analyzer.analyze(SourceText(text), configuration: configuration(selecting: "GJ407"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(analysis.diagnostics.count == 1)
    #expect(diagnostic.range == cell.range)
    #expect(diagnostic.severity == .information)
    #expect(diagnostic.message.zh.hasPrefix("表二“规章”填写了本年制发件数2，现行有效件数3，但“\(agency)”是县级及以下的机关"))
    #expect(diagnostic.message.en.contains("Table 二 counts 规章 (本年制发件数 2, 现行有效件数 3)"))
    #expect(diagnostic.related.map(\.message.zh) == ["规章现行有效件数3"])
  }

  @Test func format2019CountsOnlyRulesMadeThisYear() {
    let builder = ReportBuilder(.format2019).with { $0.agency = "某区科学技术局" }
    check(
      builder.setting(.table2, "rules", ["1️⃣1", "1", "1"]).build(), rule: "GJ407",
      expected: [
        DiagnosticSpec("1️⃣", message: "表二“规章”填写了本年新制作数量1，但“某区科学技术局”是县级及以下的机关（名称含“区”），无权制定规章")
      ])
    // Rules of higher levels published again by the body are not its own.
    checkClean(builder.setting(.table2, "rules", ["0", "1", "1"]).build(), rule: "GJ407")
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀区科学技术局"
    }.setting(.table2, "rules", ["1️⃣1⏹", "0", "1"]).build()
    check(text, rule: "GJ407", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: ["某市科学技术局", "某市住房和城乡建设局", "某市乡村振兴局", "广西壮族自治区科学技术厅", "某市社区建设办公室", "某市人民政府"])
  func bodiesThatMayMakeRulesOrWhoseLevelIsUnclearAreNotReported(_ agency: String) {
    let text = ReportBuilder().with { $0.agency = agency }.setting(.table2, "rules", ["2", "0", "3"]).build()
    checkClean(text, rule: "GJ407")
  }

  @Test func noRulesIsNotReported() {
    checkClean(ReportBuilder().with { $0.agency = "某区科学技术局" }.build(), rule: "GJ407")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ407") }
  }
}
