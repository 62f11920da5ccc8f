import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

@Suite struct DocumentSyncTests {
  /// Several changes in one notification, each relative to the text the previous one left, in every encoding, on
  /// lines with CJK and astral characters and CRLF line ends.
  @Test(arguments: ["utf-8", "utf-16", "utf-32"])
  func incrementalChangesApplyInOrder(encoding: String) throws {
    let client = try TestClient()
    client.initialize(encodings: [encoding])
    let uri = "file:///incremental.txt"
    var text = SampleTexts.crlfWithAstral
    client.open(uri, text: text)
    _ = try #require(client.diagnostics(uri, version: 1))

    var changes: [JSONValue] = []
    func edit(_ needle: String, onLine line: Int, length: Int, with newText: String) throws {
      let start = try #require(IndependentPositions.position(of: needle, onLine: line, in: text, encoding: encoding))
      let replaced = needle.unicodeScalars.prefix(length).reduce(0) {
        $0 + IndependentPositions.units(of: $1, in: encoding)
      }
      let end: JSONValue = ["line": start["line"]!, "character": .int(start["character"]!.intValue! + replaced)]
      let range: JSONValue = ["start": start, "end": end]
      changes.append(["range": range, "text": .string(newText)])
      text = IndependentPositions.applying(range, newText, to: text, encoding: encoding)
    }
    // Insert an astral character after the one already on line 8, then edit after both of them.
    try edit("依申请", onLine: 8, length: 0, with: "𠀀")
    try edit("未收到", onLine: 8, length: 3, with: "收到𠀀")
    // Correct the wrong total (the cell "\t3" on line 120).
    try edit("3", onLine: 120, length: 1, with: "0")
    // Split a line with a CRLF.
    try edit("政府信息管理情况", onLine: 9, length: 0, with: "\r\n")
    client.change(uri, version: 2, changes)

    let published = try #require(client.diagnostics(uri, version: 2))
    #expect(
      published.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text, uri: uri, encoding: encoding))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func fullChangesReplaceTheText() throws {
    let client = try TestClient()
    client.initialize()
    let uri = "file:///full.txt"
    client.open(uri, text: "")
    _ = try #require(client.diagnostics(uri, version: 1))
    let text = Examples.text("001_787e7c90b6bc98b9.txt")
    client.change(uri, version: 2, [["text": .string(text)]])
    #expect(
      client.diagnostics(uri, version: 2)?.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text, uri: uri))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func outOfRangeChangesAreClamped() throws {
    let client = try TestClient()
    client.initialize()
    let uri = "file:///clamped.txt"
    let text = Examples.text("001_787e7c90b6bc98b9.txt")
    client.open(uri, text: text)
    _ = try #require(client.diagnostics(uri, version: 1))
    let past: JSONValue = ["line": 100_000, "character": 7]
    let longLine: JSONValue = ["line": 0, "character": 10_000]
    client.change(
      uri, version: 2,
      [
        ["range": ["start": past, "end": past], "text": "\n[image: x]"],
        ["range": ["start": longLine, "end": longLine], "text": ""],
      ])
    #expect(
      client.diagnostics(uri, version: 2)?.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text + "\n[image: x]", uri: uri))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func changesToAnUnopenedDocumentAreIgnored() throws {
    let client = try TestClient()
    client.initialize()
    client.change("file:///never-opened.txt", version: 2, [["text": "一、总体情况"]])
    let log = client.waitForNotification("window/logMessage") {
      $0["params"]?["message"]?.stringValue?.contains("never-opened") == true
    }
    #expect(log?["params"]?["type"] == 2)
    let hover = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": "file:///never-opened.txt"],
        "position": [
          "line": 0, "character": 0,
        ],
      ])
    #expect(hover?["error"]?["code"] == -32602)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func aVersionGoingBackwardsIsLoggedAndTheChangeStillApplies() throws {
    let client = try TestClient()
    client.initialize()
    let uri = "file:///versions.txt"
    client.open(uri, text: "", version: 5)
    _ = try #require(client.diagnostics(uri, version: 5))
    let text = Examples.text(Examples.wrongTotal)
    client.change(uri, version: 3, [["text": .string(text)]])
    let published = try #require(client.diagnostics(uri, version: 3))
    #expect(published.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(text, uri: uri))
    #expect(
      client.waitForNotification("window/logMessage") {
        $0["params"]?["message"]?.stringValue?.contains("went from 5 to 3") == true
      } != nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func reopeningReplacesTheText() throws {
    let client = try TestClient()
    client.initialize()
    let uri = "file:///reopened.txt"
    client.open(uri, text: "")
    _ = try #require(client.diagnostics(uri, version: 1))
    let text = Examples.text(Examples.wrongTotal)
    client.open(uri, text: text, version: 7)
    #expect(
      client.diagnostics(uri, version: 7)?.map(ExpectedDiagnostics.withoutData)
        == ExpectedDiagnostics.of(text, uri: uri))
    #expect(client.shutDownAndExit() == 0)
  }
}
