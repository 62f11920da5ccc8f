/// Reads a WordprocessingML document (.docx): the paragraphs and tables of `word/document.xml`, tables by
/// structure (`w:tr`, `w:tc`, `w:gridSpan`, `w:vMerge`, `w:gridBefore`/`w:gridAfter`).
package enum WordDocumentReader {
  /// The document's text and structure map, from the bytes of the .docx file.
  package static func read(_ bytes: [UInt8]) throws(DocumentError) -> ExtractedDocument {
    let archive = try ZipArchive(bytes)
    guard let entry = archive.entry(named: "word/document.xml") else {
      throw DocumentError("not a Word document (the archive has no word/document.xml)")
    }
    let xml = try archive.contents(of: entry)
    let root = MarkupTree.build(MarkupTokenizer.tokens(xml, dialect: .xml), dialect: .xml)
    guard let body = root.descendant(named: "w:body") else { throw DocumentError("word/document.xml has no body") }
    return DocumentLayout.extract(blocks(in: body))
  }

  /// The blocks of a body or table cell, looking through content controls and custom XML wrappers.
  static func blocks(in container: MarkupElement) -> [DocumentBlock] {
    var result: [DocumentBlock] = []
    for case .element(let child) in container.children {
      switch child.name {
      case "w:p": result.append(paragraph(child))
      case "w:tbl": result += table(child)
      case "w:sdt": result += child.element(named: "w:sdtContent").map { blocks(in: $0) } ?? []
      case "w:customXml", "w:ins", "w:moveTo": result += blocks(in: child)
      default: break
      }
    }
    return result
  }

  /// A table's rows by grid position; a table holding another table is layout, and its cells' contents are
  /// read as blocks in order instead.
  private static func table(_ table: MarkupElement) -> [DocumentBlock] {
    let rows = table.elements(named: "w:tr")
    let cells = rows.map(cells(of:))
    if cells.joined().contains(where: { $0.descendant(named: "w:tbl") != nil }) {
      return cells.joined().flatMap(blocks(in:))
    }
    var grid: [[String?]] = []
    for (row, rowCells) in zip(rows, cells) {
      let properties = row.element(named: "w:trPr")
      var slots: [String?] = Array(repeating: "", count: gridCount(properties, "w:gridBefore"))
      for cell in rowCells {
        let properties = cell.element(named: "w:tcPr")
        let span = min(max(gridCount(properties, "w:gridSpan"), 1), TableGridBuilder.maximumSpan)
        let merge = properties?.element(named: "w:vMerge")
        let continues = merge != nil && merge?.attributes["w:val"] != "restart"
        slots.append(continues ? nil : cellText(cell))
        slots += repeatElement(nil, count: span - 1)
      }
      slots += repeatElement("", count: gridCount(properties, "w:gridAfter"))
      grid.append(slots)
    }
    let width = grid.map(\.count).max() ?? 0
    return [.table(DocumentTable(rows: grid.map { $0 + repeatElement("", count: width - $0.count) }))]
  }

  /// The cells of a row, looking through content controls.
  private static func cells(of row: MarkupElement) -> [MarkupElement] {
    row.children.flatMap { node -> [MarkupElement] in
      guard case .element(let element) = node else { return [] }
      if element.name == "w:tc" { return [element] }
      if element.name == "w:sdt" || element.name == "w:customXml" {
        return (element.element(named: "w:sdtContent") ?? element).elements(named: "w:tc")
      }
      return []
    }
  }

  private static func cellText(_ cell: MarkupElement) -> String {
    blocks(in: cell).compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The `w:val` of a count property (`w:gridSpan`, `w:gridBefore`, `w:gridAfter`), 0 when absent.
  private static func gridCount(_ properties: MarkupElement?, _ name: String) -> Int {
    properties?.element(named: name)?.attributes["w:val"].flatMap { Int($0) }.map { max(0, $0) } ?? 0
  }

  /// Elements whose text is not part of the visible paragraph: deleted text, field instructions, properties,
  /// the alternative rendering of compatibility content, drawings.
  private static let hidden: Set<String> = [
    "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:pPr", "w:rPr", "mc:Choice", "w:drawing", "w:pict",
    "w:object", "w:footnoteReference", "w:endnoteReference", "w:commentReference",
  ]

  /// A paragraph: its text, or a picture when it holds a drawing and no visible text.
  private static func paragraph(_ paragraph: MarkupElement) -> DocumentBlock {
    let text = paragraphText(paragraph)
    let hasPicture = paragraph.descendant(named: "w:drawing") != nil || paragraph.descendant(named: "w:pict") != nil
    return hasPicture && text.allSatisfy(\.isWhitespace) ? .picture("") : .paragraph(text)
  }

  /// A paragraph's visible text: runs' `w:t`, `w:tab` as TAB, `w:br`/`w:cr` as line breaks.
  static func paragraphText(_ paragraph: MarkupElement) -> String {
    var text = ""
    appendText(of: paragraph, to: &text)
    return text
  }

  private static func appendText(of element: MarkupElement, to text: inout String) {
    for node in element.children {
      guard case .element(let child) = node else { continue }
      switch child.name {
      case "w:t": text += child.children.map { if case .text(let value) = $0 { value } else { "" } }.joined()
      case "w:tab", "w:ptab": text += "\t"
      case "w:br", "w:cr": text += "\n"
      case "w:noBreakHyphen": text += "-"
      default: if !hidden.contains(child.name) { appendText(of: child, to: &text) }
      }
    }
  }
}
