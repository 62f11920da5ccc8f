import GoujiJSON
import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  /// Called by the connection, in order, on its thread: records cancellations at once and queues everything else.
  package func handle(_ message: IncomingMessage, connection: Connection) {
    switch message {
    case .notification(let method, let params) where method == CancelRequestNotification.method:
      if let id = try? CancelRequestNotification.decode(params: params).id { requests.cancel(id) }
    case .notification(let method, let params) where method == DidChangeTextDocumentNotification.method:
      if let uri = Self.changedDocument(params) { queuedChanges.received(uri) }
      queue.async { [self] in process(message) }
    case .request(let id, _, _):
      requests.received(id)
      queue.async { [self] in process(message) }
    default:
      queue.async { [self] in process(message) }
    }
  }

  func process(_ message: IncomingMessage) {
    switch message {
    case .request(let id, let method, let params):
      currentRequest = requests.starting(id)
      defer {
        currentRequest = nil
        requests.answered(id)
      }
      handleRequest(id: id, method: method, params: params)
    case .notification(let method, let params):
      if method == DidChangeTextDocumentNotification.method {
        // Counted down here, whether or not the change turns out to be valid, so that the count never drifts.
        if let uri = Self.changedDocument(params) { queuedChanges.applying(uri) }
      }
      handleNotification(method, params: params)
    case .response(let id, _):
      debug("ignored a response to \(id), which the server is not waiting for")
    case .invalid(let error, _):
      log(.warning, "received an invalid message: \(error.message)")
    }
  }

  /// The document a `didChange` is about, read without decoding the changes; `nil` when it changes nothing (no
  /// content changes: Neovim 0.7 sends one when its debounce timer fires after a request flushed the change), so
  /// that it stops no analysis.
  static func changedDocument(_ params: JSONValue?) -> DocumentURI? {
    guard params?["contentChanges"]?.arrayValue?.isEmpty == false else { return nil }
    return params?["textDocument"]?["uri"]?.stringValue
  }

  func handleRequest(id: RequestID, method: String, params: JSONValue?) {
    switch phase {
    case .uninitialized where method != InitializeRequest.method:
      connection?.send(error: .serverNotInitialized, id: id)
    case .running where method == InitializeRequest.method:
      connection?.send(error: .invalidRequest("initialize was already received"), id: id)
    case .shutDown, .exited:
      connection?.send(error: .invalidRequest("the server is shutting down: only exit is accepted"), id: id)
    default:
      if requests.isCancelled(id) {
        connection?.send(error: .requestCancelled, id: id)
      } else if let known = ClientRequestMethod(method) {
        dispatch(known, id: id, params: params)
      } else {
        connection?.send(error: .methodNotFound(method), id: id)
      }
    }
  }

  /// Every request the server supports: one case per method of the protocol registry.
  func dispatch(_ method: ClientRequestMethod, id: RequestID, params: JSONValue?) {
    switch method {
    case .initialize: answerInitialize(id: id, params: params)
    case .shutdown: answer(ShutdownRequest.self, id: id, params: params) { _ in shutdown() }
    case .documentDiagnostic:
      answer(DocumentDiagnosticRequest.self, id: id, params: params) { request throws(ResponseError) in
        // A document the client closed a moment ago has no diagnostics, rather than an error.
        guard documents[request.textDocument.uri] != nil else { return .full(resultId: nil, items: []) }
        return DocumentDiagnosticHandler.report(request, in: try context(for: request.textDocument.uri))
      }
    case .hover: answer(HoverRequest.self, id: id, params: params, HoverHandler.hover)
    case .completion: answer(CompletionRequest.self, id: id, params: params, CompletionHandler.completion)
    case .codeAction: answer(CodeActionRequest.self, id: id, params: params, CodeActionHandler.actions)
    case .codeActionResolve:
      answer(CodeActionResolveRequest.self, id: id, params: params) { request throws(ResponseError) in
        try CodeActionHandler.resolve(request.codeAction) { uri throws(ResponseError) in try context(for: uri) }
      }
    case .documentSymbol: answer(DocumentSymbolRequest.self, id: id, params: params, DocumentSymbolHandler.symbols)
    case .foldingRange: answer(FoldingRangeRequest.self, id: id, params: params, FoldingRangeHandler.ranges)
    case .semanticTokensFull:
      answer(SemanticTokensFullRequest.self, id: id, params: params, SemanticTokensHandler.full)
    case .semanticTokensRange:
      answer(SemanticTokensRangeRequest.self, id: id, params: params, SemanticTokensHandler.range)
    case .inlayHint: answer(InlayHintRequest.self, id: id, params: params, InlayHintHandler.hints)
    case .executeCommand:
      answer(ExecuteCommandRequest.self, id: id, params: params) { request throws(ResponseError) in
        throw .invalidParams("unknown command: \(request.command)")
      }
    }
  }

  /// Answers `initialize` with its result written as JSON by hand: the first answer of the server, which no
  /// `JSONEncoder` slows down (Documentation/Performance.md).
  func answerInitialize(id: RequestID, params: JSONValue?) {
    do throws(ResponseError) {
      let result = try initialize(try InitializeRequest.decode(params: params))
      connection?.send(response: result.json, id: id)
    } catch {
      connection?.send(error: error, id: id)
    }
  }

  /// Decodes the params as `Request`, computes the result with `body`, and answers, with an error if either fails.
  func answer<Request: LSPRequest>(
    _ type: Request.Type,
    id: RequestID,
    params: JSONValue?,
    _ body: (Request) throws(ResponseError) -> Request.Response
  ) {
    do throws(ResponseError) {
      let request = try Request.decode(params: params)
      let response = try body(request)
      // Cancelled while being computed: the client no longer waits for the result.
      if requests.isCancelled(id) { throw .requestCancelled }
      connection?.send(response: response, id: id)
    } catch {
      connection?.send(error: error, id: id)
    }
  }

  /// Answers a request about one document from that document's current analysis.
  func answer<Request: DocumentRequest>(
    _ type: Request.Type,
    id: RequestID,
    params: JSONValue?,
    _ body: (Request, RequestContext) throws(ResponseError) -> Request.Response
  ) {
    answer(type, id: id, params: params) { request throws(ResponseError) in
      try body(request, try context(for: request.textDocument.uri))
    }
  }
}
