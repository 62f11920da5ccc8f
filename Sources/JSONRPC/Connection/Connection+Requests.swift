import Foundation
import GoujiJSON
import LanguageServerProtocol

extension Connection {
  /// Sends a request to the peer; `completion` receives its result on the handler queue (a failure if the
  /// connection closes first). Returns the request's id, e.g. to cancel it.
  @discardableResult
  package func send(
    request method: String,
    params: some Encodable,
    completion: @escaping ResponseHandler
  ) -> RequestID {
    sendRequest(method: method, completion: completion) { id in
      try OutgoingMessage.request(id: id, method: method, params: params)
    }
  }

  /// Sends a typed request and decodes its result as `Request.Response`.
  @discardableResult
  package func send<Request: LSPRequest>(
    _ request: Request,
    completion: @escaping @Sendable (Result<Request.Response, ResponseError>) -> Void
  ) -> RequestID {
    sendRequest(method: Request.method, completion: { completion(Self.decodeResult($0, of: Request.self)) }) { id in
      try OutgoingMessage.request(id: id, method: Request.method, params: Request.carriesParams ? request : nil)
    }
  }

  /// Sends a typed request and waits for its result.
  package func send<Request: LSPRequest>(_ request: Request) async throws(ResponseError) -> Request.Response {
    let result = await withCheckedContinuation { continuation in
      send(request) { continuation.resume(returning: $0) }
    }
    return try result.get()
  }

  /// Registers `completion` under a fresh id and writes the request `encode` produces.
  private func sendRequest(
    method: String,
    completion: @escaping ResponseHandler,
    encode: (RequestID) throws -> Data
  ) -> RequestID {
    let (id, isOpen) = state.withLock { state -> (RequestID, Bool) in
      let id = RequestID.number(state.nextRequestNumber)
      state.nextRequestNumber += 1
      guard state.phase != .closed else { return (id, false) }
      state.pendingRequests[id] = completion
      return (id, true)
    }
    guard isOpen else {
      handlerQueue.async { completion(.failure(.connectionClosed)) }
      return id
    }
    do {
      write(try encode(id))
    } catch {
      Log.error("cannot encode the params of \(method): \(error)")
      if let complete = takePendingRequest(id) {
        handlerQueue.async { complete(.failure(.internalError("cannot encode the params of \(method)"))) }
      }
    }
    return id
  }

  /// Decodes a raw result as the response type of `Request`.
  private static func decodeResult<Request: LSPRequest>(
    _ result: Result<JSONValue, ResponseError>,
    of request: Request.Type
  ) -> Result<Request.Response, ResponseError> {
    result.flatMap { json in
      do {
        return .success(try json.decode(Request.Response.self))
      } catch let error as DecodingError {
        return .failure(.internalError("invalid result of \(Request.method): \(error.problemDescription)"))
      } catch {
        return .failure(.internalError("invalid result of \(Request.method): \(error)"))
      }
    }
  }
}
