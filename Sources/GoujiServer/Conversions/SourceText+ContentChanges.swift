import GoujiText
import LanguageServerProtocol

extension SourceText {
  /// The text after the changes of one `textDocument/didChange`, applied in order: each change's range refers to
  /// the text the previous changes left, counted in `unit`; a change without a range replaces the whole text.
  /// Ranges outside the text are clamped.
  func applying(_ changes: [TextDocumentContentChangeEvent], in unit: PositionUnit) -> SourceText {
    changes.reduce(self) { text, change in
      guard let range = change.range else { return SourceText(change.text) }
      let edit = ReportEdit(range: text.textRange(of: range, in: unit), newText: change.text)
      return text.applyingSequentially([edit])
    }
  }
}
