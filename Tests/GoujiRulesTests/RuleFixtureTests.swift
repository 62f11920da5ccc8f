import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A report under `Fixtures/<CODE>/<case>.txt` (with last year's report in `<case>.previous.txt` where the rule needs
/// one) and its golden `<case>.diagnostics`: that rule's diagnostics, one per line,
/// `LINE:COLUMN CODE severity message`.
/// `make_fixtures.py` writes the reports from the examples; `UPDATE_GOLDEN=1` rewrites the golden files, which are
/// read before they are committed.
struct RuleFixture: CustomTestStringConvertible, Sendable {
  static let folder = Fixtures.folder("GoujiRulesTests")

  var code: String
  var name: String

  var testDescription: String { "\(code)/\(name)" }
  var url: URL { file(".txt") }
  var previousURL: URL { file(".previous.txt") }
  var goldenURL: URL { file(".diagnostics") }

  private func file(_ suffix: String) -> URL {
    RuleFixture.folder.appendingPathComponent(code).appendingPathComponent(name + suffix)
  }

  static let all: [RuleFixture] = {
    let manager = FileManager.default
    let codes = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("GJ") }.sorted()
    return codes.flatMap { code in
      ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(code).path)) ?? [])
        .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".previous.txt") }.sorted()
        .map { RuleFixture(code: code, name: String($0.dropLast(4))) }
    }
  }()

  func text() -> SourceText { SourceText(bytes: Fixtures.bytes(url)) }

  /// Last year's report, read, when the fixture has one.
  func previous() -> Report? {
    (try? Data(contentsOf: previousURL)).map { ReportReader.read(SourceText(bytes: [UInt8]($0))) }
  }
}

@Suite struct RuleFixtureTests {
  @Test(arguments: RuleFixture.all)
  func fixtureDrawsItsGoldenDiagnostics(_ fixture: RuleFixture) throws {
    let text = fixture.text()
    let selected = configuration(selecting: fixture.code)
    let analysis = Analyzer.analyze(text, configuration: selected, previous: fixture.previous())
    #expect(!analysis.diagnostics.isEmpty, "a fixture shows its rule firing")
    let rendered = analysis.diagnostics.map { render($0, in: text) + "\n" }.joined()
    if let difference = Golden.compare(rendered, with: fixture.goldenURL) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test func everyRuleHasAFixtureAndEveryFixtureARule() {
    let codes = Set(RuleRegistry.all.map { $0.metadata.code })
    let withFixtures = Set(RuleFixture.all.map(\.code))
    let without = codes.subtracting(withFixtures).sorted()
    #expect(without.isEmpty, "rules without a fixture: \(without)")
    #expect(withFixtures.subtracting(codes).isEmpty, "fixtures of no rule: \(withFixtures.subtracting(codes).sorted())")
  }
}
