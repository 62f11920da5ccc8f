import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiStatutes
import GoujiTestSupport
import GoujiText
import Testing

/// The registry against the catalogue (`spec/rules.md`): every rule registered once, in code order, with the
/// catalogue's name, severity and fixes, documentation, a test file and a fixture (whose golden diagnostics
/// `RuleFixtureTests` checks); retired codes are the only gaps. The one test of the registry.
@Suite struct RuleRegistryTests {
  /// The catalogue: code, name, default severity, and whether a fix is listed.
  static let catalogue: [(code: String, name: String, severity: Severity, fix: Bool)] = [
    ("GJ101", "section-missing", .error, true), ("GJ102", "section-order", .warning, false),
    ("GJ103", "section-title", .warning, true), ("GJ104", "title-missing", .warning, false),
    ("GJ105", "headings-unread", .warning, false),
    ("GJ201", "year-unknown", .warning, false), ("GJ202", "format-mismatch", .error, true),
    ("GJ203", "notice-mismatch", .warning, true), ("GJ204", "period-mismatch", .warning, true),
    ("GJ205", "mixed-format", .error, false), ("GJ206", "format-not-applicable", .information, false),
    ("GJ207", "period-part-year", .warning, false), ("GJ208", "plan-year", .warning, true),
    ("GJ209", "signature-year", .information, false),
    ("GJ301", "table-missing", .error, true), ("GJ302", "row-missing", .error, true),
    ("GJ303", "row-unknown", .warning, true), ("GJ304", "cell-count", .error, false),
    ("GJ305", "cell-empty", .warning, true), ("GJ306", "cell-invalid", .error, true),
    ("GJ307", "cells-ambiguous", .warning, false), ("GJ308", "row-unreadable", .warning, false),
    ("GJ310", "row-total", .error, true),
    ("GJ311", "row-total-empty", .warning, true), ("GJ312", "outcome-total", .error, true),
    ("GJ313", "balance", .error, true), ("GJ314", "review-total", .error, true),
    ("GJ401", "text-table-mismatch", .warning, false), ("GJ402", "carryover-mismatch", .warning, false),
    ("GJ403", "published-late", .information, false), ("GJ404", "fee-not-reported", .information, false),
    ("GJ405", "prose-arithmetic", .warning, false), ("GJ406", "fee-charged", .warning, false),
    ("GJ407", "rules-without-power", .information, false), ("GJ408", "stock-mismatch", .information, false),
    ("GJ409", "prose-similar-to-last-year", .information, false),
    ("GJ410", "rectification-not-reported", .hint, false),
    ("GJ501", "compatibility-characters", .warning, true), ("GJ502", "enumeration", .information, false),
    ("GJ503", "conversion-artifacts", .information, true), ("GJ504", "repeated-paragraph", .information, false),
    ("GJ505", "other-province", .information, false),
  ]

  @Test func registryIsTheCatalogueInCodeOrder() {
    let registered = RuleRegistry.all.map { $0.metadata }
    #expect(registered.map(\.code) == Self.catalogue.map(\.code))
    for (metadata, entry) in zip(registered, Self.catalogue) {
      #expect(metadata.name == entry.name, "\(entry.code)")
      #expect(metadata.severity == entry.severity, "\(entry.code)")
      #expect((metadata.fixAvailability != .never) == entry.fix, "\(entry.code)")
    }
  }

  @Test func codesAndNamesAreWellFormedAndUnique() {
    let codes = RuleRegistry.all.map { $0.metadata.code }
    let names = RuleRegistry.all.map { $0.metadata.name }
    #expect(Set(codes).count == codes.count && Set(names).count == names.count)
    #expect(codes == codes.sorted())
    #expect(codes.allSatisfy { $0.wholeMatch(of: /GJ[1-5][0-9][0-9]/) != nil })
    #expect(names.allSatisfy { $0.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil })
    for rule in RuleRegistry.all {
      #expect(RuleRegistry.rule(rule.metadata.code).map { $0.metadata.code } == rule.metadata.code)
      #expect(RuleConfiguration.code(for: rule.metadata.name) == rule.metadata.code)
    }
  }

