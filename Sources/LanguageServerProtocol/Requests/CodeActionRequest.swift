/// `textDocument/codeAction`: fixes and refactorings for `range` (`CodeActionParams`).
package struct CodeActionRequest: LSPRequest {
  package static let method = "textDocument/codeAction"
  package typealias Response = [CodeAction]?

  package var textDocument: TextDocumentIdentifier
  package var range: LSPRange
  package var context: CodeActionContext

  package init(textDocument: TextDocumentIdentifier, range: LSPRange, context: CodeActionContext) {
    self.textDocument = textDocument
    self.range = range
    self.context = context
  }
}

/// What the client knows when asking for code actions.
package struct CodeActionContext: Codable, Hashable, Sendable {
  /// The diagnostics overlapping the range, as the client holds them (with their `data`).
  package var diagnostics: [Diagnostic]
  /// When present, only actions of these kinds (or their sub-kinds) are wanted.
  package var only: [CodeActionKind]?
  package var triggerKind: CodeActionTriggerKind?

  package init(
    diagnostics: [Diagnostic] = [],
    only: [CodeActionKind]? = nil,
    triggerKind: CodeActionTriggerKind? = nil
  ) {
    self.diagnostics = diagnostics
    self.only = only
    self.triggerKind = triggerKind
  }
}

/// Whether code actions were asked for explicitly (1) or automatically, e.g. for the light bulb (2).
package struct CodeActionTriggerKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let invoked = CodeActionTriggerKind(rawValue: 1)
  package static let automatic = CodeActionTriggerKind(rawValue: 2)
}
