import GoujiText

/// A reference to an article of a statute, or to one of its paragraphs (款) or items (项).
package struct ArticleReference: Sendable, Hashable {
  package let statuteID: StatuteID
  /// The article number (第N条).
  package let article: Int
  /// The paragraph number (第N款), when the reference names one.
  package let paragraph: Int?
  /// The item number (第（N）项), when the reference names one.
  package let item: Int?

  package init(_ statuteID: StatuteID = .regulation, article: Int, paragraph: Int? = nil, item: Int? = nil) {
    self.statuteID = statuteID
    self.article = article
    self.paragraph = paragraph
    self.item = item
  }

  package var statute: Statute { Statutes.statute(statuteID) }

  /// The cited article's data, when the statute has the article and this module carries it.
  package var articleData: Article? { statute.article(article) }

  /// `第二十条第（五）项`, `第十六条第二款`.
  package var location: String {
    var result = "第\(ChineseNumeral.string(article))条"
    if let paragraph { result += "第\(ChineseNumeral.string(paragraph))款" }
    if let item { result += "第（\(ChineseNumeral.string(item))）项" }
    return result
  }

  /// `《中华人民共和国政府信息公开条例》第二十条第（五）项`.
  package var title: String { statute.citedTitle + location }

  /// `《条例》第二十条第（五）项`, for messages and rule documentation.
  package var shortTitle: String { statute.abbreviation + location }

  /// Whether the cited article, paragraph and item all exist in the carried text.
  package var exists: Bool { citedParagraph != nil && (item == nil || citedItem != nil) }

  /// The paragraph the reference points into: the one named, or the one holding the named item, or the first.
  var citedParagraph: Paragraph? {
    guard let article = articleData else { return nil }
    if let paragraph { return article.paragraph(paragraph) }
    return item == nil ? article.paragraph(1) : article.paragraphWithItems ?? article.paragraph(1)
  }

  var citedItem: Item? {
    item.flatMap { citedParagraph?.item($0) }
  }
}
