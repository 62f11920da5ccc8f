/// A replacement of one range of a text with new text.
package struct TextEdit: Hashable, Sendable {
  package var range: TextRange
  package var newText: String

  package init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

extension SourceText {
  /// Applies edits one after another, each range referring to the text the previous edits produced (the semantics
  /// of an LSP `didChange` notification with several content changes).
  package func applyingSequentially(_ edits: [TextEdit]) -> SourceText {
    edits.reduce(self) { text, edit in text.replacing(edit.range, with: edit.newText) }
  }

  /// Applies edits whose ranges all refer to this text (the semantics of an LSP `WorkspaceEdit` or a fix).
  ///
  /// Overlapping edits cannot be applied together: the later of two overlapping edits (in text order) is dropped
  /// and returned in `skipped`. Insertions at the same offset keep their given order.
  package func applyingSimultaneously(_ edits: [TextEdit]) -> (text: SourceText, skipped: [TextEdit]) {
    let ordered = edits.enumerated().sorted { a, b in
      (a.element.range.start, a.element.range.end, a.offset) < (b.element.range.start, b.element.range.end, b.offset)
    }.map(\.element)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var cursor = 0
    var skipped: [TextEdit] = []
    for edit in ordered {
      let range = clamp(edit.range)
      if range.start < cursor {
        skipped.append(edit)
        continue
      }
      result.append(contentsOf: bytes[cursor..<range.start])
      result.append(contentsOf: edit.newText.utf8)
      cursor = range.end
    }
    result.append(contentsOf: bytes[cursor...])
    return (SourceText(bytes: result), skipped)
  }
}
