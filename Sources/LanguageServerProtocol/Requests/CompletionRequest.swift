/// `textDocument/completion`: proposals for what to type at `position` (`CompletionParams`).
package struct CompletionRequest: LSPRequest {
  package static let method = "textDocument/completion"
  package typealias Response = CompletionList?

  package var textDocument: TextDocumentIdentifier
  package var position: Position
  package var context: CompletionContext?

  package init(textDocument: TextDocumentIdentifier, position: Position, context: CompletionContext? = nil) {
    self.textDocument = textDocument
    self.position = position
    self.context = context
  }
}

/// Why completion was requested.
package struct CompletionContext: Codable, Hashable, Sendable {
  package var triggerKind: CompletionTriggerKind
  /// The character typed, when `triggerKind` is ``CompletionTriggerKind/triggerCharacter``.
  package var triggerCharacter: String?

  package init(triggerKind: CompletionTriggerKind, triggerCharacter: String? = nil) {
    self.triggerKind = triggerKind
    self.triggerCharacter = triggerCharacter
  }
}
