/// A replacement of a range of a document with new text.
package struct TextEdit: Codable, Hashable, Sendable {
  package var range: LSPRange
  package var newText: String

  package init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// A completion edit that the client may apply either by inserting or by replacing.
package struct InsertReplaceEdit: Codable, Hashable, Sendable {
  package var newText: String
  package var insert: LSPRange
  package var replace: LSPRange

  package init(newText: String, insert: LSPRange, replace: LSPRange) {
    self.newText = newText
    self.insert = insert
    self.replace = replace
  }
}
