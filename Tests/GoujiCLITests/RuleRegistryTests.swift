import Foundation
import GoujiRules
import GoujiTestSupport
import Testing

/// The registry of rules: codes unique, well formed and sorted, each rule documented, tested, with a fixture, and
/// listed by `gouji rules`.
@Suite struct RuleRegistryTests {
  private var rules: [RuleMetadata] { RuleRegistry.all.map { $0.metadata } }

  @Test func codesAreUniqueWellFormedAndSorted() {
    let codes = rules.map(\.code)
    #expect(Set(codes).count == codes.count)
    #expect(codes == codes.sorted())
    for code in codes {
      #expect(code.count == 5 && code.hasPrefix("GJ") && Int(code.dropFirst(2)) != nil, "\(code)")
    }
  }

  @Test func namesAreUniqueKebabCase() {
    let names = rules.map(\.name)
    #expect(Set(names).count == names.count)
    for name in names {
      #expect(!name.isEmpty && name.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber } && !name.hasPrefix("-"), "\(name)")
    }
  }

  @Test func theCatalogueOfTheSpecIsComplete() {
    let catalogue = [
      "GJ101", "GJ102", "GJ103", "GJ104", "GJ201", "GJ202", "GJ203", "GJ204", "GJ205", "GJ206", "GJ207", "GJ208",
      "GJ209", "GJ301", "GJ302", "GJ303", "GJ304", "GJ305", "GJ306", "GJ307", "GJ308", "GJ310", "GJ311", "GJ312",
      "GJ313", "GJ314", "GJ401", "GJ402", "GJ403", "GJ404", "GJ405", "GJ406", "GJ407", "GJ410", "GJ501", "GJ502",
      "GJ503", "GJ504", "GJ505",
    ]
    #expect(rules.map(\.code) == catalogue)
  }

  @Test func everyRuleIsDocumented() {
    for rule in rules {
      let documentation = rule.documentation
      for (section, text) in [
        ("summary", documentation.summary.zh), ("summary en", documentation.summary.en), ("checks", documentation.checks),
        ("why", documentation.why), ("wrong", documentation.wrong), ("right", documentation.right),
        ("fix", documentation.fix), ("basis", documentation.basis),
      ] {
        #expect(!text.isEmpty, "\(rule.code) has no \(section)")
      }
    }
  }

  @Test func everyRuleHasATestFileAndAFixture() {
    let tests = Fixtures.root.appendingPathComponent("Tests/GoujiRulesTests")
    let testSources = (FileManager.default.enumerator(atPath: tests.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".swift") }
      .compactMap { try? String(contentsOf: tests.appendingPathComponent($0), encoding: .utf8) }
    for rule in rules {
      #expect(testSources.contains { $0.contains("\"\(rule.code)\"") }, "\(rule.code) has no test")
      let fixtures = tests.appendingPathComponent("Fixtures/\(rule.code)")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
      #expect(files.contains { $0.hasSuffix(".txt") }, "\(rule.code) has no fixture")
    }
  }

  @Test func rulesListsEveryRule() throws {
    let text = CLI.run(["rules"])
    #expect(text.status == 0)
    for rule in rules { #expect(text.out.contains(rule.code) && text.out.contains(rule.name)) }
    let json = CLI.run(["rules", "--format", "json"])
    let decoded = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
    #expect(decoded?.compactMap { $0["code"] as? String } == rules.map(\.code))
  }
}
