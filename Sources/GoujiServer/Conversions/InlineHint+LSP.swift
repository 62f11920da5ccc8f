import GoujiAnalysis
import LanguageServerProtocol

extension InlineHint {
  func lsp(in context: ConversionContext) -> InlayHint {
    InlayHint(
      position: context.position(offset),
      label: .string(label),
      tooltip: tooltip.map(StringOrMarkupContent.string),
      paddingLeft: true
    )
  }
}
