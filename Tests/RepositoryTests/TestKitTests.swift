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

  @Test func aMissingMarkerIsAFailure() {
    let marked = MarkedText("甲1️⃣乙")
    #expect(marked.offset("1️⃣") == 3 && marked["1️⃣"] == 3 && marked.text == "甲乙")
    withKnownIssue { _ = marked.offset("2️⃣") }
    withKnownIssue { _ = "甲乙".marking("丙", with: "1️⃣") }
  }
}
