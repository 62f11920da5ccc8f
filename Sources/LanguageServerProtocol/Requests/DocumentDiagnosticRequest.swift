/// `textDocument/diagnostic`: the client pulls a document's diagnostics (`DocumentDiagnosticParams`).
package struct DocumentDiagnosticRequest: LSPRequest {
  package static let method = "textDocument/diagnostic"
  package typealias Response = DocumentDiagnosticReport

  package var textDocument: TextDocumentIdentifier
  /// The ``DiagnosticOptions/identifier`` the server registered.
  package var identifier: String?
  /// The `resultId` of the report the client holds, so that the server may answer "unchanged".
  package var previousResultId: String?

  package init(textDocument: TextDocumentIdentifier, identifier: String? = nil, previousResultId: String? = nil) {
    self.textDocument = textDocument
    self.identifier = identifier
    self.previousResultId = previousResultId
  }
}

/// The answer to `textDocument/diagnostic`: a full list, or "unchanged since `resultId`".
package enum DocumentDiagnosticReport: Codable, Hashable, Sendable {
  case full(resultId: String?, items: [Diagnostic])
  case unchanged(resultId: String)

  private enum CodingKeys: String, CodingKey {
    case kind, resultId, items
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .kind) {
    case "unchanged":
      self = .unchanged(resultId: try container.decode(String.self, forKey: .resultId))
    case "full":
      self = .full(
        resultId: try container.decodeIfPresent(String.self, forKey: .resultId),
        items: try container.decode([Diagnostic].self, forKey: .items)
      )
    case let kind:
      throw DecodingError.dataCorruptedError(
        forKey: .kind,
        in: container,
        debugDescription: "unknown report kind \"\(kind)\""
      )
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .full(let resultId, let items):
      try container.encode("full", forKey: .kind)
      try container.encodeIfPresent(resultId, forKey: .resultId)
      try container.encode(items, forKey: .items)
    case .unchanged(let resultId):
      try container.encode("unchanged", forKey: .kind)
      try container.encode(resultId, forKey: .resultId)
    }
  }
}
