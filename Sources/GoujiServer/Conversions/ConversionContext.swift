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
