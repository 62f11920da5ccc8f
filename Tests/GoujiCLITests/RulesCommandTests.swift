import Foundation
import GoujiRules
import Testing

/// `gouji rules` lists every registered rule (the registry itself is tested once, by `GoujiRulesTests`'
/// `RuleRegistryTests`).
@Suite struct RulesCommandTests {
  @Test func rulesListsEveryRule() throws {
    let rules = RuleRegistry.all.map { $0.metadata }
    let text = CLI.run(["rules"])
    #expect(text.status == 0)
    for rule in rules { #expect(text.out.contains(rule.code) && text.out.contains(rule.name)) }
    let json = CLI.run(["rules", "--format", "json"])
    let decoded = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
    #expect(decoded?.compactMap { $0["code"] as? String } == rules.map(\.code))
  }
}
