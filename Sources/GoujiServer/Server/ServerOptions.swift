/// How a ``LanguageServer`` behaves, beyond what the client negotiates.
package struct ServerOptions: Sendable {
  /// The version in `initialize`'s `serverInfo`.
  package var version: String?
  /// How long pushed diagnostics wait after a change, so that typing does not analyse every keystroke.
  package var diagnosticsDelay: Duration
  /// How long the server waits for the client's settings after `initialized` before publishing with what it has.
  package var configurationTimeout: Duration
  /// Whether last year's report is looked for on disk under the workspace folders (open documents always count).
  package var searchesWorkspaceFiles: Bool
  /// How often the server checks that the client's process (`initialize`'s `processId`) still runs; `nil` never.
  package var parentProcessCheckInterval: Duration?

  package init(
    version: String? = nil,
    diagnosticsDelay: Duration = .milliseconds(100),
    configurationTimeout: Duration = .seconds(2),
    searchesWorkspaceFiles: Bool = true,
    parentProcessCheckInterval: Duration? = .seconds(3)
  ) {
    self.version = version
    self.diagnosticsDelay = diagnosticsDelay
    self.configurationTimeout = configurationTimeout
    self.searchesWorkspaceFiles = searchesWorkspaceFiles
    self.parentProcessCheckInterval = parentProcessCheckInterval
  }
}
