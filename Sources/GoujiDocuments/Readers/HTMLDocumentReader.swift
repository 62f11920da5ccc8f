import GoujiText

/// Reads a published report page (.html/.htm) tolerantly: `<p>`, `<div>`, headings and `<br>` make lines, tables
/// are read by structure (`<tr>`, `<td>`/`<th>` with `rowspan`/`colspan`), scripts and styles are dropped, and the
/// page chrome around the report stays as text (the reader recognises it).
package enum HTMLDocumentReader {
  /// The page's text and structure map, from the bytes of the file. The encoding is detected from the bytes
  /// (UTF-8, UTF-16 with a byte-order mark, else GB18030, which covers pages declaring GB2312 or GBK).
  package static func read(_ bytes: [UInt8]) throws(DocumentError) -> ExtractedDocument {
    let text: String
    do {
      text = try TextDecoding.decode(bytes).text
    } catch {
      throw DocumentError("the page cannot be decoded: \(error.reason)")
    }
    let root = MarkupTree.build(MarkupTokenizer.tokens(Array(text.utf8), dialect: .html), dialect: .html)
    var collector = HTMLBlockCollector()
    collector.walk(root.descendant(named: "body") ?? root)
    return DocumentLayout.extract(collector.finish())
  }
}

/// Collects the blocks of an HTML element: lines of inline text, and tables.
struct HTMLBlockCollector {
  private var blocks: [DocumentBlock] = []
  private var line = ""
  /// The file names of the pictures in the current line (``DocumentBlock/picture(_:)`` when it holds no text).
  private var pictures: [String] = []

  /// Elements whose content a reader of the page does not see.
  private static let hidden: Set<String> = [
    "head", "title", "script", "style", "noscript", "template", "iframe", "object", "select", "svg", "button",
  ]
  /// Elements that start and end a line.
  private static let lineBlocks: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
    "article", "header", "footer", "nav", "aside", "main", "center", "form", "hr", "tr", "td", "th", "caption",
    "address", "figure", "figcaption", "fieldset", "legend",
  ]

  mutating func walk(_ element: MarkupElement) {
    for node in element.children {
      switch node {
      case .text(let text): appendInline(text)
      case .element(let child):
        if Self.hidden.contains(child.name) || Self.isHiddenByStyle(child) { continue }
        if child.name == "br" {
          flushLine(keepingEmpty: true)
        } else if child.name == "img" {
          pictures.append(Self.pictureName(child))
        } else if child.name == "table" {
          flushLine()
          blocks += HTMLTableReader.blocks(of: child)
        } else if Self.lineBlocks.contains(child.name) {
          flushLine()
          walk(child)
          flushLine()
        } else {
          walk(child)
        }
      }
    }
  }

  /// The blocks collected, the last line included.
  mutating func finish() -> [DocumentBlock] {
    flushLine()
    return blocks
  }

  /// Adds text as a browser shows it: runs of white space (no-break spaces included) as one space.
  private mutating func appendInline(_ text: String) {
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{C}" || scalar == "\u{A0}"
      {
        if !line.isEmpty, line.last != " " { line += " " }
      } else {
        line.unicodeScalars.append(scalar)
      }
    }
  }

  /// Ends the current line: its text as a paragraph, or its pictures when it holds nothing else (a picture inside a
  /// line of text is an icon or an inline figure, not a block of its own).
  private mutating func flushLine(keepingEmpty: Bool = false) {
    while line.last == " " { line.removeLast() }
    if line.isEmpty, !pictures.isEmpty {
      blocks += pictures.map(DocumentBlock.picture)
    } else if !line.isEmpty || keepingEmpty {
      blocks.append(.paragraph(line))
    }
    line = ""
    pictures = []
  }

  /// The file name an `<img>`'s `src` ends with (no query or fragment); empty for inline data or no `src`.
  private static func pictureName(_ image: MarkupElement) -> String {
    let source = (image.attributes["src"] ?? "").filter { !$0.isWhitespace }
    guard !source.lowercased().hasPrefix("data:") else { return "" }
    let path = source.prefix { $0 != "?" && $0 != "#" }
    return String(path.split(separator: "/").last ?? "")
  }

  /// Whether an inline style hides the element (`display:none`, `visibility:hidden`).
  private static func isHiddenByStyle(_ element: MarkupElement) -> Bool {
    guard let style = element.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }) else { return false }
    return style.contains("display:none") || style.contains("visibility:hidden")
  }
}

/// Reads an HTML table by structure; a table holding another table is layout, read as its cells' blocks in order.
enum HTMLTableReader {
  static func blocks(of table: MarkupElement) -> [DocumentBlock] {
    let rows = rows(of: table)
    let cells = rows.map { row in
      row.children.compactMap { node -> MarkupElement? in
        if case .element(let cell) = node, cell.name == "td" || cell.name == "th" { cell } else { nil }
      }
    }
    var caption: [DocumentBlock] = []
    if let element = table.element(named: "caption") {
      var collector = HTMLBlockCollector()
      collector.walk(element)
      caption = collector.finish()
    }
    let contents = cells.map { $0.map(cellBlocks) }
    if contents.joined().joined().contains(where: { if case .table = $0 { true } else { false } }) {
      return caption + contents.joined().joined()
    }
    var grid = TableGridBuilder()
    for (rowCells, rowContents) in zip(cells, contents) {
      grid.startRow()
      for (cell, blocks) in zip(rowCells, rowContents) {
        let text = blocks.compactMap { if case .paragraph(let line) = $0 { line } else { nil } }.joined(separator: " ")
        grid.add(text, columnSpan: span(cell, "colspan"), rowSpan: span(cell, "rowspan"))
      }
    }
    return caption + [.table(grid.table())]
  }

  /// The table's rows, through `thead`/`tbody`/`tfoot`, not into nested tables.
  private static func rows(of element: MarkupElement) -> [MarkupElement] {
    element.children.flatMap { node -> [MarkupElement] in
      guard case .element(let child) = node else { return [] }
      switch child.name {
      case "tr": return [child]
      case "table", "caption": return []
      default: return rows(of: child)
      }
    }
  }

  private static func cellBlocks(_ cell: MarkupElement) -> [DocumentBlock] {
    var collector = HTMLBlockCollector()
    collector.walk(cell)
    return collector.finish()
  }

  /// A `colspan`/`rowspan` value (its leading digits), 1 when absent or unreadable.
  private static func span(_ cell: MarkupElement, _ attribute: String) -> Int {
    let digits = (cell.attributes[attribute] ?? "").drop(while: \.isWhitespace).prefix(while: \.isASCII)
      .prefix(while: \.isNumber)
    return Int(digits) ?? 1
  }
}
