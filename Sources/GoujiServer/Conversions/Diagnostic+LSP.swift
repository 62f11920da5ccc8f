import GoujiJSON
import GoujiRules
import GoujiText
import LanguageServerProtocol

extension ReportDiagnostic {
  /// The diagnostic as the client shows it. `index` is its place in the analysis, kept in `data` for code actions.
  func lsp(index: Int, in context: ConversionContext) -> LSPDiagnostic {
    LSPDiagnostic(
      range: context.range(range),
      severity: severity.lsp,
      code: .string(code),
      codeDescription: context.diagnosticFields.codeDescription
        ? RuleRegistry.rule(code).map { CodeDescription(href: $0.metadata.documentationURL) } : nil,
      source: ReportDiagnostic.source,
      message: message(in: context.language),
      relatedInformation: related.isEmpty || !context.diagnosticFields.relatedInformation
        ? nil : related.map { $0.lsp(in: context) },
      data: context.diagnosticFields.data ? Optional(dataJSON(index: index, in: context)) : nil
    )
  }

  /// `data`: which diagnostic it is, for code actions (``DiagnosticData``), and what it is about, for clients that
  /// read it (a balance finding's equation under `balance`).
  private func dataJSON(index: Int, in context: ConversionContext) -> JSONValue {
    let identity = DiagnosticData(code: code, version: context.version, index: index).json
    guard case .object(var members) = identity, let balance = data?.balance else { return identity }
    members["balance"] = balance.json
    return .object(members)
  }

  /// The `source` of every diagnostic gouji publishes.
  static let source = "gouji"
}

extension RelatedLocation {
  func lsp(in context: ConversionContext) -> DiagnosticRelatedInformation {
    DiagnosticRelatedInformation(
      location: Location(uri: context.uri, range: context.range(range)),
      message: message.text(context.language)
    )
  }
}

extension Severity {
  var lsp: DiagnosticSeverity {
    switch self {
    case .error: .error
    case .warning: .warning
    case .information: .information
    case .hint: .hint
    }
  }
}
