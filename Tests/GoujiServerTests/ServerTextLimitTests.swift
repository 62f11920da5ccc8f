import GoujiJSON
import GoujiServer
import Testing

/// A document longer than the server keeps (4 GiB in use, a few bytes here) is refused with a message, opened or grown
/// by a change; the server does not keep it and answers requests about it as about a document that is not open.
@Suite struct ServerTextLimitTests {
  static let text = "2020年政府信息公开工作年度报告\r\n一、总体情况𠀀\r\n"

  static func client(limit: Int) throws -> TestClient {
    var options = ServerOptions(diagnosticsDelay: .milliseconds(20))
    options.maximumTextBytes = limit
    let client = try TestClient(options: options)
    client.initialize()
    return client
  }

  @Test func aDocumentOpenedTooLongIsRefused() throws {
    let bytes = Self.text.utf8.count
    let client = try Self.client(limit: bytes - 1)
    let uri = "file:///long.txt"
    client.open(uri, text: Self.text)
    let message = try #require(client.waitForNotification("window/showMessage"))
    #expect(message["params"]?["type"] == 1)
    #expect(
      message["params"]?["message"]
        == .string("\(uri) 太大（\(bytes) 字节），未检查：gouji 只读不超过 \(bytes - 1) 字节的文本"))
    let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
    #expect(symbols?["error"] != nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func aDocumentGrownTooLongIsForgottenAndItsDiagnosticsCleared() throws {
    let bytes = Self.text.utf8.count
    let client = try Self.client(limit: bytes)
    let uri = "file:///growing.txt"
    client.open(uri, text: Self.text)
    _ = try #require(client.diagnostics(uri, version: 1))
    client.change(uri, version: 2, [["text": .string(Self.text + "x")]])
    let message = try #require(client.waitForNotification("window/showMessage"))
    #expect(message["params"]?["message"]?.stringValue?.contains("太大（\(bytes + 1) 字节）") == true)
    #expect(client.diagnostics(uri, version: nil) == [])
    let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
    #expect(symbols?["error"] != nil)
    #expect(client.shutDownAndExit() == 0)
  }
}
