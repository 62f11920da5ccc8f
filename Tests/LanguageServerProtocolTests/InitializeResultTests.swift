import LanguageServerProtocol
import Testing

@Suite struct InitializeResultTests {
  /// Everything gouji announces, in one result.
  static let fullResult = InitializeResult(
    capabilities: ServerCapabilities(
      positionEncoding: .utf8,
      textDocumentSync: TextDocumentSyncOptions(
        openClose: true,
        change: .incremental,
        save: SaveOptions(includeText: false)
      ),
      hoverProvider: true,
      completionProvider: CompletionOptions(triggerCharacters: ["第", "《"], resolveProvider: false),
      codeActionProvider: CodeActionOptions(codeActionKinds: [.quickFix, .sourceFixAllGouji], resolveProvider: true),
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: SemanticTokensOptions(
        legend: SemanticTokensLegend(tokenTypes: ["keyword", "number"], tokenModifiers: ["declaration"]),
        full: true,
        range: true
      ),
      inlayHintProvider: true,
      diagnosticProvider: DiagnosticOptions(
        identifier: "gouji",
        interFileDependencies: false,
        workspaceDiagnostics: false
      ),
      executeCommandProvider: ExecuteCommandOptions(commands: ["gouji.fixAll"]),
      workspace: WorkspaceServerCapabilities(
        workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true)
      )
    ),
    serverInfo: ServerInfo(name: "gouji", version: "0.1.0")
  )

  static let fullResultJSON = #"""
    {
      "capabilities": {
        "positionEncoding": "utf-8",
        "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
        "hoverProvider": true,
        "completionProvider": {"triggerCharacters": ["第", "《"], "resolveProvider": false},
        "codeActionProvider": {"codeActionKinds": ["quickfix", "source.fixAll.gouji"], "resolveProvider": true},
        "documentSymbolProvider": true,
        "foldingRangeProvider": true,
        "semanticTokensProvider": {
          "legend": {"tokenTypes": ["keyword", "number"], "tokenModifiers": ["declaration"]},
          "full": true,
          "range": true
        },
        "inlayHintProvider": true,
        "diagnosticProvider": {"identifier": "gouji", "interFileDependencies": false, "workspaceDiagnostics": false},
        "executeCommandProvider": {"commands": ["gouji.fixAll"]},
        "workspace": {"workspaceFolders": {"supported": true, "changeNotifications": true}}
      },
      "serverInfo": {"name": "gouji", "version": "0.1.0"}
    }
    """#

  @Test func fullResultRoundTrips() throws {
    try expectResponse(InitializeRequest.self, Self.fullResult, Self.fullResultJSON)
  }

  @Test func emptyCapabilitiesOmitEverything() throws {
    try expectRoundTrip(InitializeResult(capabilities: ServerCapabilities()), #"{"capabilities":{}}"#)
  }

  @Test func alternativeShapesDecodeLeniently() throws {
    let capabilities = try decode(
      ServerCapabilities.self,
      #"""
      {
        "textDocumentSync": 1,
        "hoverProvider": {"workDoneProgress": true},
        "codeActionProvider": true,
        "documentSymbolProvider": false,
        "inlayHintProvider": {"resolveProvider": false},
        "semanticTokensProvider": {"legend": {"tokenTypes": [], "tokenModifiers": []}, "full": {"delta": true}},
        "workspace": {"workspaceFolders": {"supported": true, "changeNotifications": "gouji-folders"}},
        "foldingRangeProvider": "unexpected",
        "somethingNew": {"x": 1}
      }
      """#
    )
    #expect(capabilities.textDocumentSync == TextDocumentSyncOptions(openClose: true, change: .full))
    #expect(capabilities.hoverProvider == true)
    #expect(capabilities.codeActionProvider == CodeActionOptions())
    #expect(capabilities.documentSymbolProvider == false)
    #expect(capabilities.inlayHintProvider == true)
    #expect(capabilities.semanticTokensProvider?.full == true)
    #expect(capabilities.semanticTokensProvider?.range == nil)
    #expect(capabilities.workspace?.workspaceFolders?.changeNotifications == true)
    #expect(capabilities.foldingRangeProvider == true)
  }

  @Test func saveGivenAsBooleanDecodes() throws {
    let sync = try decode(TextDocumentSyncOptions.self, #"{"openClose":true,"change":2,"save":true}"#)
    #expect(sync.save == SaveOptions())
  }
}
