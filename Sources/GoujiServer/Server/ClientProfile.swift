import GoujiText
import LanguageServerProtocol

/// What the server learnt about the client in `initialize` and decided from it.
struct ClientProfile {
  /// The negotiated position encoding.
  var unit = PositionUnit.utf16
  /// `initialize`'s `locale`, for the language of messages.
  var locale: String?
  /// Whether diagnostics are pulled (`textDocument/diagnostic`) instead of pushed.
  var pullsDiagnostics = false
  var markdownHover = false
  var snippets = false
  var documentChanges = false
  /// Whether the server may ask for settings with `workspace/configuration`.
  var workspaceConfiguration = false
  /// Whether the server may ask the client to pull all diagnostics again.
  var diagnosticRefresh = false
  var registersConfiguration = false
  var registersWatchedFiles = false
  /// Whether `codeAction/resolve` may fill in an action's edit (the fix-alls are then sent without it).
  var resolvesCodeActionEdits = false
  /// Which optional members of diagnostics to send.
  var diagnosticFields = DiagnosticFields.all

  init() {}

  init(_ request: InitializeRequest) {
    let capabilities = request.capabilities
    unit = PositionUnit.negotiated(from: capabilities.positionEncodings)
    locale = request.locale
    pullsDiagnostics = capabilities.supportsPullDiagnostics
    markdownHover = capabilities.hoverContentFormat.contains(.markdown)
    snippets = capabilities.completionSnippetSupport
    documentChanges = capabilities.flag("workspace", "workspaceEdit", "documentChanges")
    workspaceConfiguration = capabilities.workspaceConfiguration
    diagnosticRefresh = capabilities.flag("workspace", "diagnostics", "refreshSupport")
    registersConfiguration = capabilities.didChangeConfigurationDynamicRegistration
    registersWatchedFiles = capabilities.didChangeWatchedFilesDynamicRegistration
    diagnosticFields = DiagnosticFields(capabilities)
    resolvesCodeActionEdits = capabilities.codeActionResolveProperties.contains("edit")
  }
}
