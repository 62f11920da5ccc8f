/// A URI naming a document, as the client sent it (`file:///...`, `untitled:...`). Kept verbatim: clients compare
/// URIs as strings, so re-encoding one could make it name a different document.
package typealias DocumentURI = String

/// A zero-based line and character offset. The unit of `character` is the negotiated position encoding
/// (UTF-16 code units unless the client and server agreed on another).
package struct Position: Codable, Hashable, Sendable, Comparable {
  package var line: Int
  package var character: Int

  package init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  package static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

/// A range of positions, end exclusive: the protocol's `Range`.
///
/// Named `LSPRange` so that importing this module does not shadow the standard library's `Range`.
package struct LSPRange: Codable, Hashable, Sendable {
  package var start: Position
  package var end: Position

  package init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }

  /// The empty range at `position`.
  package init(at position: Position) {
    self.init(start: position, end: position)
  }
}

/// A range inside a document.
package struct Location: Codable, Hashable, Sendable {
  package var uri: DocumentURI
  package var range: LSPRange

  package init(uri: DocumentURI, range: LSPRange) {
    self.uri = uri
    self.range = range
  }
}
