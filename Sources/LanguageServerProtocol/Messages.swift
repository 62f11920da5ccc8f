/// Every message this package supports, by direction. A method missing here is answered `MethodNotFound` (requests)
/// or ignored (notifications) by the server.
package enum Messages {
  /// Requests the client sends to the server.
  package static let clientRequests: [any LSPRequest.Type] = [
    InitializeRequest.self,
    ShutdownRequest.self,
    DocumentDiagnosticRequest.self,
    HoverRequest.self,
    CompletionRequest.self,
    CodeActionRequest.self,
    CodeActionResolveRequest.self,
    DocumentSymbolRequest.self,
    FoldingRangeRequest.self,
    SemanticTokensFullRequest.self,
    SemanticTokensRangeRequest.self,
    InlayHintRequest.self,
    ExecuteCommandRequest.self,
  ]

  /// Requests the server sends to the client.
  package static let serverRequests: [any LSPRequest.Type] = [
    ConfigurationRequest.self,
    RegisterCapabilityRequest.self,
    ApplyEditRequest.self,
    DiagnosticRefreshRequest.self,
  ]

  /// Notifications the client sends to the server.
  package static let clientNotifications: [any LSPNotification.Type] = [
    InitializedNotification.self,
    ExitNotification.self,
    CancelRequestNotification.self,
    SetTraceNotification.self,
    DidOpenTextDocumentNotification.self,
    DidChangeTextDocumentNotification.self,
    DidCloseTextDocumentNotification.self,
    DidSaveTextDocumentNotification.self,
    DidChangeConfigurationNotification.self,
    DidChangeWatchedFilesNotification.self,
    DidChangeWorkspaceFoldersNotification.self,
  ]

  /// Notifications the server sends to the client (`$/cancelRequest` goes both ways).
  package static let serverNotifications: [any LSPNotification.Type] = [
    PublishDiagnosticsNotification.self,
    LogMessageNotification.self,
    ShowMessageNotification.self,
    CancelRequestNotification.self,
  ]

  /// The client-to-server request type for `method`, if supported.
  package static func clientRequest(named method: String) -> (any LSPRequest.Type)? {
    clientRequests.first { $0.method == method }
  }

  /// The client-to-server notification type for `method`, if supported.
  package static func clientNotification(named method: String) -> (any LSPNotification.Type)? {
    clientNotifications.first { $0.method == method }
  }
}
