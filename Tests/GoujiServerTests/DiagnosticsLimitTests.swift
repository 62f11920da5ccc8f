import GoujiJSON
import GoujiServer
import Testing

/// A document with more findings than the server lists: the most severe are listed, in the analysis's order, and one
/// information diagnostic at the first left out counts the rest.
@Suite struct DiagnosticsLimitTests {
  /// ``SampleTexts/crlfWithAstral`` with 𠀀 and a CJK character before its first `[image: …]` leftover, so that the
  /// first diagnostic left out (an information, listed first by the analysis) starts at a column the encodings
  /// disagree on, on a line after CRLF line ends.
  static var text: String {
    let text = SampleTexts.crlfWithAstral
    let marker = text.range(of: "[image:")!
    return text.replacingCharacters(in: marker, with: "𠀀中[image:")
  }

  @Test(arguments: ["utf-8", "utf-16", "utf-32"])
  func theMostSevereAreListedAndTheRestCountedAtTheFirstLeftOut(encoding: String) throws {
    var options = ServerOptions(diagnosticsDelay: .milliseconds(20))
    options.listedDiagnosticsLimit = 4
    let client = try TestClient(options: options)
    client.initialize(encodings: [encoding])
    let uri = "file:///limit.txt"
    client.open(uri, text: Self.text)
    let published = try #require(client.diagnostics(uri, version: 1))
    let all = ExpectedDiagnostics.of(Self.text, uri: uri, encoding: encoding)
    // Kept: the four most severe (LSP severities: 1 error … 4 hint), first in the analysis's order on a tie.
    let kept = Set(
      all.indices.sorted { (all[$0]["severity"]!.intValue!, $0) < (all[$1]["severity"]!.intValue!, $1) }
        .prefix(4))
    #expect(all.count > 4)
    let listed = all.indices.filter(kept.contains).map { all[$0] }
    #expect(published.dropLast().map(ExpectedDiagnostics.withoutData) == listed)
    let firstLeftOut = try #require(all.indices.first { !kept.contains($0) })
    let note = try #require(published.last)
    #expect(note["range"] == all[firstLeftOut]["range"])
    let marker = IndependentPositions.position(of: "[image:", onLine: 6, in: Self.text, encoding: encoding)
    #expect(note["range"]?["start"] == marker)
    #expect(note["severity"] == 3)
    #expect(note["message"] == .string("另有 \(all.count - 4) 条未列出（共 \(all.count) 条；gouji check 列出全部）"))
    #expect(note["code"] == nil && note["data"] == nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func pulledDiagnosticsAreListedAlikeInEnglish() throws {
    var options = ServerOptions(diagnosticsDelay: .milliseconds(20))
    options.listedDiagnosticsLimit = 2
    let client = try TestClient(options: options)
    client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], locale: "en-US")
    let uri = "file:///pulled.txt"
    client.open(uri, text: Self.text)
    let pulled = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    let items = try #require(pulled?["result"]?["items"]?.arrayValue)
    let total = ExpectedDiagnostics.of(Self.text, uri: uri).count
    #expect(items.count == 3)
    let message = "\(total - 2) more not listed (\(total) in all; gouji check lists every one)"
    #expect(items.last?["message"] == .string(message))
    #expect(client.shutDownAndExit() == 0)
  }
}
