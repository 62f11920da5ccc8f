import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

/// GJ402 needs last year's report of the same body: an open document first, else a file in the workspace.
@Suite struct CrossYearTests {
  @Test func lastYearsReportOpenInTheEditorIsUsed() throws {
    let expected = ExpectedDiagnostics.of(SampleTexts.thisYear, uri: "file:///2022.txt", previous: SampleTexts.lastYear)
    #expect(expected.contains { $0["code"] == "GJ402" })
    let client = try TestClient()
    client.initialize()
    client.open("file:///2022.txt", text: SampleTexts.thisYear)
    #expect(client.diagnostics("file:///2022.txt", version: 1)?.contains { $0["code"] == "GJ402" } == false)
    client.open("file:///2021.txt", text: SampleTexts.lastYear)
    // Opening last year's report makes this year's be analysed again, with it.
    let republished = try #require(client.diagnostics("file:///2022.txt", version: 1))
    #expect(republished.map(ExpectedDiagnostics.withoutData) == expected)
    // Closing it takes it away again.
    client.close("file:///2021.txt")
    let without = try #require(client.diagnostics("file:///2022.txt", version: 1))
    #expect(!without.contains { $0["code"] == "GJ402" })
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func lastYearsReportInTheWorkspaceIsReadFromDisk() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-workspace-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("2021"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lastYear = folder.appendingPathComponent("2021").appendingPathComponent("曲阜 科技局.txt")
    try Data(SampleTexts.lastYear.utf8).write(to: lastYear)
    let thisYear = folder.appendingPathComponent("2022.txt")
    try Data(SampleTexts.thisYear.utf8).write(to: thisYear)

    let client = try TestClient()
    client.initialize(rootUri: folder.absoluteString)
    client.open(thisYear.absoluteString, text: SampleTexts.thisYear)
    let published = try #require(client.diagnostics(thisYear.absoluteString, version: 1))
    let expected = ExpectedDiagnostics.of(
      SampleTexts.thisYear, uri: thisYear.absoluteString, previous: SampleTexts.lastYear)
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected)
    #expect(published.contains { $0["code"] == "GJ402" })
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func editingLastYearsReportUpdatesThisYearsCheck() throws {
    try expectEditingLastYearsReportRemovesTheMismatch { corrected in ["text": .string(corrected)] }
  }

  /// The same with a change that has a range (what editors send), which the reading follows without a full read on
  /// demand: this year's report is analysed again all the same.
  @Test func aRangedEditOfLastYearsReportUpdatesThisYearsCheck() throws {
    let everything: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 100_000, "character": 0]]
    try expectEditingLastYearsReportRemovesTheMismatch { corrected in ["range": everything, "text": .string(corrected)]
    }
  }

  /// Opens last year's and this year's report (GJ402 on this year's), then changes last year's so that its
  /// 四、结转 becomes 0 like this year's 二、上年结转 (`change` makes the content change from the corrected text): this
  /// year's report is checked again and the mismatch goes away.
  private func expectEditingLastYearsReportRemovesTheMismatch(_ change: (String) -> JSONValue) throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///2021.txt", text: SampleTexts.lastYear)
    _ = try #require(client.diagnostics("file:///2021.txt", version: 1))
    client.open("file:///2022.txt", text: SampleTexts.thisYear)
    #expect(client.diagnostics("file:///2022.txt", version: 1)?.contains { $0["code"] == "GJ402" } == true)
    client.change("file:///2021.txt", version: 2, [change(Examples.text("002_cf9a8ca2a320709f.txt"))])
    _ = try #require(client.diagnostics("file:///2021.txt", version: 2))
    let after = try #require(client.diagnostics("file:///2022.txt", version: 1))
    #expect(!after.contains { $0["code"] == "GJ402" })
    #expect(client.shutDownAndExit() == 0)
  }
}
