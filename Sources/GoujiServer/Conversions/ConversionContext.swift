import GoujiRules
import GoujiText
import LanguageServerProtocol

/// What every conversion to the protocol needs: the document (URI, version, text), the negotiated position unit and
/// the language of messages.
struct ConversionContext {
  var uri: DocumentURI
  var version: Int
  var text: SourceText
  var unit: PositionUnit
  var language: Language
  /// The optional parts of a diagnostic the client declared it supports.
  var diagnosticFields = DiagnosticFields.all
  /// The most diagnostics listed for the document (``ServerOptions/listedDiagnosticsLimit``).
  var listedDiagnosticsLimit = ServerOptions.standardListedDiagnosticsLimit

  func range(_ range: TextRange) -> LSPRange {
    text.lspRange(of: range, in: unit)
  }

  func position(_ offset: Int) -> Position {
    text.position(of: offset, in: unit)
  }

  func offset(_ position: Position) -> Int {
    text.offset(of: position, in: unit)
  }

  func textRange(_ range: LSPRange) -> TextRange {
    text.textRange(of: range, in: unit)
  }
}

/// Optional members of an LSP diagnostic, sent only to clients that declared them
/// (`textDocument.publishDiagnostics.relatedInformation`, `codeDescriptionSupport`, `dataSupport`).
struct DiagnosticFields {
  var relatedInformation: Bool
  var codeDescription: Bool
  var data: Bool

  static let all = DiagnosticFields(relatedInformation: true, codeDescription: true, data: true)

  init(relatedInformation: Bool, codeDescription: Bool, data: Bool) {
    self.relatedInformation = relatedInformation
    self.codeDescription = codeDescription
    self.data = data
  }

  /// A client that pulls diagnostics takes them all (LSP 3.17 has no flags for pulled diagnostics); a client that
  /// is pushed to gets what `publishDiagnostics` declares.
  init(_ capabilities: ClientCapabilities) {
    if capabilities.supportsPullDiagnostics {
      self = .all
      return
    }
    relatedInformation = capabilities.publishDiagnosticsRelatedInformation
    codeDescription = capabilities.flag("textDocument", "publishDiagnostics", "codeDescriptionSupport")
    data = capabilities.flag("textDocument", "publishDiagnostics", "dataSupport")
  }
}
