import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A report under `Fixtures/<CODE>/<case>.txt` (with last year's report in `<case>.previous.txt` where the rule needs
/// one) and its golden `<case>.diagnostics`: that rule's diagnostics, one per line, `LINE:COLUMN CODE severity message`.
/// `make_fixtures.py` writes the reports from the examples; `UPDATE_GOLDEN=1` rewrites the golden files, which are
/// read before they are committed.
struct RuleFixture: CustomTestStringConvertible, Sendable {
  static let folder = Fixtures.folder("GoujiRulesTests")

  var code: String
  var name: String

  var testDescription: String { "\(code)/\(name)" }
  var url: URL { RuleFixture.folder.appendingPathComponent(code).appendingPathComponent(name + ".txt") }
  var previousURL: URL { RuleFixture.folder.appendingPathComponent(code).appendingPathComponent(name + ".previous.txt") }
  var goldenURL: URL { RuleFixture.folder.appendingPathComponent(code).appendingPathComponent(name + ".diagnostics") }

  static let all: [RuleFixture] = {
    let manager = FileManager.default
    let codes = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("GJ") }.sorted()
    return codes.flatMap { code in
      ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(code).path)) ?? [])
        .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".previous.txt") }.sorted()
        .map { RuleFixture(code: code, name: String($0.dropLast(4))) }
    }
  }()

  func text() throws -> SourceText { SourceText(bytes: [UInt8](try Data(contentsOf: url))) }

  /// Last year's report, read, when the fixture has one.
  func previous() -> Report? {
    (try? Data(contentsOf: previousURL)).map { ReportReader.read(SourceText(bytes: [UInt8]($0))) }
  }
}

@Suite struct RuleFixtureTests {
  @Test(arguments: RuleFixture.all)
  func fixtureDrawsItsGoldenDiagnostics(_ fixture: RuleFixture) throws {
    let text = try fixture.text()
    let analysis = Analyzer.analyze(text, configuration: configuration(selecting: fixture.code), previous: fixture.previous())
    #expect(!analysis.diagnostics.isEmpty, "a fixture shows its rule firing")
    let rendered = analysis.diagnostics.map { render($0, in: text) + "\n" }.joined()
    if let difference = Golden.compare(rendered, with: fixture.goldenURL) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test func everyRuleHasAFixtureAndEveryFixtureARule() {
    let codes = Set(RuleRegistry.all.map { $0.metadata.code })
    let withFixtures = Set(RuleFixture.all.map(\.code))
    #expect(codes.subtracting(withFixtures).isEmpty, "rules without a fixture: \(codes.subtracting(withFixtures).sorted())")
    #expect(withFixtures.subtracting(codes).isEmpty, "fixtures of no rule: \(withFixtures.subtracting(codes).sorted())")
  }
}
