import Foundation
import GoujiJSON
import LanguageServerProtocol

/// A parsed message and, when the connection itself must answer it, the error response to send.
package struct ParsedMessage: Hashable, Sendable {
  package var message: IncomingMessage
  /// The answer the connection sends on its own, for invalid requests only.
  package var reply: Reply?

  /// An error response the connection sends without involving the handler.
  package struct Reply: Hashable, Sendable {
    package var error: ResponseError
    /// `nil` for `"id": null`, when the request's id could not be read.
    package var id: RequestID?

    package init(error: ResponseError, id: RequestID?) {
      self.error = error
      self.id = id
    }
  }

  /// An invalid message that is answered with `error` under `id`.
  static func answered(_ error: ResponseError, id: RequestID?) -> ParsedMessage {
    ParsedMessage(message: .invalid(error, id: id), reply: Reply(error: error, id: id))
  }

  /// An invalid message that must not be answered (a broken notification or response).
  static func unanswered(_ error: ResponseError, id: RequestID? = nil) -> ParsedMessage {
    ParsedMessage(message: .invalid(error, id: id), reply: nil)
  }
}

extension IncomingMessage {
  /// Parses one message body. Never fails: anything unusable becomes ``IncomingMessage/invalid(_:id:)``.
  package static func parse(_ body: Data) -> ParsedMessage {
    let json: JSONValue
    do {
      json = try JSONValue(parsing: body)
    } catch {
      return .answered(.parseError("message is not valid JSON"), id: nil)
    }
    switch json {
    case .object(let object): return parse(object)
    case .array: return .answered(.invalidRequest("batch messages are not supported"), id: nil)
    default: return .answered(.invalidRequest("message is not a JSON object"), id: nil)
    }
  }

  /// Parses a message that is a JSON object.
  static func parse(_ object: [String: JSONValue]) -> ParsedMessage {
    let rawID = object["id"]
    let id = rawID.flatMap(RequestID.init)
    if let version = object["jsonrpc"], version != "2.0" {
      return .answered(.invalidRequest("unsupported jsonrpc version \(version)"), id: id)
    }
    if let method = object["method"] {
      return parseCall(method: method, object: object, rawID: rawID, id: id)
    }
    if object["result"] != nil || object["error"] != nil {
      return parseResponse(object, id: id)
    }
    return .answered(.invalidRequest("message has neither a method nor a result"), id: id)
  }

  /// Parses a request (with an id) or a notification (without).
  private static func parseCall(
    method: JSONValue,
    object: [String: JSONValue],
    rawID: JSONValue?,
    id: RequestID?
  ) -> ParsedMessage {
    let isRequest = rawID != nil
    guard let method = method.stringValue else {
      return .answered(.invalidRequest("method is not a string"), id: id)
    }
    if isRequest && id == nil {
      return .answered(.invalidRequest("request id must be an integer or a string"), id: nil)
    }
    var params = object["params"]
    if params == .null { params = nil }
    if let params, params.objectValue == nil && params.arrayValue == nil {
      let error = ResponseError.invalidRequest("params of \(method) must be an object or an array")
      return isRequest ? .answered(error, id: id) : .unanswered(error)
    }
    if let id {
      return ParsedMessage(message: .request(id: id, method: method, params: params), reply: nil)
    }
    return ParsedMessage(message: .notification(method: method, params: params), reply: nil)
  }

  /// Parses a response. Responses are never answered, even when broken.
  private static func parseResponse(_ object: [String: JSONValue], id: RequestID?) -> ParsedMessage {
    let error = object["error"].flatMap { try? $0.decode(ResponseError.self) }
    guard let id else {
      return .unanswered(error ?? .invalidRequest("response without a usable id"))
    }
    if let error {
      return ParsedMessage(message: .response(id: id, result: .failure(error)), reply: nil)
    }
    if let result = object["result"], object["error"] == nil {
      return ParsedMessage(message: .response(id: id, result: .success(result)), reply: nil)
    }
    let malformed = ResponseError.invalidRequest("response \(id) has a malformed error object")
    return ParsedMessage(message: .response(id: id, result: .failure(malformed)), reply: nil)
  }
}
