/// The icon of a completion item (1 text … 25 type parameter).
package struct CompletionItemKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let text = CompletionItemKind(rawValue: 1)
  package static let method = CompletionItemKind(rawValue: 2)
  package static let function = CompletionItemKind(rawValue: 3)
  package static let field = CompletionItemKind(rawValue: 5)
  package static let variable = CompletionItemKind(rawValue: 6)
  package static let module = CompletionItemKind(rawValue: 9)
  package static let property = CompletionItemKind(rawValue: 10)
  package static let value = CompletionItemKind(rawValue: 12)
  package static let keyword = CompletionItemKind(rawValue: 14)
  package static let snippet = CompletionItemKind(rawValue: 15)
  package static let file = CompletionItemKind(rawValue: 17)
  package static let reference = CompletionItemKind(rawValue: 18)
  package static let folder = CompletionItemKind(rawValue: 19)
  package static let enumMember = CompletionItemKind(rawValue: 20)
  package static let constant = CompletionItemKind(rawValue: 21)
}

/// Whether a completion's text is plain (1) or a snippet with `$1`/`${1:placeholder}` tab stops (2).
package struct InsertTextFormat: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let plainText = InsertTextFormat(rawValue: 1)
  package static let snippet = InsertTextFormat(rawValue: 2)
}

/// What made the client ask for completions.
package struct CompletionTriggerKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Typing an identifier, or an explicit request (Ctrl+Space).
  package static let invoked = CompletionTriggerKind(rawValue: 1)
  /// Typing one of the server's trigger characters.
  package static let triggerCharacter = CompletionTriggerKind(rawValue: 2)
  /// Re-asking because the previous list was incomplete.
  package static let triggerForIncompleteCompletions = CompletionTriggerKind(rawValue: 3)
}
