import GoujiAnalysis
import LanguageServerProtocol

/// The server's half of `initialize`: what it offers, given what the client supports.
enum InitializeHandler {
  static let serverName = "gouji"

  static func result(for client: ClientProfile, version: String?) -> InitializeResult {
    InitializeResult(
      capabilities: capabilities(for: client),
      serverInfo: ServerInfo(name: serverName, version: version)
    )
  }

  static func capabilities(for client: ClientProfile) -> ServerCapabilities {
    ServerCapabilities(
      positionEncoding: client.unit.positionEncoding,
      textDocumentSync: TextDocumentSyncOptions(openClose: true, change: .incremental, save: SaveOptions()),
      hoverProvider: true,
      completionProvider: CompletionOptions(resolveProvider: false),
      codeActionProvider: CodeActionOptions(codeActionKinds: [.quickFix, .sourceFixAllGouji], resolveProvider: true),
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: SemanticTokensOptions(legend: SemanticSpan.legend, full: true, range: true),
      inlayHintProvider: true,
      diagnosticProvider: client.pullsDiagnostics
        ? DiagnosticOptions(identifier: serverName, interFileDependencies: true, workspaceDiagnostics: false)
        : nil,
      workspace: WorkspaceServerCapabilities(
        workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true)
      )
    )
  }
}
