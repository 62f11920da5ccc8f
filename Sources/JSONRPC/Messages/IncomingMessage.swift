import GoujiJSON
import LanguageServerProtocol

/// A message received from the peer, as the ``MessageHandler`` sees it.
package enum IncomingMessage: Hashable, Sendable {
  /// A request, to be answered with `Connection.send(response:id:)` or `send(error:id:)`.
  case request(id: RequestID, method: String, params: JSONValue?)
  /// A notification, never answered.
  case notification(method: String, params: JSONValue?)
  /// A response to a request this side sent, when the connection has no completion waiting for it.
  case response(id: RequestID, result: Result<JSONValue, ResponseError>)
  /// Something that is not a valid message: bad framing, malformed JSON, not a JSON-RPC object. The connection has
  /// already answered it when that is possible; it is passed on so that the handler can log it.
  case invalid(ResponseError, id: RequestID?)
}

extension IncomingMessage {
  /// The method of a request or notification.
  package var method: String? {
    switch self {
    case .request(_, let method, _), .notification(let method, _): return method
    case .response, .invalid: return nil
    }
  }
}
