import GoujiAnalysis
import GoujiText
import LanguageServerProtocol

extension TextDocumentContentChangeEvent {
  /// The change as the analysis host applies it: the same range, in the negotiated unit, or none (the whole text).
  var documentChange: DocumentChange {
    DocumentChange(
      range: range.map { range in
        LineColumnRange(
          start: LineColumn(line: range.start.line, column: range.start.character),
          end: LineColumn(line: range.end.line, column: range.end.character)
        )
      },
      newText: text
    )
  }
}
