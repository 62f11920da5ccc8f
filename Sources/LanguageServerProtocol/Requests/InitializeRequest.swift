import GoujiJSON

/// `initialize`: the first request, carrying the client's identity and capabilities (`InitializeParams`).
package struct InitializeRequest: LSPRequest {
  package static let method = "initialize"
  package typealias Response = InitializeResult

  /// The client's process, which the server may watch to exit when it dies; `null` when there is none.
  package var processId: Int?
  package var clientInfo: ClientInfo?
  package var locale: String?
  /// Deprecated in favour of `workspaceFolders`, but still sent (as `null` when no folder is open).
  package var rootUri: DocumentURI?
  package var initializationOptions: JSONValue?
  package var capabilities: ClientCapabilities
  package var trace: TraceValue?
  package var workspaceFolders: [WorkspaceFolder]?

  package init(
    processId: Int? = nil,
    clientInfo: ClientInfo? = nil,
    locale: String? = nil,
    rootUri: DocumentURI? = nil,
    initializationOptions: JSONValue? = nil,
    capabilities: ClientCapabilities = ClientCapabilities(),
    trace: TraceValue? = nil,
    workspaceFolders: [WorkspaceFolder]? = nil
  ) {
    self.processId = processId
    self.clientInfo = clientInfo
    self.locale = locale
    self.rootUri = rootUri
    self.initializationOptions = initializationOptions
    self.capabilities = capabilities
    self.trace = trace
    self.workspaceFolders = workspaceFolders
  }

  private enum CodingKeys: String, CodingKey {
    case processId, clientInfo, locale, rootUri, initializationOptions, capabilities, trace, workspaceFolders
  }

  /// Writes `processId` and `rootUri` even when `null`: the protocol requires both members.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(processId, forKey: .processId)
    try container.encodeIfPresent(clientInfo, forKey: .clientInfo)
    try container.encodeIfPresent(locale, forKey: .locale)
    try container.encode(rootUri, forKey: .rootUri)
    try container.encodeIfPresent(initializationOptions, forKey: .initializationOptions)
    try container.encode(capabilities, forKey: .capabilities)
    try container.encodeIfPresent(trace, forKey: .trace)
    try container.encodeIfPresent(workspaceFolders, forKey: .workspaceFolders)
  }
}

/// The name and version of a client or server.
package struct ClientInfo: Codable, Hashable, Sendable {
  package var name: String
  package var version: String?

  package init(name: String, version: String? = nil) {
    self.name = name
    self.version = version
  }
}

/// The name and version of the server, sent in ``InitializeResult``.
package typealias ServerInfo = ClientInfo

/// The result of `initialize`.
package struct InitializeResult: Codable, Hashable, Sendable {
  package var capabilities: ServerCapabilities
  package var serverInfo: ServerInfo?

  package init(capabilities: ServerCapabilities, serverInfo: ServerInfo? = nil) {
    self.capabilities = capabilities
    self.serverInfo = serverInfo
  }
}