  @Test func everyRuleIsDocumented() {
    for rule in RuleRegistry.all {
      let documentation = rule.metadata.documentation
      let sections = [
        documentation.summary.zh, documentation.summary.en, documentation.checks, documentation.why,
        documentation.wrong, documentation.right, documentation.fix, documentation.basis.text,
      ]
      #expect(sections.allSatisfy { !$0.isEmpty }, "\(rule.metadata.code)")
      #expect(rule.metadata.documentationURL.hasSuffix("/\(rule.metadata.code).md"))
    }
  }

  /// Every article, paragraph and item a rule's basis cites is in the statute text gouji carries.
  @Test func everyBasisArticleExists() {
    for rule in RuleRegistry.all {
      for article in rule.metadata.documentation.basis.articles {
        #expect(article.exists, "\(rule.metadata.code) cites \(article.shortTitle), which the carried text lacks")
      }
    }
    #expect(!ArticleReference(article: 50, item: 6).exists)
  }

  /// A basis rests on a text — an article gouji carries, or a text the note names by its title (`《…》`) or number
  /// (`国办公开办函〔2021〕30号`) — or says it is practice (`审核实践`).
  static func restsOnATextOrPractice(_ basis: RuleBasis) -> Bool {
    !basis.articles.isEmpty || basis.note.contains("《") || basis.note.contains("〔") || basis.statesPractice
  }

  @Test func everyRuleRestsOnATextOrPractice() {
    for rule in RuleRegistry.all {
      #expect(Self.restsOnATextOrPractice(rule.metadata.documentation.basis), "\(rule.metadata.code)")
    }
    #expect(!Self.restsOnATextOrPractice(RuleBasis(note: "—")))
    #expect(!Self.restsOnATextOrPractice(RuleBasis(note: "表格的自然含义。")))
    #expect(Self.restsOnATextOrPractice(RuleBasis([ArticleReference(article: 49)], note: "。")))
  }

  @Test func everyRuleHasATestFileAndAFixture() {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for rule in RuleRegistry.all {
      let file = folder.appendingPathComponent("Rules/\(String(describing: rule))Tests.swift")
      #expect(FileManager.default.fileExists(atPath: file.path), "\(rule.metadata.code): no \(file.lastPathComponent)")
      let fixtures = folder.appendingPathComponent("Fixtures/\(rule.metadata.code)")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
      #expect(files.contains { $0.hasSuffix(".txt") }, "\(rule.metadata.code) has no fixture in \(fixtures.path)")
    }
  }

  /// Every code from x01 to the last of its series is a registered rule or a retired one: a code is never skipped,
  /// reused or renumbered, and a retired code stays out of the registry and names no rule in a configuration.
  @Test func retiredCodesAreTheOnlyGaps() {
    let codes = Set(RuleRegistry.all.map { $0.metadata.code })
    #expect(codes.isDisjoint(with: RuleRegistry.retiredCodes))
    let numbers = codes.union(RuleRegistry.retiredCodes).compactMap { Int($0.dropFirst(2)) }
    for series in Set(numbers.map { $0 / 100 }) {
      let last = numbers.filter { $0 / 100 == series }.max()!
      for number in series * 100 + 1...last {
        let code = "GJ\(number)"
        #expect(
          codes.contains(code) || RuleRegistry.retiredCodes.contains(code), "\(code) is neither a rule nor retired")
      }
    }
    for code in RuleRegistry.retiredCodes {
      #expect(code.wholeMatch(of: /GJ[1-5][0-9][0-9]/) != nil)
      #expect(RuleConfiguration.code(for: code) == nil && RuleRegistry.rule(code) == nil)
    }
  }

  @Test func selectingAndIgnoringRules() {
    let builder = ReportBuilder().with { $0.omittedSections = [6] }.setting(.table3, "new", "total", "4")
    let text = SourceText(builder.build())
    for code in ["GJ101", "GJ310"] {
      #expect(Analyzer.analyze(text, configuration: configuration(selecting: code)).diagnostics.map(\.code) == [code])
    }
    var ignoring = RuleConfiguration()
    ignoring.ignore = ["GJ101"]
    #expect(!Analyzer.analyze(text, configuration: ignoring).diagnostics.contains { $0.code == "GJ101" })
    #expect(Analyzer.analyze(text).diagnostics.contains { $0.code == "GJ101" })
  }
}
