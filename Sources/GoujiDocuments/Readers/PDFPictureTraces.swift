import GoujiText

/// Where a PDF's large pictures stand among its text, so that a table published as a picture inside a PDF reads as
/// unread, not missing: `pdftotext` writes nothing for a picture. poppler's `pdftohtml -xml` gives every text
/// fragment and picture of a page with its position; a large picture's place in `pdftotext -layout`'s text is after
/// the line holding the last fragment above it on its page (the page's start when none is), and a line `[IMG]` is
/// written there, which the reader takes as a picture's trace. A picture whose place cannot be found gets no trace.
package enum PDFPictureTraces {
  /// The trace written for a picture.
  static let trace = "[IMG]"
  /// The smallest picture taken for a table, as shares of its page's width and height (a seal, a logo or an icon is
  /// narrower; a banner or a rule across the page is flatter).
  static let smallestShare = (width: 0.4, height: 0.05)
  /// The smallest picture taken for a table, in inches, as `pdfimages -list` measures: a table is wide and not flat.
  static let smallestInches = (width: 2.5, height: 0.5)

  /// Whether `pdfimages -list`'s table names a picture large enough to be a table (so `pdftohtml` is worth running).
  package static func listsLargePicture(_ list: String) -> Bool {
    list.split(separator: "\n").contains { line in
      let fields = line.split(separator: " ")
      // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
      guard fields.count >= 14, fields[2] == "image", let width = Double(fields[3]), let height = Double(fields[4]),
        let xPPI = Double(fields[12]), let yPPI = Double(fields[13]), xPPI > 0, yPPI > 0
      else { return false }
      return width / xPPI >= smallestInches.width && height / yPPI >= smallestInches.height
    }
  }

  /// `layoutText` (`pdftotext -layout`: each page ended by a form feed) with a trace line after the line above each
  /// large picture of `pdftohtmlXML`; the text unchanged when the two do not have the same number of pages.
  package static func inserting(into layoutText: String, pdftohtmlXML: [UInt8]) -> String {
    let root = MarkupTree.build(MarkupTokenizer.tokens(pdftohtmlXML, dialect: .xml), dialect: .xml)
    let pages = (root.descendant(named: "pdf2xml") ?? root).elements(named: "page").map(anchors(on:))
    var textPages = layoutText.split(separator: "\u{C}", omittingEmptySubsequences: false).map(String.init)
    // The text ends with a form feed, so its last piece is what follows the last page (usually nothing).
    guard textPages.count == pages.count + 1 || textPages.count == pages.count else { return layoutText }
    for (index, anchors) in pages.enumerated() where !anchors.isEmpty {
      textPages[index] = inserting(anchors, into: textPages[index])
    }
    return textPages.joined(separator: "\u{C}")
  }

  /// For each large picture of a page, in order: the text of the last fragment above it (its ``key(_:)``), or
  /// the empty string when nothing on the page is above it.
  static func anchors(on page: MarkupElement) -> [String] {
    let (pageWidth, pageHeight) = (number(page, "width") ?? 0, number(page, "height") ?? 0)
    var fragments: [(bottom: Double, text: String)] = []
    var pictures: [Double] = []
    for case .element(let element) in page.children {
      guard let top = number(element, "top"), let height = number(element, "height") else { continue }
      if element.name == "text" {
        let text = key(collectedText(element))
        if !text.isEmpty { fragments.append((top + height, text)) }
      } else if element.name == "image", (number(element, "width") ?? 0) >= smallestShare.width * pageWidth,
        height >= smallestShare.height * pageHeight
      {
        pictures.append(top)
      }
    }
    // pdftohtml lists a page's pictures before its text, so every fragment of the page is looked at.
    return pictures.map { top in
      fragments.filter { $0.bottom <= top + 2 }.max { $0.bottom < $1.bottom }?.text ?? ""
    }
  }

  /// `page` (one page of the layout text) with a trace line after the first line, at or after the previous trace's,
  /// whose ``key(_:)`` holds each anchor; at the page's start (or after the previous trace) for an empty anchor.
  static func inserting(_ anchors: [String], into page: String) -> String {
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
    let keys = anchors.allSatisfy(\.isEmpty) ? [] : lines.map { key($0) }
    // How many traces go before each of `lines` (the last count: after them all).
    var tracesBefore = Array(repeating: 0, count: lines.count + 1)
    var from = 0
    for anchor in anchors {
      let after = anchor.isEmpty ? nil : keys.indices.dropFirst(from).first { keys[$0].contains(anchor) }
      let place = anchor.isEmpty ? from : after.map { $0 + 1 }
      guard let place else { continue }
      tracesBefore[place] += 1
      from = place
    }
    var result: [Substring] = []
    for index in tracesBefore.indices {
      result += repeatElement(Substring(trace), count: tracesBefore[index])
      if index < lines.count { result.append(lines[index]) }
    }
    return result.joined(separator: "\n")
  }

  /// `text` as compared: folded as the reader displays text (pdftohtml writes `⾏` where pdftotext writes `行`),
  /// without white space (the two tools space a line's fragments differently).
  static func key(_ text: some StringProtocol) -> String {
    String(NormalizedText.foldedString(text, mode: .display).unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// All the text inside `element` (pdftohtml wraps fragments in `<b>`, `<i>`, `<a>`).
  private static func collectedText(_ element: MarkupElement) -> String {
    element.children.map { node in
      switch node {
      case .text(let text): text
      case .element(let child): collectedText(child)
      }
    }.joined()
  }

  /// An attribute's number (pdftohtml writes integers).
  private static func number(_ element: MarkupElement, _ attribute: String) -> Double? {
    element.attributes[attribute].flatMap { Double($0) }
  }
}
