import LanguageServerProtocol
import Testing

@Suite struct CodeActionTests {
  static let diagnostic = Diagnostic(range: range(1, 0, 2), severity: .error, code: "GJ001", message: "m", data: [1])
  static let diagnosticJSON = #"{"range":\#(rangeJSON(1, 0, 2)),"severity":1,"code":"GJ001","message":"m","data":[1]}"#

  static let action = CodeAction(
    title: "改为全角括号",
    kind: .quickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: WorkspaceEdit(
      changes: ["file:///c.txt": [TextEdit(range: range(1, 0, 2), newText: "（）")]],
      documentChanges: [
        TextDocumentEdit(
          textDocument: OptionalVersionedTextDocumentIdentifier(uri: "file:///c.txt", version: 3),
          edits: [TextEdit(range: range(1, 0, 2), newText: "（）")]
        )
      ]
    ),
    command: Command(title: "Re-check", command: "gouji.recheck", arguments: ["file:///c.txt", 3]),
    data: ["id": "GJ001"]
  )

  static let actionJSON = #"""
    {
      "title": "改为全角括号",
      "kind": "quickfix",
      "diagnostics": [\#(diagnosticJSON)],
      "isPreferred": true,
      "edit": {
        "changes": {"file:///c.txt": [{"range": \#(rangeJSON(1, 0, 2)), "newText": "（）"}]},
        "documentChanges": [{
          "textDocument": {"uri": "file:///c.txt", "version": 3},
          "edits": [{"range": \#(rangeJSON(1, 0, 2)), "newText": "（）"}]
        }]
      },
      "command": {"title": "Re-check", "command": "gouji.recheck", "arguments": ["file:///c.txt", 3]},
      "data": {"id": "GJ001"}
    }
    """#

  @Test func codeActionRequestWithFullContext() throws {
    try expectMessage(
      CodeActionRequest(
        textDocument: TextDocumentIdentifier(uri: "file:///c.txt"),
        range: range(1, 0, 2),
        context: CodeActionContext(diagnostics: [Self.diagnostic], only: [.quickFix], triggerKind: .invoked)
      ),
      method: "textDocument/codeAction",
      params: #"""
        {"textDocument":{"uri":"file:///c.txt"},"range":\#(rangeJSON(1, 0, 2)),
         "context":{"diagnostics":[\#(Self.diagnosticJSON)],"only":["quickfix"],"triggerKind":1}}
        """#
    )
  }

  @Test func codeActionResults() throws {
    try expectResponse(CodeActionRequest.self, [Self.action], "[\(Self.actionJSON)]")
    try expectResponse(CodeActionRequest.self, nil, "null")
  }

  @Test func resolveParamsAreTheBareCodeAction() throws {
    let unresolved = CodeAction(title: "Fix all", kind: .sourceFixAllGouji, data: ["uri": "file:///c.txt"])
    try expectMessage(
      CodeActionResolveRequest(codeAction: unresolved),
      method: "codeAction/resolve",
      params: #"{"title":"Fix all","kind":"source.fixAll.gouji","data":{"uri":"file:///c.txt"}}"#
    )
    try expectResponse(CodeActionResolveRequest.self, Self.action, Self.actionJSON)
  }

  @Test func disabledActionAndNullVersion() throws {
    let action = CodeAction(
      title: "t",
      disabled: CodeActionDisabled(reason: "stale"),
      edit: WorkspaceEdit(documentChanges: [
        TextDocumentEdit(
          textDocument: OptionalVersionedTextDocumentIdentifier(uri: "file:///c", version: nil),
          edits: []
        )
      ])
    )
    try expectRoundTrip(
      action,
      #"""
      {"title":"t","disabled":{"reason":"stale"},
       "edit":{"documentChanges":[{"textDocument":{"uri":"file:///c","version":null},"edits":[]}]}}
      """#
    )
  }

  @Test func kindsNest() {
    #expect(CodeActionKind.sourceFixAllGouji.isWithin(.sourceFixAll))
    #expect(CodeActionKind.sourceFixAllGouji.isWithin(.source))
    #expect(CodeActionKind.sourceFixAllGouji.isWithin(.empty))
    #expect(!CodeActionKind.sourceFixAll.isWithin(.sourceFixAllGouji))
    #expect(!CodeActionKind(rawValue: "sourceX").isWithin(.source))
    #expect(CodeActionKind.quickFix.rawValue == "quickfix")
    #expect(CodeActionKind.sourceFixAll.rawValue == "source.fixAll")
  }
}
