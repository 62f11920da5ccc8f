import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiRules
import LanguageServerProtocol
import Testing

@Suite struct DiagnosticsTests {
  @Test(arguments: Examples.names)
  func eachExampleGetsTheAnalyzersDiagnosticsAtExactRanges(name: String) throws {
    let client = try TestClient()
    client.initialize()
    let text = Examples.text(name)
    let uri = Examples.uri(name)
    client.open(uri, text: text)
    let published = try #require(client.diagnostics(uri, version: 1))
    #expect(published.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(text, uri: uri))
    for (index, diagnostic) in published.enumerated() {
      #expect(diagnostic["data"]?["index"] == .int(index))
      #expect(diagnostic["data"]?["version"] == 1)
      #expect(diagnostic["data"]?["code"] == diagnostic["code"])
    }
    #expect(client.shutDownAndExit() == 0)
  }

  @Test(arguments: ["utf-8", "utf-16", "utf-32"])
  func positionsAreRightInEveryEncodingOnLinesWithCJKAstralAndCRLF(encoding: String) throws {
    let client = try TestClient()
    let result = client.initialize(encodings: [encoding])
    #expect(result?["capabilities"]?["positionEncoding"] == .string(encoding))
    let text = SampleTexts.crlfWithAstral
    client.open("file:///crlf.txt", text: text)
    let published = try #require(client.diagnostics("file:///crlf.txt", version: 1))
    let expected = ExpectedDiagnostics.of(text, uri: "file:///crlf.txt", encoding: encoding)
    #expect(published.map(ExpectedDiagnostics.withoutData) == expected)
    // The GJ401 on the line with 𠀀 starts after it: the encodings disagree on its column.
    let onAstralLine = try #require(published.first { $0["code"] == "GJ401" })
    let start = IndependentPositions.position(of: "未收到", onLine: 8, in: text, encoding: encoding)
    #expect(onAstralLine["range"]?["start"] == start)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func messagesAreEnglishWhenTheLocaleAsks() throws {
    let client = try TestClient()
    client.initialize(locale: "en-US")
    let text = Examples.text(Examples.wrongTotal)
    client.open("file:///en.txt", text: text)
    let published = try #require(client.diagnostics("file:///en.txt", version: 1))
    #expect(
      published.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text, uri: "file:///en.txt", language: .en))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func rapidChangesPublishOnlyTheLatestVersionAndNeverAnEmptyList() throws {
    let client = try TestClient(options: .init(diagnosticsDelay: .milliseconds(500)))
    client.initialize()
    let uri = "file:///typing.txt"
    var text = Examples.text(Examples.wrongTotal)
    client.open(uri, text: text)
    _ = try #require(client.diagnostics(uri, version: 1))
    for version in 2...6 {
      let end: JSONValue = ["line": 0, "character": 0]
      client.change(uri, version: version, [["range": ["start": end, "end": end], "text": "周"]])
      text = "周" + text
    }
    let latest = try #require(client.diagnostics(uri, version: 6))
    #expect(latest.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(text, uri: uri))
    let publications = client.takeAll("textDocument/publishDiagnostics")
    #expect(publications.isEmpty, "only version 6 is published: \(publications)")
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func closingADocumentClearsItsDiagnostics() throws {
    let client = try TestClient()
    client.initialize()
    let uri = Examples.uri(Examples.wrongTotal)
    client.open(uri, text: Examples.text(Examples.wrongTotal))
    #expect(client.diagnostics(uri, version: 1)?.isEmpty == false)
    client.close(uri)
    #expect(client.diagnostics(uri, version: nil) == [])
    client.close(uri)  // Not open any more: ignored.
    #expect(client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])?["error"] != nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func pullingClientsGetNoPushAndAResultIdThatSaysUnchanged() throws {
    let client = try TestClient()
    var capabilities = TestClient.modernCapabilities.objectValue!
    capabilities["textDocument"] = ["diagnostic": ["dynamicRegistration": false]]
    let result = client.initialize(capabilities: .object(capabilities))
    #expect(result?["capabilities"]?["diagnosticProvider"]?["interFileDependencies"] == true)
    let uri = "file:///pull.txt"
    let text = Examples.text(Examples.wrongTotal)
    client.open(uri, text: text)
    let first = try #require(client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]))
    #expect(first["result"]?["kind"] == "full")
    #expect(
      first["result"]?["items"]?.arrayValue?.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text, uri: uri))
    let resultId = try #require(first["result"]?["resultId"])
    let second = client.request("textDocument/diagnostic", uri: uri, ["previousResultId": resultId])
    #expect(second?["result"] == ["kind": "unchanged", "resultId": resultId])
    client.change(uri, version: 2, [["text": "一、总体情况\n"]])
    let third = client.request("textDocument/diagnostic", uri: uri, ["previousResultId": resultId])
    #expect(third?["result"]?["kind"] == "full")
    #expect(third?["result"]?["resultId"] != resultId)
    #expect(!client.receivesNotification("textDocument/publishDiagnostics", within: .milliseconds(300)) { _ in true })
    client.close(uri)
    let closed = client.request("textDocument/diagnostic", uri: uri)
    #expect(closed?["result"] == ["kind": "full", "items": []])
    #expect(client.shutDownAndExit() == 0)
  }
}
