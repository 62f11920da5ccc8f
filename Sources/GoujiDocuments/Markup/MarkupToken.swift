/// One piece of XML or HTML markup as the tokenizer sees it.
enum MarkupToken: Equatable {
  /// A start tag with its attributes (names as written for XML, lowercased for HTML); `selfClosing` for `<x/>`.
  case start(name: String, attributes: [String: String], selfClosing: Bool)
  case end(name: String)
  /// Character data with entities and character references decoded.
  case text(String)
}

/// The markup dialect a tokenizer reads.
enum MarkupDialect {
  /// Well-formed XML (WordprocessingML): names keep their case and prefix.
  case xml
  /// HTML as published: names are case-insensitive, `script` and `style` are raw text, and attributes may be
  /// unquoted or have no value.
  case html
}
