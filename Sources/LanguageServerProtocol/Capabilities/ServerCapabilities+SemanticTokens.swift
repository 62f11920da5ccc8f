/// The server's semantic highlighting support.
package struct SemanticTokensOptions: Codable, Hashable, Sendable {
  package var legend: SemanticTokensLegend
  /// Whether `textDocument/semanticTokens/full` is served (`full: {delta: true}` also reads as `true`).
  package var full: Bool?
  /// Whether `textDocument/semanticTokens/range` is served.
  package var range: Bool?

  package init(legend: SemanticTokensLegend, full: Bool? = nil, range: Bool? = nil) {
    self.legend = legend
    self.full = full
    self.range = range
  }

  private enum CodingKeys: String, CodingKey {
    case legend, full, range
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    legend = try container.decode(SemanticTokensLegend.self, forKey: .legend)
    full = container.providerFlag(forKey: .full)
    range = container.providerFlag(forKey: .range)
  }
}

/// The server's workspace capabilities.
package struct WorkspaceServerCapabilities: Codable, Hashable, Sendable {
  package var workspaceFolders: WorkspaceFoldersServerCapabilities?

  package init(workspaceFolders: WorkspaceFoldersServerCapabilities? = nil) {
    self.workspaceFolders = workspaceFolders
  }
}

/// Whether the server handles several workspace folders and wants to hear when they change.
package struct WorkspaceFoldersServerCapabilities: Codable, Hashable, Sendable {
  package var supported: Bool?
  /// Written as a boolean; a registration id string (which the protocol also allows) reads as `true`.
  package var changeNotifications: Bool?

  package init(supported: Bool? = nil, changeNotifications: Bool? = nil) {
    self.supported = supported
    self.changeNotifications = changeNotifications
  }

  private enum CodingKeys: String, CodingKey {
    case supported, changeNotifications
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    supported = container.lenient(Bool.self, forKey: .supported)
    changeNotifications = container.providerFlag(forKey: .changeNotifications)
  }
}
