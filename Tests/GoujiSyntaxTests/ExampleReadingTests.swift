import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The reader against readings of the examples and their conversions into the other text forms, written and checked
/// by hand (`Fixtures/expected/`, `Fixtures/forms/`).
@Suite struct ExampleReadingTests {
  private static let fixtures = Fixtures.folder("GoujiSyntaxTests")

  @Test(arguments: Fixtures.exampleNames)
  func exampleReadsAsCheckedByHand(_ name: String) throws {
    let expectedURL = Self.fixtures.appendingPathComponent("expected/\(name.dropLast(4)).json")
    let expected = try #require(ReadingComparison.load(expectedURL), "missing \(expectedURL.path)")
    let summary = ReportSummary(ReportReader.read(SourceText(Fixtures.example(name))))
    let differences = ReadingComparison.differences(summary, expected: expected)
    #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
  }

  struct FormFixture: CustomTestStringConvertible, Sendable {
    var fixture: String
    var expected: String
    var textForm: String
    var sectionLines: [Int]
    var testDescription: String { fixture }
  }

  static let formFixtures: [FormFixture] = {
    let url = fixtures.appendingPathComponent("forms/manifest.json")
    guard let data = try? Data(contentsOf: url),
      let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return entries.compactMap { entry in
      guard let fixture = entry["fixture"] as? String, let expected = entry["expected"] as? String,
        let form = entry["textForm"] as? String, let lines = entry["sectionLines"] as? [Int]
      else { return nil }
      return FormFixture(fixture: fixture, expected: expected, textForm: form, sectionLines: lines)
    }
  }()

  @Test func everyExampleHasFormFixtures() {
    #expect(Self.formFixtures.count >= 15)
  }

  @Test(arguments: formFixtures)
  func formFixtureReadsLikeItsExample(_ fixture: FormFixture) throws {
    let forms = Self.fixtures.appendingPathComponent("forms")
    var expected = try #require(ReadingComparison.load(forms.appendingPathComponent(fixture.expected)))
    if fixture.expected.hasPrefix("../") {
      expected["textForm"] = fixture.textForm
      if var sections = expected["sections"] as? [[String: Any]] {
        for index in sections.indices where index < fixture.sectionLines.count {
          sections[index]["line"] = fixture.sectionLines[index]
        }
        expected["sections"] = sections
      }
    }
    let text = try String(contentsOf: forms.appendingPathComponent(fixture.fixture), encoding: .utf8)
    let differences = ReadingComparison.differences(
      ReportSummary(ReportReader.read(SourceText(text))), expected: expected)
    #expect(differences.isEmpty, "\(fixture.fixture):\n\(differences.joined(separator: "\n"))")
  }

  static let specialFixtures: [String] = {
    let folder = fixtures.appendingPathComponent("forms/special")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test(arguments: specialFixtures)
  func specialFixtureReadsAsExpected(_ name: String) throws {
    let folder = Self.fixtures.appendingPathComponent("forms/special")
    let expectedURL = folder.appendingPathComponent(String(name.dropLast(4)) + ".expected.json")
    let expected = try #require(ReadingComparison.load(expectedURL), "missing \(expectedURL.lastPathComponent)")
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    let decoded = try TextDecoding.decode(bytes)
    let differences = ReadingComparison.differences(
      ReportSummary(ReportReader.read(SourceText(decoded.text))), expected: expected)
    #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
  }
}
