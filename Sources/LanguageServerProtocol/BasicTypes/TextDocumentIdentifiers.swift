/// Names a document.
package struct TextDocumentIdentifier: Codable, Hashable, Sendable {
  package var uri: DocumentURI

  package init(uri: DocumentURI) {
    self.uri = uri
  }
}

/// Names a document at a version the client assigned.
package struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var version: Int

  package init(uri: DocumentURI, version: Int) {
    self.uri = uri
    self.version = version
  }
}

/// Names a document at a version, or at whatever is on disk when `version` is `null`.
///
/// `version` is required but nullable in the protocol, so `null` is written explicitly.
package struct OptionalVersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var version: Int?

  package init(uri: DocumentURI, version: Int?) {
    self.uri = uri
    self.version = version
  }

  private enum CodingKeys: String, CodingKey {
    case uri, version
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(uri, forKey: .uri)
    try container.encode(version, forKey: .version)
  }
}

/// A document the client opened, with its full text.
package struct TextDocumentItem: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var languageId: String
  package var version: Int
  package var text: String

  package init(uri: DocumentURI, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }
}

/// One change in `textDocument/didChange`: the whole new text when `range` is absent, otherwise a replacement of
/// `range` (in the text as left by the previous change). The deprecated `rangeLength` is ignored.
package struct TextDocumentContentChangeEvent: Codable, Hashable, Sendable {
  package var range: LSPRange?
  package var text: String

  package init(range: LSPRange? = nil, text: String) {
    self.range = range
    self.text = text
  }
}
