import Foundation
import GoujiTestSupport
import Testing

/// The shared test kit fails loudly: a missing fixture, folder or marker is a recorded issue naming it.
@Suite struct TestKitTests {
  @Test func aMissingFixtureIsAFailureNamingItsPath() {
    withKnownIssue {
      _ = Fixtures.example("no-such-report.txt")
    } matching: { issue in
      issue.description.contains("Examples/no-such-report.txt")
    }
    withKnownIssue {
      _ = Fixtures.files(in: Fixtures.folder("NoSuchTests"))
    } matching: { issue in
      issue.description.contains("Tests/NoSuchTests/Fixtures")
    }
  }

  @Test func theExamplesAreThere() {
    #expect(Fixtures.exampleNames.count == 5)
    #expect(Fixtures.exampleNames.allSatisfy { !Fixtures.example($0).isEmpty })
  }

  /// One home per helper: no test target declares a type of the kit's again (a second `ReportBuilder` or
  /// `MarkedText` drifts from the first).
  @Test func noTestTargetDeclaresATypeOfTheKit() throws {
    let declaration = /(?:package\s+|public\s+|final\s+)*(?:struct|enum|class|actor)\s+(\w+)/
    let kitTypes = Set(
      try SourceImports.swiftFiles(in: "Sources/GoujiTestSupport").flatMap { file in
        file.text.split(separator: "\n").compactMap { $0.prefixMatch(of: declaration).map { String($0.output.1) } }
      }
    )
    #expect(kitTypes.isSuperset(of: ["ReportBuilder", "MarkedText", "Fixtures", "Golden"]), "the kit was not read")
    for file in try SourceImports.swiftFiles(in: "Tests") {
      for line in file.text.split(separator: "\n") {
        let trimmed = line.trimmingPrefix(while: \.isWhitespace)
        guard let name = trimmed.prefixMatch(of: declaration)?.output.1 else { continue }
        #expect(!kitTypes.contains(String(name)), "\(file.path) declares \(name) again; use GoujiTestSupport's")
      }
    }
  }

  @Test func aMissingMarkerIsAFailure() {
    let marked = MarkedText("甲1️⃣乙")
    #expect(marked.offset("1️⃣") == 3 && marked["1️⃣"] == 3 && marked.text == "甲乙")
    withKnownIssue { _ = marked.offset("2️⃣") }
    withKnownIssue { _ = "甲乙".marking("丙", with: "1️⃣") }
  }
}
