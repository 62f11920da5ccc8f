import Foundation
import GoujiRules
import GoujiTestSupport
import Testing

/// The user documentation under `Documentation/` is generated from the rules; these tests keep it in sync
/// (run with `UPDATE_GOLDEN=1` to regenerate, then read the diff).
@Suite struct DocumentationTests {
  private static let documentation = Fixtures.root.appendingPathComponent("Documentation")

  @Test func theRuleIndexIsUpToDate() {
    let index = RuleDocumentationRenderer.index(RuleRegistry.all.map { $0.metadata })
    let difference = Golden.compare(index, with: Self.documentation.appendingPathComponent("Rules.md"))
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test(arguments: RuleRegistry.all.map { $0.metadata.code })
  func eachRulePageIsUpToDate(_ code: String) throws {
    let rule = try #require(RuleRegistry.rule(code))
    let page = RuleDocumentationRenderer.page(rule.metadata)
    let difference = Golden.compare(page, with: Self.documentation.appendingPathComponent("rules/\(code).md"))
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func noPageDocumentsARuleThatDoesNotExist() throws {
    let folder = Self.documentation.appendingPathComponent("rules")
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
    let codes = Set(RuleRegistry.all.map { $0.metadata.code + ".md" })
    #expect(Set(pages).subtracting(codes).isEmpty)
  }

  @Test func explainPrintsTheSamePageAsTheDocumentation() {
    let run = CLI.run(["explain", "row-total"])
    #expect(run.status == 0)
    #expect(run.out == RuleDocumentationRenderer.page(RuleRegistry.rule("GJ310")!.metadata))
  }

  @Test func explainRejectsAnUnknownRule() {
    let run = CLI.run(["explain", "GJ999"])
    #expect(run.status == 2)
    #expect(run.err.contains("GJ999"))
  }
}
