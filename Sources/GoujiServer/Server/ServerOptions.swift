import GoujiText

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
  /// The longest document text the server keeps, in UTF-8 bytes; a longer one is refused with a message. Tests lower
  /// it to try the refusal without a 4 GiB document.
  package var maximumTextBytes = SourceText.maximumByteCount
  /// The most diagnostics listed for one document, published or pulled; the rest are counted in one more diagnostic.
  package var listedDiagnosticsLimit = standardListedDiagnosticsLimit
  /// Where the work on a document waits at its first check of cancellation until a test lets it go on; `nil` (never
  /// waiting) except in tests, which set it to send a cancellation or a change known to arrive during that work.
  package var analysisGate: AnalysisGate?

  /// 1,000: an editor cannot show more to any use (VS Code's and Theia's extension hosts keep 1,000 a file), and
  /// their JSON would outgrow the text: 50 MB of `[image: …]` leftovers are 5 million findings.
  package static let standardListedDiagnosticsLimit = 1_000

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
