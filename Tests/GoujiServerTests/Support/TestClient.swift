import Foundation
import GoujiJSON
import GoujiServer
import JSONRPC
import LanguageServerProtocol

/// An editor played by a test: a ``LanguageServer`` on a ``LoopbackTransport``, driven message by message.
///
/// Notifications that arrive while the client waits for something else are kept, in order, for later
/// `waitForNotification` calls. Requests from the server are answered at once: `workspace/configuration` with
/// ``configuration``, everything else with `null`.
final class TestClient {
  let transport: LoopbackTransport
  let connection: Connection
  let server: LanguageServer
  /// What `workspace/configuration` answers for each item.
  var configuration: JSONValue = .null
  /// Every notification received and not yet consumed by a wait.
  private(set) var notifications: [JSONValue] = []
  /// Every request the server sent, in order.
  private(set) var serverRequests: [JSONValue] = []
  private var nextID = 1

  static let timeout: Duration = .seconds(20)

  init(options: ServerOptions = ServerOptions(diagnosticsDelay: .milliseconds(20))) throws {
    transport = try LoopbackTransport()
    connection = transport.makeConnection(label: "gouji.test")
    server = LanguageServer(options: options)
    server.start(on: connection)
  }

  deinit {
    transport.finishSending()
    _ = server.waitForExit(timeout: .seconds(5))
    // The connection's reader sees the end of input at once, but on its own thread: give it a moment before its
    // descriptor is closed under it (which it would log as an error).
    Thread.sleep(forTimeInterval: 0.05)
    transport.close()
  }

  /// Capabilities of a modern client: UTF-16, Markdown hovers, snippets, versioned edits, pushed diagnostics.
  static let modernCapabilities: JSONValue = [
    "textDocument": [
      "hover": ["contentFormat": ["markdown", "plaintext"]],
      "completion": ["completionItem": ["snippetSupport": true]],
      "publishDiagnostics": [
        "relatedInformation": true, "versionSupport": true, "codeDescriptionSupport": true, "dataSupport": true,
      ],
      "codeAction": ["codeActionLiteralSupport": ["codeActionKind": ["valueSet": ["quickfix", "source"]]]],
      "semanticTokens": ["requests": ["full": true, "range": true], "tokenTypes": [], "tokenModifiers": []],
    ],
    "workspace": ["workspaceEdit": ["documentChanges": true]],
  ]

  /// Sends `initialize` and `initialized`; returns the `initialize` result.
  @discardableResult
  func initialize(
    capabilities: JSONValue = TestClient.modernCapabilities,
    encodings: [String]? = nil,
    locale: String? = nil,
    initializationOptions: JSONValue? = nil,
    rootUri: String? = nil
  ) -> JSONValue? {
    var capabilities = capabilities.objectValue ?? [:]
    if let encodings { capabilities["general"] = ["positionEncodings": .array(encodings.map(JSONValue.string))] }
    var params: [String: JSONValue] = [
      "processId": .null, "rootUri": rootUri.map(JSONValue.string) ?? .null, "capabilities": .object(capabilities),
    ]
    params["locale"] = locale.map(JSONValue.string)
    params["initializationOptions"] = initializationOptions
    let response = request("initialize", .object(params))
    notify("initialized", [:])
    return response?["result"]
  }

  /// Sends a request and returns the whole response (`nil` on timeout).
  func request(_ method: String, _ params: JSONValue? = nil) -> JSONValue? {
    let id = send(request: method, params)
    return waitForResponse(id)
  }

  /// Sends a request about the document `uri`: `params` with `textDocument: {uri}` added.
  func request(_ method: String, uri: String, _ params: [String: JSONValue] = [:]) -> JSONValue? {
    var params = params
    params["textDocument"] = ["uri": .string(uri)]
    return request(method, .object(params))
  }

  /// Sends a request without waiting for its response; returns its id.
  func send(request method: String, _ params: JSONValue? = nil) -> RequestID {
    let id = RequestID.number(nextID)
    nextID += 1
    transport.send(request: id, method: method, params: params)
    return id
  }

  /// The response to request `id`; `nil` when no message at all arrives for `timeout` (a long analysis in a debug
  /// build on a loaded machine needs more than ``timeout``).
  func waitForResponse(_ id: RequestID, timeout: Duration = TestClient.timeout) -> JSONValue? {
    while let message = receive(timeout: timeout) {
      if message["method"] == nil, message["id"] == id.jsonValue { return message }
    }
    return nil
  }

  func notify(_ method: String, _ params: JSONValue? = nil) {
    transport.send(notification: method, params: params)
  }

  /// The first notification of `method` that satisfies `predicate`, kept or still to come; it is consumed.
  func waitForNotification(
    _ method: String, timeout: Duration = TestClient.timeout, where predicate: (JSONValue) -> Bool = { _ in true }
  ) -> JSONValue? {
    if let found = takeKept(method, where: predicate) { return found }
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline, let message = receive(timeout: ContinuousClock.now.duration(to: deadline)) {
      guard message["id"] == nil, message["method"]?.stringValue == method else { continue }
      if let found = takeKept(method, where: predicate) { return found }
    }
    return nil
  }

  /// Whether a notification of `method` arrives within `timeout` (consuming nothing that does not match).
  func receivesNotification(_ method: String, within timeout: Duration, where predicate: (JSONValue) -> Bool) -> Bool {
    waitForNotification(method, timeout: timeout, where: predicate) != nil
  }

  /// The diagnostics published for `uri` at `version` (`nil` version: a publication without one).
  func diagnostics(_ uri: String, version: Int?) -> [JSONValue]? {
    let published = waitForNotification("textDocument/publishDiagnostics") { message in
      message["params"]?["uri"]?.stringValue == uri && message["params"]?["version"]?.intValue == version
    }
    return published?["params"]?["diagnostics"]?.arrayValue
  }

  /// Every notification of `method` kept so far, consumed.
  func takeAll(_ method: String) -> [JSONValue] {
    let taken = notifications.filter { $0["method"]?.stringValue == method }
    notifications.removeAll { $0["method"]?.stringValue == method }
    return taken
  }

  func open(_ uri: String, text: String, version: Int = 1) {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "plaintext", "version": .int(version), "text": .string(text),
        ]
      ]
    )
  }

  func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
    notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes)]
    )
  }

  func close(_ uri: String) {
    notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
  }

  /// Sends `shutdown` and `exit` and returns the server's exit status.
  func shutDownAndExit() -> Int32? {
    _ = request("shutdown")
    notify("exit")
    return server.waitForExit(timeout: .seconds(10))
  }

  /// The next message, after answering it if it is a request and keeping it if it is a notification.
  private func receive(timeout: Duration = TestClient.timeout) -> JSONValue? {
    guard let message = transport.receive(timeout: timeout) else { return nil }
    if let method = message["method"]?.stringValue {
      if let id = message["id"].flatMap(RequestID.init) {
        serverRequests.append(message)
        transport.send(responseTo: id, result: answer(method, params: message["params"]))
      } else {
        notifications.append(message)
      }
    }
    return message
  }

  private func answer(_ method: String, params: JSONValue?) -> JSONValue {
    guard method == "workspace/configuration" else { return .null }
    return .array((params?["items"]?.arrayValue ?? []).map { _ in configuration })
  }

  private func takeKept(_ method: String, where predicate: (JSONValue) -> Bool) -> JSONValue? {
    guard let index = notifications.firstIndex(where: { $0["method"]?.stringValue == method && predicate($0) })
    else { return nil }
    return notifications.remove(at: index)
  }
}
