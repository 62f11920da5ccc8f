import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

@testable import GoujiServer

/// A burst of changes queued behind one another: those that would each need a full read are applied to the text
/// only, and the document is read once; the diagnostics are those of the final text.
@Suite struct ChangeBurstTests {
  @Test func queuedChangesAreCountedPerDocument() {
    let queued = QueuedChanges()
    let a = DocumentURI("file:///a.txt")
    let b = DocumentURI("file:///b.txt")
    queued.received(a)
    queued.received(a)
    queued.received(b)
    #expect(queued.applying(a))
    #expect(!queued.applying(b))
    #expect(!queued.applying(a))
    #expect(!queued.applying(a))  // More applied than received (a change that failed to decode) stays at zero.
  }

  /// 200 edits of a heading (each a full read on its own), sent without waiting, then the diagnostics.
  @Test func aBurstOfHeadingEditsEndsWithTheDiagnosticsOfTheFinalText() throws {
    let client = try TestClient()
    client.initialize(encodings: ["utf-32"])
    let uri = "file:///burst.txt"
    var text = SampleTexts.crlfWithAstral
    client.open(uri, text: text)
    _ = try #require(client.diagnostics(uri, version: 1))
    let line = try #require(text.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix("五、") })
    var old = "五、存在的主要问题及改进情况"
    for version in 2...201 {
      let title = version.isMultiple(of: 2) ? "五、存在问题" : "五、存在的主要问题及改进情况"
      let end = old.unicodeScalars.count
      let range: JSONValue = [
        "start": ["line": .int(line), "character": 0], "end": ["line": .int(line), "character": .int(end)],
      ]
      old = title
      text = IndependentPositions.applying(range, title, to: text, encoding: "utf-32")
      client.change(uri, version: version, [["range": range, "text": .string(title)]])
    }
    let published = try #require(client.diagnostics(uri, version: 201))
    #expect(
      published.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(text, uri: uri, encoding: "utf-32"))
    #expect(client.shutDownAndExit() == 0)
  }
}
