import Foundation
import JSONRPC
import LanguageServerProtocol
import Testing

@Suite struct IncomingMessageTests {
  static func parse(_ text: String) -> ParsedMessage {
    IncomingMessage.parse(Data(text.utf8))
  }

  @Test func requestsWithNumberAndStringIds() {
    let number = Self.parse(#"{"jsonrpc":"2.0","id":4,"method":"shutdown"}"#)
    #expect(number.message == .request(id: 4, method: "shutdown", params: nil))
    #expect(number.reply == nil)
    let string = Self.parse(#"{"jsonrpc":"2.0","id":"a-4","method":"textDocument/hover","params":{"x":1}}"#)
    #expect(string.message == .request(id: "a-4", method: "textDocument/hover", params: ["x": 1]))
  }

  @Test func notificationsWithObjectArrayAndNullParams() {
    #expect(Self.parse(#"{"jsonrpc":"2.0","method":"exit"}"#).message == .notification(method: "exit", params: nil))
    let array = Self.parse(#"{"jsonrpc":"2.0","method":"m","params":[1]}"#)
    #expect(array.message == .notification(method: "m", params: [1]))
    let null = Self.parse(#"{"jsonrpc":"2.0","method":"m","params":null}"#)
    #expect(null.message == .notification(method: "m", params: nil))
  }

  @Test func responses() {
    #expect(
      Self.parse(#"{"jsonrpc":"2.0","id":1,"result":[{"a":1}]}"#).message
        == .response(id: 1, result: .success([["a": 1]]))
    )
    #expect(Self.parse(#"{"jsonrpc":"2.0","id":2,"result":null}"#).message == .response(id: 2, result: .success(nil)))
    let failure = Self.parse(#"{"jsonrpc":"2.0","id":"s","error":{"code":-32601,"message":"nope"}}"#)
    let expected = ResponseError(code: .methodNotFound, message: "nope")
    #expect(failure.message == .response(id: "s", result: .failure(expected)))
    #expect(failure.reply == nil)
  }

  @Test func nonJSONIsAParseErrorAnsweredWithNullId() {
    let parsed = Self.parse(#"{"jsonrpc":"2.0","id":1,"#)
    #expect(parsed.reply?.error.code == .parseError)
    #expect(parsed.reply?.id == nil)
    #expect(parsed.message == .invalid(parsed.reply!.error, id: nil))
  }

  @Test(arguments: ["42", #""text""#, "null", "true"])
  func jsonThatIsNotAnObjectIsAnInvalidRequest(text: String) {
    let parsed = Self.parse(text)
    #expect(parsed.reply?.error.code == .invalidRequest)
    #expect(parsed.reply?.id == nil)
  }

  @Test func batchesAreRejected() {
    let parsed = Self.parse(#"[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","method":"b"}]"#)
    #expect(parsed.reply?.error.code == .invalidRequest)
    #expect(parsed.reply?.error.message.contains("batch") == true)
  }

  @Test func unusableIdsAreAnsweredWithNullId() {
    for id in ["true", "1.5", "{}", "null"] {
      let parsed = Self.parse(#"{"jsonrpc":"2.0","id":\#(id),"method":"m"}"#)
      #expect(parsed.reply?.error.code == .invalidRequest, "id \(id)")
      #expect(parsed.reply != nil && parsed.reply?.id == nil, "id \(id)")
    }
  }

  @Test func integralFloatIdIsANumber() {
    #expect(Self.parse(#"{"id":3.0,"method":"m"}"#).message == .request(id: 3, method: "m", params: nil))
  }

  @Test func malformedRequestsAreAnsweredWithTheirId() {
    let method = Self.parse(#"{"jsonrpc":"2.0","id":9,"method":12}"#)
    #expect(method.reply == ParsedMessage.Reply(error: method.reply!.error, id: 9))
    #expect(method.reply?.error.code == .invalidRequest)
    let params = Self.parse(#"{"jsonrpc":"2.0","id":"p","method":"m","params":"x"}"#)
    #expect(params.reply?.id == "p")
    let version = Self.parse(#"{"jsonrpc":"1.0","id":3,"method":"m"}"#)
    #expect(version.reply?.id == 3)
    let neither = Self.parse(#"{"jsonrpc":"2.0","id":5}"#)
    #expect(neither.reply?.id == 5)
  }

  @Test func brokenNotificationsAndResponsesAreNotAnswered() {
    let notification = Self.parse(#"{"jsonrpc":"2.0","method":"m","params":7}"#)
    #expect(notification.reply == nil)
    #expect(notification.message == .invalid(.invalidRequest("params of m must be an object or an array"), id: nil))
    let nullIdError = Self.parse(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}"#)
    #expect(nullIdError.reply == nil)
    #expect(nullIdError.message == .invalid(ResponseError(code: .parseError, message: "bad"), id: nil))
  }

  @Test func malformedErrorObjectStillCompletesTheRequest() {
    let parsed = Self.parse(#"{"jsonrpc":"2.0","id":6,"error":"oops"}"#)
    guard case .response(6, .failure(let error)) = parsed.message else {
      Issue.record("expected a failed response, got \(parsed.message)")
      return
    }
    #expect(error.code == .invalidRequest)
  }

  @Test func missingVersionIsTolerated() {
    #expect(Self.parse(#"{"method":"m"}"#).message == .notification(method: "m", params: nil))
  }

  @Test func methodAccessor() {
    #expect(IncomingMessage.notification(method: "a", params: nil).method == "a")
    #expect(IncomingMessage.response(id: 1, result: .success(nil)).method == nil)
  }
}
