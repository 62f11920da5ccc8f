/// How documents are synchronised: the protocol's `TextDocumentSyncOptions`.
package struct TextDocumentSyncOptions: Codable, Hashable, Sendable {
  package var openClose: Bool?
  package var change: TextDocumentSyncKind?
  package var save: SaveOptions?

  package init(openClose: Bool? = nil, change: TextDocumentSyncKind? = nil, save: SaveOptions? = nil) {
    self.openClose = openClose
    self.change = change
    self.save = save
  }

  private enum CodingKeys: String, CodingKey {
    case openClose, change, save
  }

  /// Also reads the bare `TextDocumentSyncKind` form, and `save` given as a boolean.
  package init(from decoder: any Decoder) throws {
    if let kind = try? decoder.singleValueContainer().decode(TextDocumentSyncKind.self) {
      self.init(openClose: true, change: kind)
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      openClose: container.lenient(Bool.self, forKey: .openClose),
      change: container.lenient(TextDocumentSyncKind.self, forKey: .change),
      save: container.lenientOptions(SaveOptions(), forKey: .save)
    )
  }
}

/// How `textDocument/didChange` carries changes: not at all (0), as the full text (1) or incrementally (2).
package struct TextDocumentSyncKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let none = TextDocumentSyncKind(rawValue: 0)
  package static let full = TextDocumentSyncKind(rawValue: 1)
  package static let incremental = TextDocumentSyncKind(rawValue: 2)
}

/// Whether `textDocument/didSave` should carry the saved text.
package struct SaveOptions: Codable, Hashable, Sendable {
  package var includeText: Bool?

  package init(includeText: Bool? = nil) {
    self.includeText = includeText
  }
}

/// The server's completion support.
package struct CompletionOptions: Codable, Hashable, Sendable {
  package var triggerCharacters: [String]?
  package var resolveProvider: Bool?

  package init(triggerCharacters: [String]? = nil, resolveProvider: Bool? = nil) {
    self.triggerCharacters = triggerCharacters
    self.resolveProvider = resolveProvider
  }
}

/// The server's code action support.
package struct CodeActionOptions: Codable, Hashable, Sendable {
  package var codeActionKinds: [CodeActionKind]?
  package var resolveProvider: Bool?

  package init(codeActionKinds: [CodeActionKind]? = nil, resolveProvider: Bool? = nil) {
    self.codeActionKinds = codeActionKinds
    self.resolveProvider = resolveProvider
  }
}

/// The server's pull-diagnostics support.
package struct DiagnosticOptions: Codable, Hashable, Sendable {
  /// Distinguishes these diagnostics from other pull providers of the same client.
  package var identifier: String?
  /// Whether editing one document can change the diagnostics of another.
  package var interFileDependencies: Bool
  /// Whether the server answers `workspace/diagnostic`.
  package var workspaceDiagnostics: Bool

  package init(identifier: String? = nil, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
    self.identifier = identifier
    self.interFileDependencies = interFileDependencies
    self.workspaceDiagnostics = workspaceDiagnostics
  }
}

/// The commands the server runs through `workspace/executeCommand`.
package struct ExecuteCommandOptions: Codable, Hashable, Sendable {
  package var commands: [String]

  package init(commands: [String]) {
    self.commands = commands
  }
}
