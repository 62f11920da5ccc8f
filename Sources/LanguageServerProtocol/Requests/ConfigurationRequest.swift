import GoujiJSON

/// `workspace/configuration` (server to client): asks for settings; the result has one value per item, in order
/// (`null` for a section the client does not know).
package struct ConfigurationRequest: LSPRequest {
  package static let method = "workspace/configuration"
  package typealias Response = [JSONValue]

  package var items: [ConfigurationItem]

  package init(items: [ConfigurationItem]) {
    self.items = items
  }
}

/// One setting asked for: a `section` such as `gouji`, optionally as it applies to the resource `scopeUri`.
package struct ConfigurationItem: Codable, Hashable, Sendable {
  package var scopeUri: DocumentURI?
  package var section: String?

  package init(scopeUri: DocumentURI? = nil, section: String? = nil) {
    self.scopeUri = scopeUri
    self.section = section
  }
}
