import GoujiRules
import Testing

@testable import GoujiAnalysis

/// Whether a front end must look for last year's report: only while a cross-year rule (GJ402, GJ408, GJ409) runs.
@Suite struct ReadsLastYearTests {
  @Test func anyCrossYearRuleThatRunsNeedsLastYear() {
    #expect(Analyzer.readsLastYear(RuleConfiguration()))
    var oneLeft = RuleConfiguration()
    oneLeft.ignore = ["GJ402", "GJ408"]
    #expect(Analyzer.readsLastYear(oneLeft))
    var selected = RuleConfiguration()
    selected.select = ["GJ409"]
    #expect(Analyzer.readsLastYear(selected))
  }

  @Test func withEveryCrossYearRuleOffLastYearIsNotNeeded() {
    var selected = RuleConfiguration()
    selected.select = ["GJ310", "GJ401"]
    #expect(!Analyzer.readsLastYear(selected))
    var ignored = RuleConfiguration()
    ignored.ignore = ["GJ402", "GJ408", "GJ409"]
    #expect(!Analyzer.readsLastYear(ignored))
  }
}
