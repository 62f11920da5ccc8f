import GoujiText

/// Where a piece of extracted text came from in the document's structure. Numbers are 1-based.
package enum DocumentLocation: Equatable, Sendable {
  /// The N-th paragraph outside tables (an empty paragraph counts).
  case paragraph(Int)
  /// A table cell: the T-th table, its R-th row, its C-th grid column.
  case cell(table: Int, row: Int, column: Int)
}

/// A range of the extracted text and the place in the document it came from.
package struct DocumentPlace: Equatable, Sendable {
  package var range: TextRange
  package var location: DocumentLocation
}

/// A document as text in the form the reader reads exactly (one table row per line, cells separated by TAB,
/// merged cells as empty fields), with a map from the text back to the document's structure.
package struct ExtractedDocument: Equatable, Sendable {
  package var text: String
  /// In text order; ranges do not overlap.
  package var places: [DocumentPlace]
  /// Whether any paragraph or cell holds a letter or an ideograph (pictures' trace lines not counted): a document
  /// without is a scan or pictures, with nothing to read.
  package var holdsText: Bool

  /// A document's text; `holdsText` is decided from `text` when not given.
  package init(text: String, places: [DocumentPlace], holdsText: Bool? = nil) {
    self.text = text
    self.places = places
    self.holdsText = holdsText ?? Self.hasLetters(text)
  }

  /// Whether `text` holds a letter or an ideograph.
  package static func hasLetters(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: \.properties.isAlphabetic)
  }

  /// Where the text at `offset` (a UTF-8 offset) came from: the place whose range holds it, or an empty cell at it.
  package func location(at offset: Int) -> DocumentLocation? {
    let low = places.partitionPoint { $0.range.start <= offset }
    guard low > 0 else { return nil }
    let place = places[low - 1]
    return place.range.contains(offset) || place.range.start == offset ? place.location : nil
  }
}

/// Writes blocks as text and records where each paragraph and cell landed.
struct DocumentLayout {
  private var text = ""
  private var offset = 0
  private var places: [DocumentPlace] = []
  private var paragraphCount = 0
  private var tableCount = 0
  private var holdsText = false

  static func extract(_ blocks: [DocumentBlock]) -> ExtractedDocument {
    var layout = DocumentLayout()
    for block in blocks {
      switch block {
      case .paragraph(let paragraph):
        layout.holdsText = layout.holdsText || ExtractedDocument.hasLetters(paragraph)
        layout.write(paragraph)
      case .table(let table):
        layout.holdsText = layout.holdsText || table.rows.joined().contains { ExtractedDocument.hasLetters($0 ?? "") }
        layout.write(table)
      case .picture(let name): layout.write(pictureTrace(name))
      }
    }
    return ExtractedDocument(text: layout.text, places: layout.places, holdsText: layout.holdsText)
  }

  private mutating func write(_ paragraph: String) {
    paragraphCount += 1
    let start = offset
    append(paragraph)
    places.append(DocumentPlace(range: TextRange(start: start, end: offset), location: .paragraph(paragraphCount)))
    append("\n")
  }

  private mutating func write(_ table: DocumentTable) {
    tableCount += 1
    for (rowIndex, row) in table.rows.enumerated() {
      for (columnIndex, cell) in row.enumerated() {
        if columnIndex > 0 { append("\t") }
        let start = offset
        append(Self.cellText(cell ?? ""))
        let location = DocumentLocation.cell(table: tableCount, row: rowIndex + 1, column: columnIndex + 1)
        places.append(DocumentPlace(range: TextRange(start: start, end: offset), location: location))
      }
      append("\n")
    }
  }

  /// The line a picture standing alone in a paragraph is written as: `![](NAME)`, as Markdown writes a picture, when
  /// its file name is plain (printable ASCII without spaces or brackets, at most 80 characters), else `[IMG]`. The
  /// reader takes either, alone on its line, as a picture's trace (`PictureTrace` in GoujiSyntax), and no rule
  /// reports them as conversion leftovers.
  static func pictureTrace(_ name: String) -> String {
    let isPlain =
      !name.isEmpty && name.unicodeScalars.count <= 80
      && name.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) && !"()[]".unicodeScalars.contains($0) }
    return isPlain ? "![](\(name))" : "[IMG]"
  }

  /// A cell's text on one line: line breaks and TABs become spaces, runs of white space one space, the ends trimmed.
  static func cellText(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result += " " }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private mutating func append(_ string: String) {
    text += string
    offset += string.utf8.count
  }
}
