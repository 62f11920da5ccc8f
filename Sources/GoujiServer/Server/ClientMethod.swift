import LanguageServerProtocol

/// Every client request of the protocol registry (`Messages.clientRequests`), as a value the dispatch can switch
/// over exhaustively. A test checks that the two lists agree.
enum ClientRequestMethod: CaseIterable {
  case initialize, shutdown
  case documentDiagnostic, hover, completion, codeAction, codeActionResolve, documentSymbol, foldingRange
  case semanticTokensFull, semanticTokensRange, inlayHint, executeCommand

  var type: any LSPRequest.Type {
    switch self {
    case .initialize: InitializeRequest.self
    case .shutdown: ShutdownRequest.self
    case .documentDiagnostic: DocumentDiagnosticRequest.self
    case .hover: HoverRequest.self
    case .completion: CompletionRequest.self
    case .codeAction: CodeActionRequest.self
    case .codeActionResolve: CodeActionResolveRequest.self
    case .documentSymbol: DocumentSymbolRequest.self
    case .foldingRange: FoldingRangeRequest.self
    case .semanticTokensFull: SemanticTokensFullRequest.self
    case .semanticTokensRange: SemanticTokensRangeRequest.self
    case .inlayHint: InlayHintRequest.self
    case .executeCommand: ExecuteCommandRequest.self
    }
  }

  private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.type.method, $0) })

  init?(_ method: String) {
    guard let value = Self.byName[method] else { return nil }
    self = value
  }
}

/// Every client notification of the protocol registry (`Messages.clientNotifications`).
enum ClientNotificationMethod: CaseIterable {
  case initialized, exit, cancelRequest, setTrace
  case didOpen, didChange, didClose, didSave
  case didChangeConfiguration, didChangeWatchedFiles, didChangeWorkspaceFolders

  var type: any LSPNotification.Type {
    switch self {
    case .initialized: InitializedNotification.self
    case .exit: ExitNotification.self
    case .cancelRequest: CancelRequestNotification.self
    case .setTrace: SetTraceNotification.self
    case .didOpen: DidOpenTextDocumentNotification.self
    case .didChange: DidChangeTextDocumentNotification.self
    case .didClose: DidCloseTextDocumentNotification.self
    case .didSave: DidSaveTextDocumentNotification.self
    case .didChangeConfiguration: DidChangeConfigurationNotification.self
    case .didChangeWatchedFiles: DidChangeWatchedFilesNotification.self
    case .didChangeWorkspaceFolders: DidChangeWorkspaceFoldersNotification.self
    }
  }

  private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.type.method, $0) })

  init?(_ method: String) {
    guard let value = Self.byName[method] else { return nil }
    self = value
  }
}
