import GoujiJSON

/// `workspace/didChangeConfiguration`: settings changed. Many clients send `settings: null` and expect the server
/// to ask again with `workspace/configuration`.
package struct DidChangeConfigurationNotification: LSPNotification {
  package static let method = "workspace/didChangeConfiguration"

  package var settings: JSONValue?

  package init(settings: JSONValue? = nil) {
    self.settings = settings
  }
}

/// `workspace/didChangeWatchedFiles`: files the server watches changed on disk.
package struct DidChangeWatchedFilesNotification: LSPNotification {
  package static let method = "workspace/didChangeWatchedFiles"

  package var changes: [FileEvent]

  package init(changes: [FileEvent]) {
    self.changes = changes
  }
}

/// `workspace/didChangeWorkspaceFolders`: folders were added to or removed from the workspace.
package struct DidChangeWorkspaceFoldersNotification: LSPNotification {
  package static let method = "workspace/didChangeWorkspaceFolders"

  package var event: WorkspaceFoldersChangeEvent

  package init(event: WorkspaceFoldersChangeEvent) {
    self.event = event
  }
}

/// The folders added and removed in a ``DidChangeWorkspaceFoldersNotification``.
package struct WorkspaceFoldersChangeEvent: Codable, Hashable, Sendable {
  package var added: [WorkspaceFolder]
  package var removed: [WorkspaceFolder]

  package init(added: [WorkspaceFolder] = [], removed: [WorkspaceFolder] = []) {
    self.added = added
    self.removed = removed
  }
}
