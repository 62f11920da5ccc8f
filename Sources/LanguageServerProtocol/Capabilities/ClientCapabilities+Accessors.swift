extension ClientCapabilities {
  /// `general.positionEncodings`, most preferred first. Empty means UTF-16 only.
  package var positionEncodings: [PositionEncodingKind] {
    strings("general", "positionEncodings").map(PositionEncodingKind.init(rawValue:))
  }

  /// `textDocument.publishDiagnostics.relatedInformation`.
  package var publishDiagnosticsRelatedInformation: Bool {
    flag("textDocument", "publishDiagnostics", "relatedInformation")
  }

  /// `textDocument.publishDiagnostics.versionSupport`: whether pushed diagnostics may name a document version.
  package var publishDiagnosticsVersionSupport: Bool {
    flag("textDocument", "publishDiagnostics", "versionSupport")
  }

  /// Whether `textDocument.diagnostic` is present: the client can pull diagnostics (`textDocument/diagnostic`).
  package var supportsPullDiagnostics: Bool {
    isPresent("textDocument", "diagnostic")
  }

  /// `textDocument.hover.contentFormat`, most preferred first. Empty means plain text only.
  package var hoverContentFormat: [MarkupKind] {
    strings("textDocument", "hover", "contentFormat").map(MarkupKind.init(rawValue:))
  }

  /// `textDocument.completion.completionItem.snippetSupport`.
  package var completionSnippetSupport: Bool {
    flag("textDocument", "completion", "completionItem", "snippetSupport")
  }

  /// Whether `textDocument.codeAction.codeActionLiteralSupport` is present: the client takes `CodeAction`s, not
  /// only `Command`s.
  package var codeActionLiteralSupport: Bool {
    isPresent("textDocument", "codeAction", "codeActionLiteralSupport")
  }

  /// `textDocument.codeAction.codeActionLiteralSupport.codeActionKind.valueSet`.
  package var codeActionKinds: [CodeActionKind] {
    strings("textDocument", "codeAction", "codeActionLiteralSupport", "codeActionKind", "valueSet")
      .map(CodeActionKind.init(rawValue:))
  }

  /// `textDocument.codeAction.resolveSupport.properties`: what `codeAction/resolve` may fill in lazily.
  package var codeActionResolveProperties: [String] {
    strings("textDocument", "codeAction", "resolveSupport", "properties")
  }

  /// `textDocument.semanticTokens`, or `nil` when the client does not do semantic highlighting.
  package var semanticTokens: SemanticTokensClientCapabilities? {
    guard let value = raw.value(at: "textDocument", "semanticTokens"), value.objectValue != nil else { return nil }
    return SemanticTokensClientCapabilities(ClientCapabilities(value))
  }

  /// `workspace.configuration`: whether the server may ask `workspace/configuration`.
  package var workspaceConfiguration: Bool {
    flag("workspace", "configuration")
  }

  /// `workspace.workspaceFolders`.
  package var workspaceFolders: Bool {
    flag("workspace", "workspaceFolders")
  }

  /// `workspace.didChangeConfiguration.dynamicRegistration`.
  package var didChangeConfigurationDynamicRegistration: Bool {
    flag("workspace", "didChangeConfiguration", "dynamicRegistration")
  }

  /// `workspace.didChangeWatchedFiles.dynamicRegistration`.
  package var didChangeWatchedFilesDynamicRegistration: Bool {
    flag("workspace", "didChangeWatchedFiles", "dynamicRegistration")
  }

  /// `window.workDoneProgress`.
  package var workDoneProgress: Bool {
    flag("window", "workDoneProgress")
  }
}

/// The parts of the client's `textDocument.semanticTokens` capability that shape the server's tokens.
package struct SemanticTokensClientCapabilities: Hashable, Sendable {
  package var tokenTypes: [String]
  package var tokenModifiers: [String]
  package var formats: [String]
  /// `requests.full` is `true` or an object.
  package var full: Bool
  /// `requests.range` is `true` or an object.
  package var range: Bool
  package var multilineTokenSupport: Bool
  package var overlappingTokenSupport: Bool

  init(_ capabilities: ClientCapabilities) {
    tokenTypes = capabilities.strings("tokenTypes")
    tokenModifiers = capabilities.strings("tokenModifiers")
    formats = capabilities.strings("formats")
    full = capabilities.isPresent("requests", "full")
    range = capabilities.isPresent("requests", "range")
    multilineTokenSupport = capabilities.flag("multilineTokenSupport")
    overlappingTokenSupport = capabilities.flag("overlappingTokenSupport")
  }
}
