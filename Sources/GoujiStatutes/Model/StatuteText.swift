import GoujiText

/// One article (条) of a statute: numbered paragraphs (款), some of which end in numbered items (项).
package struct Article: Sendable, Hashable {
  /// The article number: 20 for 第二十条.
  package let number: Int
  /// The paragraphs, numbered from 1 in order.
  package let paragraphs: [Paragraph]

  /// An article of several paragraphs.
  init(_ number: Int, _ paragraphs: Paragraph...) {
    self.number = number
    self.paragraphs = paragraphs.enumerated().map { $0.element.numbered($0.offset + 1) }
  }

  /// An article of one paragraph without items.
  init(_ number: Int, _ text: String) {
    self.init(number, Paragraph(text))
  }

  /// `第二十条`.
  package var heading: String { "第\(ChineseNumeral.string(number))条" }

  /// The article as the statute prints it: `第二十条 行政机关…：`, then each item and each later paragraph on a line
  /// of its own.
  package var text: String {
    heading + " " + paragraphs.map(\.text).joined(separator: "\n")
  }

  /// The `number`th paragraph (第N款), counting from 1.
  package func paragraph(_ number: Int) -> Paragraph? {
    paragraphs.indices.contains(number - 1) ? paragraphs[number - 1] : nil
  }

  /// The `number`th item (第（N）项) of the article.
  ///
  /// Items are numbered within their paragraph; a citation that names only the article (`第二十条第（五）项`) means
  /// the items of the one paragraph that has them, so this looks in the first paragraph that has items.
  package func item(_ number: Int) -> Item? {
    paragraphs.first { !$0.items.isEmpty }?.item(number)
  }

  /// The paragraph that holds the article's items (see ``item(_:)``).
  package var paragraphWithItems: Paragraph? {
    paragraphs.first { !$0.items.isEmpty }
  }
}

/// One paragraph (款) of an article: its own sentence(s), followed by the items (项) it introduces, if any.
package struct Paragraph: Sendable, Hashable {
  /// The paragraph number within its article, from 1.
  package let number: Int
  /// The paragraph's own text, without its items: `政府信息公开工作机构的具体职能是：`.
  package let lead: String
  /// The items this paragraph introduces, numbered from 1.
  package let items: [Item]

  /// A paragraph in statute data; the article numbers it.
  init(_ lead: String, items: [String] = []) {
    self.number = 0
    self.lead = lead
    self.items = items.enumerated().map { Item(number: $0.offset + 1, text: $0.element) }
  }

  private init(number: Int, lead: String, items: [Item]) {
    self.number = number
    self.lead = lead
    self.items = items
  }

  fileprivate func numbered(_ number: Int) -> Paragraph {
    Paragraph(number: number, lead: lead, items: items)
  }

  /// The paragraph with its items, each item on a line of its own.
  package var text: String {
    ([lead] + items.map(\.text)).joined(separator: "\n")
  }

  /// The `number`th item, counting from 1.
  package func item(_ number: Int) -> Item? {
    items.indices.contains(number - 1) ? items[number - 1] : nil
  }
}

/// One item (项) of a paragraph: `（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；`.
package struct Item: Sendable, Hashable {
  /// The item number, from 1.
  package let number: Int
  /// The item's text without its label.
  package let body: String

  init(number: Int, text: String) {
    self.number = number
    self.body = text
  }

  /// `（五）`, with full-width parentheses.
  package var label: String { "（\(ChineseNumeral.string(number))）" }

  /// The item as printed: label and body.
  package var text: String { label + body }
}

/// A chapter (章) of a statute.
package struct Chapter: Sendable, Hashable {
  /// The chapter number, from 1.
  package let number: Int
  /// The title without its number: `总则`.
  package let title: String
  /// The chapter's articles in order.
  package let articles: [Article]

  /// `第一章 总则`.
  package var heading: String { "第\(ChineseNumeral.string(number))章 \(title)" }
}
