import GoujiJSON
import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  func handleNotification(_ method: String, params: JSONValue?) {
    guard let known = ClientNotificationMethod(method) else {
      if !method.hasPrefix("$/") { debug("ignored the unknown notification \(method)") }
      return
    }
    guard phase == .running || known == .exit else {
      debug("ignored \(method): the server is \(phase)")
      return
    }
    do throws(ResponseError) {
      try dispatch(known, params: params)
    } catch {
      log(.warning, "ignored \(method): \(error.message)")
    }
  }

  /// Every notification the server supports: one case per method of the protocol registry.
  func dispatch(_ method: ClientNotificationMethod, params: JSONValue?) throws(ResponseError) {
    switch method {
    case .initialized: initialized()
    case .exit: exit()
    case .cancelRequest: break  // Recorded as soon as it was read, in `handle(_:connection:)`.
    case .setTrace: _ = try SetTraceNotification.decode(params: params)
    case .didOpen: didOpen(try .decodeDirectly(params: params))
    case .didChange: didChange(try .decode(params: params))
    case .didClose: didClose(try .decode(params: params))
    case .didSave: didSave(try .decode(params: params))
    case .didChangeConfiguration: didChangeConfiguration(try .decode(params: params))
    case .didChangeWatchedFiles: didChangeWatchedFiles(try .decode(params: params))
    case .didChangeWorkspaceFolders: didChangeWorkspaceFolders(try .decode(params: params))
    }
  }
}
