import GoujiJSON

/// What the server offers, sent in the result of `initialize`. Absent members mean "not offered".
package struct ServerCapabilities: Codable, Hashable, Sendable {
  package var positionEncoding: PositionEncodingKind?
  package var textDocumentSync: TextDocumentSyncOptions?
  package var hoverProvider: Bool?
  package var completionProvider: CompletionOptions?
  package var codeActionProvider: CodeActionOptions?
  package var documentSymbolProvider: Bool?
  package var foldingRangeProvider: Bool?
  package var semanticTokensProvider: SemanticTokensOptions?
  package var inlayHintProvider: Bool?
  package var diagnosticProvider: DiagnosticOptions?
  package var executeCommandProvider: ExecuteCommandOptions?
  package var workspace: WorkspaceServerCapabilities?

  package init(
    positionEncoding: PositionEncodingKind? = nil,
    textDocumentSync: TextDocumentSyncOptions? = nil,
    hoverProvider: Bool? = nil,
    completionProvider: CompletionOptions? = nil,
    codeActionProvider: CodeActionOptions? = nil,
    documentSymbolProvider: Bool? = nil,
    foldingRangeProvider: Bool? = nil,
    semanticTokensProvider: SemanticTokensOptions? = nil,
    inlayHintProvider: Bool? = nil,
    diagnosticProvider: DiagnosticOptions? = nil,
    executeCommandProvider: ExecuteCommandOptions? = nil,
    workspace: WorkspaceServerCapabilities? = nil
  ) {
    self.positionEncoding = positionEncoding
    self.textDocumentSync = textDocumentSync
    self.hoverProvider = hoverProvider
    self.completionProvider = completionProvider
    self.codeActionProvider = codeActionProvider
    self.documentSymbolProvider = documentSymbolProvider
    self.foldingRangeProvider = foldingRangeProvider
    self.semanticTokensProvider = semanticTokensProvider
    self.inlayHintProvider = inlayHintProvider
    self.diagnosticProvider = diagnosticProvider
    self.executeCommandProvider = executeCommandProvider
    self.workspace = workspace
  }

  enum CodingKeys: String, CodingKey {
    case positionEncoding, textDocumentSync, hoverProvider, completionProvider, codeActionProvider
    case documentSymbolProvider, foldingRangeProvider, semanticTokensProvider, inlayHintProvider
    case diagnosticProvider, executeCommandProvider, workspace
  }

  /// Reads every member leniently: a `boolean | Options` member given as options counts as `true`, a
  /// `TextDocumentSyncKind` number stands for `{openClose: true, change: n}`, and a member of an unexpected shape is
  /// dropped instead of failing the whole result.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    positionEncoding = container.lenient(PositionEncodingKind.self, forKey: .positionEncoding)
    textDocumentSync = container.lenient(TextDocumentSyncOptions.self, forKey: .textDocumentSync)
    hoverProvider = container.providerFlag(forKey: .hoverProvider)
    completionProvider = container.lenient(CompletionOptions.self, forKey: .completionProvider)
    codeActionProvider = container.lenientOptions(CodeActionOptions(), forKey: .codeActionProvider)
    documentSymbolProvider = container.providerFlag(forKey: .documentSymbolProvider)
    foldingRangeProvider = container.providerFlag(forKey: .foldingRangeProvider)
    semanticTokensProvider = container.lenient(SemanticTokensOptions.self, forKey: .semanticTokensProvider)
    inlayHintProvider = container.providerFlag(forKey: .inlayHintProvider)
    diagnosticProvider = container.lenient(DiagnosticOptions.self, forKey: .diagnosticProvider)
    executeCommandProvider = container.lenient(ExecuteCommandOptions.self, forKey: .executeCommandProvider)
    workspace = container.lenient(WorkspaceServerCapabilities.self, forKey: .workspace)
  }
}

extension KeyedDecodingContainer {
  /// The value for `key`, or `nil` when it is absent, `null` or of another shape.
  func lenient<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
    (try? decodeIfPresent(T.self, forKey: key)) ?? nil
  }

  /// A `boolean | Options` member as a flag: an options object counts as `true`.
  func providerFlag(forKey key: Key) -> Bool? {
    guard let value = lenient(JSONValue.self, forKey: key), !value.isNull else { return nil }
    return value.boolValue ?? true
  }

  /// A `boolean | Options` member as options: `true` gives `defaults`, `false` gives `nil`.
  func lenientOptions<T: Decodable>(_ defaults: T, forKey key: Key) -> T? {
    if let flag = lenient(Bool.self, forKey: key) { return flag ? defaults : nil }
    return lenient(T.self, forKey: key)
  }
}
