/// A root folder open in the client.
package struct WorkspaceFolder: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var name: String

  package init(uri: DocumentURI, name: String) {
    self.uri = uri
    self.name = name
  }
}

/// A change to a file the client watches for the server.
package struct FileEvent: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var type: FileChangeType

  package init(uri: DocumentURI, type: FileChangeType) {
    self.uri = uri
    self.type = type
  }
}

/// Whether a watched file was created (1), changed (2) or deleted (3).
package struct FileChangeType: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let created = FileChangeType(rawValue: 1)
  package static let changed = FileChangeType(rawValue: 2)
  package static let deleted = FileChangeType(rawValue: 3)
}
