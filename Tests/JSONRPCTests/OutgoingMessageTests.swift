import Foundation
import GoujiJSON
import JSONRPC
import LanguageServerProtocol
import Testing

@Suite struct OutgoingMessageTests {
  static func json(_ data: Data) throws -> JSONValue {
    try JSONValue(parsing: data)
  }

  @Test func nullResultIsWrittenExplicitly() throws {
    let data = try OutgoingMessage.response(id: 3, result: Hover?.none)
    #expect(String(decoding: data, as: UTF8.self) == #"{"id":3,"jsonrpc":"2.0","result":null}"#)
  }

  @Test func voidResponseIsANullResult() throws {
    #expect(
      try Self.json(OutgoingMessage.response(id: "s", result: VoidResponse())) == [
        "jsonrpc": "2.0", "id": "s", "result": nil,
      ])
  }

  @Test func successCarriesOnlyResult() throws {
    let value = try Self.json(OutgoingMessage.response(id: 1, result: Position(line: 1, character: 2)))
    #expect(value == ["jsonrpc": "2.0", "id": 1, "result": ["line": 1, "character": 2]])
  }

  @Test func errorCarriesOnlyError() throws {
    let value = try Self.json(OutgoingMessage.response(id: 7, error: .methodNotFound("x/y")))
    #expect(value == ["jsonrpc": "2.0", "id": 7, "error": ["code": -32601, "message": "method not found: x/y"]])
  }

  @Test func errorForAnUnreadableRequestHasNullId() throws {
    let value = try Self.json(OutgoingMessage.response(id: nil, error: .parseError("bad")))
    #expect(value == ["jsonrpc": "2.0", "id": nil, "error": ["code": -32700, "message": "bad"]])
  }

  @Test func errorDataIsKept() throws {
    let error = ResponseError(code: .requestFailed, message: "m", data: ["retry": false])
    let value = try Self.json(OutgoingMessage.response(id: 1, error: error))
    #expect(value["error"] == ["code": -32803, "message": "m", "data": ["retry": false]])
  }

  @Test func notificationsAndRequests() throws {
    let withParams = try OutgoingMessage.notification(method: "window/logMessage", params: ["type": 3] as JSONValue)
    #expect(try Self.json(withParams) == ["jsonrpc": "2.0", "method": "window/logMessage", "params": ["type": 3]])
    let withoutParams = try OutgoingMessage.notification(method: "exit", params: JSONValue?.none)
    #expect(try Self.json(withoutParams) == ["jsonrpc": "2.0", "method": "exit"])
    let params: JSONValue = ["items": []]
    let request = try OutgoingMessage.request(id: 2, method: "workspace/configuration", params: params)
    let expected: JSONValue = ["jsonrpc": "2.0", "id": 2, "method": "workspace/configuration", "params": params]
    #expect(try Self.json(request) == expected)
  }

  @Test func standardErrorCodes() {
    let codes: [(ErrorCode, Int)] = [
      (.parseError, -32700), (.invalidRequest, -32600), (.methodNotFound, -32601), (.invalidParams, -32602),
      (.internalError, -32603), (.serverNotInitialized, -32002), (.unknownErrorCode, -32001),
      (.requestCancelled, -32800), (.contentModified, -32801), (.requestFailed, -32803),
    ]
    for (code, value) in codes {
      #expect(code.rawValue == value)
    }
  }
}
