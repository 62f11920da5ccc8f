import GoujiJSON

/// A problem in a document, as shown by the client.
package struct Diagnostic: Codable, Hashable, Sendable {
  package var range: LSPRange
  package var severity: DiagnosticSeverity?
  package var code: DiagnosticCode?
  package var codeDescription: CodeDescription?
  /// Who reported it, e.g. `gouji`.
  package var source: String?
  package var message: String
  package var tags: [DiagnosticTag]?
  package var relatedInformation: [DiagnosticRelatedInformation]?
  /// Data the server gets back in `textDocument/codeAction` requests that quote this diagnostic.
  package var data: JSONValue?

  package init(
    range: LSPRange,
    severity: DiagnosticSeverity? = nil,
    code: DiagnosticCode? = nil,
    codeDescription: CodeDescription? = nil,
    source: String? = nil,
    message: String,
    tags: [DiagnosticTag]? = nil,
    relatedInformation: [DiagnosticRelatedInformation]? = nil,
    data: JSONValue? = nil
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.codeDescription = codeDescription
    self.source = source
    self.message = message
    self.tags = tags
    self.relatedInformation = relatedInformation
    self.data = data
  }
}

/// A link to documentation of a diagnostic's code.
package struct CodeDescription: Codable, Hashable, Sendable {
  package var href: String

  package init(href: String) {
    self.href = href
  }
}

/// Another location that explains a diagnostic, e.g. the first of two conflicting definitions.
package struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
  package var location: Location
  package var message: String

  package init(location: Location, message: String) {
    self.location = location
    self.message = message
  }
}
