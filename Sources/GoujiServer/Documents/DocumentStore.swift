import LanguageServerProtocol

/// The documents the client has open, by URI.
struct DocumentStore {
  private var documents: [DocumentURI: Document] = [:]

  subscript(uri: DocumentURI) -> Document? {
    get { documents[uri] }
    set { documents[uri] = newValue }
  }

  /// The URIs of the open documents, sorted (so that every search over them is deterministic).
  var uris: [DocumentURI] {
    documents.keys.sorted()
  }

  var isEmpty: Bool {
    documents.isEmpty
  }

  /// Closes `uri`; returns whether it was open.
  @discardableResult
  mutating func close(_ uri: DocumentURI) -> Bool {
    documents.removeValue(forKey: uri) != nil
  }

  /// Drops every analysis, e.g. after a configuration change.
  mutating func invalidateAnalyses() {
    for uri in documents.keys {
      documents[uri]?.invalidateAnalysis()
    }
  }
}
