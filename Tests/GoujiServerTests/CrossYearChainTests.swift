import Foundation
import GoujiJSON
import GoujiTestSupport
import LanguageServerProtocol
import Testing

/// The editor links the same body's consecutive years as `gouji check` does (Tests/Fixtures/chain: 青𠀀县 2021–2023,
/// the 2022→2023 link broken, and a decoy with a similar name), with the three years and the decoy in the workspace.
@Suite struct CrossYearChainTests {
  static let fixtures = Fixtures.root.appendingPathComponent("Tests/Fixtures/chain")
  static let names = ["qinghe-2021.txt", "qinghe-2022.txt", "qinghe-2023.txt", "qinghe-office-2022.txt"]
  static let crossYearCodes: Set<String> = ["GJ402", "GJ408", "GJ409"]

  static func text(_ name: String) -> String {
    Fixtures.text(fixtures.appendingPathComponent(name))
  }

  /// A workspace folder holding the fixture files.
  static func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-chain-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in names {
      let copy = folder.appendingPathComponent(name)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: copy)
    }
    return folder
  }

  static func codes(_ diagnostics: [JSONValue]) -> [String] {
    diagnostics.compactMap { $0["code"]?.stringValue }.filter(crossYearCodes.contains)
  }

  @Test func openingTheLaterReportShowsTheBrokenLinkAtItsCells() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let uri = folder.appendingPathComponent("qinghe-2023.txt").absoluteString
    let text = Self.text("qinghe-2023.txt")
    let client = try TestClient()
    client.initialize(rootUri: folder.absoluteString)
    client.open(uri, text: text)
    let published = try #require(client.diagnostics(uri, version: 1))
    let expected = ExpectedDiagnostics.of(text, uri: uri, previous: Self.text("qinghe-2022.txt"))
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected)
    #expect(Self.codes(published) == ["GJ409", "GJ408", "GJ402", "GJ402"])
    // 上年结转's 自然人 cell: line 37, after the label and three TABs (UTF-16 units; the file has CRLF line ends).
    let carried = try #require(published.first { $0["code"]?.stringValue == "GJ402" })
    #expect(carried["range"]?["start"]?["line"]?.intValue == 36)
    #expect(carried["range"]?["start"]?["character"]?.intValue == 19)
    // On the title, whose 𠀀 counts two UTF-16 units (the whole range is compared above).
    let similar = try #require(published.first { $0["code"]?.stringValue == "GJ409" })
    #expect(similar["range"]?["start"]?["line"]?.intValue == 0)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func theDecoyAndTheUnbrokenLinksShowNothingAcrossYears() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let client = try TestClient()
    client.initialize(rootUri: folder.absoluteString)
    for name in ["qinghe-office-2022.txt", "qinghe-2022.txt"] {
      let uri = folder.appendingPathComponent(name).absoluteString
      client.open(uri, text: Self.text(name))
      let published = try #require(client.diagnostics(uri, version: 1))
      #expect(Self.codes(published).isEmpty, "\(name)")
    }
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func twoOpenCopiesOfLastYearLinkToNothing() throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///a/2022.txt", text: Self.text("qinghe-2022.txt"))
    client.open("file:///b/2022.txt", text: Self.text("qinghe-2022.txt"))
    client.open("file:///2023.txt", text: Self.text("qinghe-2023.txt"))
    let published = try #require(client.diagnostics("file:///2023.txt", version: 1))
    #expect(Self.codes(published).isEmpty)
    #expect(client.shutDownAndExit() == 0)
  }
}
