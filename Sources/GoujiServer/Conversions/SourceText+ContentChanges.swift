import GoujiAnalysis
import GoujiSyntax
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

extension Report {
  /// The reading after the changes of one `textDocument/didChange`: each range change re-reads only the section it
  /// touched when it cannot change the report's structure (``Analyzer/reread(_:after:)``); a change without a
  /// range replaces the text and returns `nil` (read afresh on next use), and so does a change that needs a full
  /// read when `fullReads` is false.
  func applying(_ changes: [TextDocumentContentChangeEvent], in unit: PositionUnit, fullReads: Bool = true) -> Report? {
    var report: Report? = self
    for change in changes {
      guard let current = report, let range = change.range else { return nil }
      let edit = ReportEdit(range: current.text.textRange(of: range, in: unit), newText: change.text)
      if !fullReads && !Analyzer.rereadsOnlyOneSection(current, after: edit) { return nil }
      report = Analyzer.reread(current, after: edit)
    }
    return report
  }
}
