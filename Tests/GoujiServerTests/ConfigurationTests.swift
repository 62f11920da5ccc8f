import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiRules
import LanguageServerProtocol
import Testing

@Suite struct ConfigurationTests {
  static let name = Examples.wrongTotal

  @Test func initializationOptionsConfigureTheRules() throws {
    let client = try TestClient()
    let settings: JSONValue = ["rules": ["GJ503": "off", "row-total": "hint"], "language": "en"]
    client.initialize(initializationOptions: settings)
    let published = try #require(openExample(client))
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected(settings, language: .en))
    #expect(!published.contains { $0["code"] == "GJ503" })
    #expect(published.first { $0["code"] == "GJ310" }?["severity"] == 4)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func pulledSettingsApplyBeforeTheFirstPublication() throws {
    let client = try TestClient()
    client.configuration = ["ignore": ["GJ5"]]
    client.initialize(capabilities: [
      "workspace": ["configuration": true], "textDocument": Self.pushedDiagnostics["textDocument"]!,
    ])
    let published = try #require(openExample(client))
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected(["ignore": ["GJ5"]]))
    let request = try #require(client.serverRequests.first { $0["method"] == "workspace/configuration" })
    #expect(request["params"]?["items"] == [["section": "gouji"]])
    #expect(client.shutDownAndExit() == 0)
  }

  /// A client that declares every optional member of pushed diagnostics.
  static let pushedDiagnostics: JSONValue = [
    "textDocument": [
      "publishDiagnostics": ["relatedInformation": true, "codeDescriptionSupport": true, "dataSupport": true]
    ]
  ]

  @Test func didChangeConfigurationRepullsAndRepublishes() throws {
    let client = try TestClient()
    client.initialize(capabilities: [
      "workspace": ["configuration": true], "textDocument": Self.pushedDiagnostics["textDocument"]!,
    ])
    _ = try #require(openExample(client))
    client.configuration = ["rules": ["GJ310": "off"]]
    client.notify("workspace/didChangeConfiguration", ["settings": .null])
    let republished = try #require(client.diagnostics(Examples.uri(Self.name), version: 1))
    #expect(republished.map(ExpectedDiagnostics.withoutData) == expected(["rules": ["GJ310": "off"]]))
    #expect(client.serverRequests.filter { $0["method"] == "workspace/configuration" }.count == 2)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func settingsInTheNotificationApplyWithoutPulling() throws {
    let client = try TestClient()
    client.initialize(capabilities: Self.pushedDiagnostics)
    _ = try #require(openExample(client))
    client.notify("workspace/didChangeConfiguration", ["settings": ["gouji": ["select": ["GJ3"]]]])
    let republished = try #require(client.diagnostics(Examples.uri(Self.name), version: 1))
    #expect(republished.map(ExpectedDiagnostics.withoutData) == expected(["select": ["GJ3"]]))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func unknownRulesAreShownToTheUserAndTheRestStillApplies() throws {
    let client = try TestClient()
    let settings: JSONValue = ["rules": ["GJ999": "off", "GJ503": "off", "GJ310": "loud"]]
    client.initialize(initializationOptions: settings)
    let message = try #require(client.waitForNotification("window/showMessage"))
    #expect(message["params"]?["type"] == 2)
    let text = try #require(message["params"]?["message"]?.stringValue)
    #expect(text.contains("GJ999") && text.contains("loud"))
    let published = try #require(openExample(client))
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected(["rules": ["GJ503": "off"]]))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func thePullingClientIsAskedToRefreshWhenSettingsChange() throws {
    let client = try TestClient()
    client.initialize(capabilities: [
      "textDocument": ["diagnostic": [:]], "workspace": ["diagnostics": ["refreshSupport": true]],
    ])
    _ = openExample(client, expectingPush: false)
    client.notify("workspace/didChangeConfiguration", ["settings": ["gouji": ["ignore": ["GJ3"]]]])
    let uri = Examples.uri(Self.name)
    let pulled = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    #expect(client.serverRequests.contains { $0["method"] == "workspace/diagnostic/refresh" })
    #expect(
      pulled?["result"]?["items"]?.arrayValue?.map(ExpectedDiagnostics.withoutData) == expected(["ignore": ["GJ3"]]))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func theProjectConfigurationFileIsTheBaseLayer() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(#"{"rules": {"GJ503": "off", "GJ310": "hint"}}"#.utf8).write(
      to: folder.appendingPathComponent(".gouji.json"))
    let client = try TestClient()
    client.initialize(initializationOptions: ["rules": ["GJ310": "off"]], rootUri: folder.absoluteString)
    let published = try #require(openExample(client))
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected(["rules": ["GJ503": "off", "GJ310": "off"]]))
    #expect(client.shutDownAndExit() == 0)
  }

  private func openExample(_ client: TestClient, expectingPush: Bool = true) -> [JSONValue]? {
    client.open(Examples.uri(Self.name), text: Examples.text(Self.name))
    return expectingPush ? client.diagnostics(Examples.uri(Self.name), version: 1) : nil
  }

  /// The diagnostics `gouji check` gives with a configuration file holding `settings`.
  private func expected(_ settings: JSONValue, language: Language = .zh) -> [JSONValue] {
    var configuration = RuleConfiguration()
    for (rule, severity) in settings["rules"]?.objectValue ?? [:] {
      guard let code = RuleConfiguration.code(for: rule) else { continue }
      if severity == "off" {
        configuration.disabled.insert(code)
      } else {
        configuration.severities[code] = Severity(rawValue: severity.stringValue ?? "")
      }
    }
    if let select = settings["select"]?.arrayValue {
      configuration.select = Set(select.flatMap { RuleConfiguration.codes(matching: $0.stringValue!) })
    }
    configuration.ignore = Set(
      (settings["ignore"]?.arrayValue ?? []).flatMap { RuleConfiguration.codes(matching: $0.stringValue!) })
    return ExpectedDiagnostics.of(
      Examples.text(Self.name), uri: Examples.uri(Self.name), language: language, configuration: configuration
    )
  }
}

@Suite struct DiagnosticFieldsTests {
  @Test func aClientThatDeclaresNoOptionalMembersGetsNone() throws {
    let client = try TestClient()
    client.initialize(capabilities: [:])
    let name = "000_212ac920282683c5.txt"
    client.open(Examples.uri(name), text: Examples.text(name))
    let diagnostics = try #require(client.diagnostics(Examples.uri(name), version: 1))
    #expect(diagnostics.contains { $0["code"] == "GJ310" })
    for member in ["relatedInformation", "codeDescription", "data"] {
      #expect(
        diagnostics.allSatisfy { $0[member] == nil }, "\(member): \(diagnostics.first { $0[member] != nil } as Any)")
    }
    #expect(client.shutDownAndExit() == 0)
  }
}
