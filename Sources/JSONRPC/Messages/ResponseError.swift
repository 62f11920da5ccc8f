import GoujiJSON
import LanguageServerProtocol

/// The `error` of a failed response.
package struct ResponseError: Error, Codable, Hashable, Sendable {
  package var code: ErrorCode
  package var message: String
  package var data: JSONValue?

  package init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }
}

/// A JSON-RPC or LSP error code. Unknown codes from a peer are kept as they are.
package struct ErrorCode: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// The message is not JSON.
  package static let parseError = ErrorCode(rawValue: -32700)
  /// The JSON is not a valid request object.
  package static let invalidRequest = ErrorCode(rawValue: -32600)
  package static let methodNotFound = ErrorCode(rawValue: -32601)
  package static let invalidParams = ErrorCode(rawValue: -32602)
  package static let internalError = ErrorCode(rawValue: -32603)
  /// A request other than `initialize` arrived before `initialize`.
  package static let serverNotInitialized = ErrorCode(rawValue: -32002)
  package static let unknownErrorCode = ErrorCode(rawValue: -32001)
  /// The request was cancelled by `$/cancelRequest`.
  package static let requestCancelled = ErrorCode(rawValue: -32800)
  /// The document changed while the request was computed; the client may ask again.
  package static let contentModified = ErrorCode(rawValue: -32801)
  /// The request was valid but could not be carried out.
  package static let requestFailed = ErrorCode(rawValue: -32803)
}

extension ResponseError {
  package static func parseError(_ message: String) -> ResponseError {
    ResponseError(code: .parseError, message: message)
  }

  package static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: .invalidRequest, message: message)
  }

  package static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: .methodNotFound, message: "method not found: \(method)")
  }

  package static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: .invalidParams, message: message)
  }

  package static func internalError(_ message: String) -> ResponseError {
    ResponseError(code: .internalError, message: message)
  }

  package static let serverNotInitialized = ResponseError(
    code: .serverNotInitialized,
    message: "server not initialized"
  )

  package static let requestCancelled = ResponseError(code: .requestCancelled, message: "request cancelled")

  package static let contentModified = ResponseError(code: .contentModified, message: "content modified")

  package static func requestFailed(_ message: String) -> ResponseError {
    ResponseError(code: .requestFailed, message: message)
  }
}

extension ResponseError: CustomStringConvertible {
  package var description: String {
    "\(message) (\(code.rawValue))"
  }
}
