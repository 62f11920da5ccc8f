import GoujiJSON
import JSONRPC
import LanguageServerProtocol
import Testing

@Suite struct ParamsDecodingTests {
  static func message(_ body: () throws(ResponseError) -> Void) -> ResponseError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  @Test func typedParamsDecode() throws {
    let params: JSONValue = ["textDocument": ["uri": "file:///a"], "position": ["line": 1, "character": 2]]
    let request = try HoverRequest.decode(params: params)
    #expect(request.position == Position(line: 1, character: 2))
  }

  @Test func missingMemberIsNamedWithItsPath() {
    let error = Self.message { () throws(ResponseError) in
      _ = try HoverRequest.decode(params: ["textDocument": [:], "position": ["line": 1, "character": 2]])
    }
    #expect(error?.code == .invalidParams)
    #expect(error?.message == "invalid params: missing member 'textDocument.uri'")
  }

  @Test func typeMismatchIsNamedWithItsPath() {
    let error = Self.message { () throws(ResponseError) in
      _ = try DidChangeTextDocumentNotification.decode(params: [
        "textDocument": ["uri": "file:///a", "version": 1],
        "contentChanges": [["text": "a"], ["text": 5]],
      ])
    }
    #expect(error?.message == "invalid params: 'contentChanges[1].text' should be a string")
  }

  @Test func nullRequiredMemberIsNamed() {
    let error = Self.message { () throws(ResponseError) in
      _ = try DidCloseTextDocumentNotification.decode(params: ["textDocument": nil])
    }
    #expect(error?.message.contains("'textDocument'") == true)
  }

  @Test func absentParamsDecodeAsTheEmptyObject() throws {
    _ = try InitializedNotification.decode(params: nil)
    _ = try ShutdownRequest.decode(params: nil)
    let error = Self.message { () throws(ResponseError) in _ = try HoverRequest.decode(params: nil) }
    #expect(error?.message == "invalid params: missing member 'textDocument'")
  }

  @Test func anyDecodableWorks() throws {
    let position: Position = try decodeParams(from: ["line": 0, "character": 0])
    #expect(position == Position(line: 0, character: 0))
  }
}
