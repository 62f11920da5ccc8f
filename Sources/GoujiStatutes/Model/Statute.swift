/// The statutes this module carries.
package enum StatuteID: String, Sendable, Hashable, CaseIterable {
  /// 《中华人民共和国政府信息公开条例》 (2019 revision), complete.
  case regulation
  /// 《政府信息公开信息处理费管理办法》, articles 1–4 only.
  case informationProcessingFees
  /// 《最高人民法院关于审理政府信息公开行政案件若干问题的规定》, article 2 only.
  case courtProvisions2011
}

/// A statute with the articles this module carries, and the names reports use for it.
package struct Statute: Sendable, Identifiable {
  package let id: StatuteID
  /// The official title without book-title marks: `中华人民共和国政府信息公开条例`.
  package let title: String
  /// How reports name it, exactly as written: with book-title marks (`《条例》`) they match only inside `《》`,
  /// without (`条例`) they also match bare text. ``CitationFinder`` recognises exactly these spellings.
  package let shortNames: [String]
  /// The short form for messages and rule documentation: `《条例》`, `《办法》`.
  package let abbreviation: String
  /// The document number: `国务院令第711号`.
  package let documentNumber: String
  /// Where the text comes from and when it took effect, in Chinese, for hovers.
  package let note: String
  /// How the statute refers to itself: `本条例`, `本办法`, `本规定`.
  package let selfReference: String
  /// Whether every article of the statute is included (otherwise only ``articles``).
  package let isComplete: Bool
  /// The chapters; empty when the statute is carried only in part.
  package let chapters: [Chapter]
  /// The articles carried, in order.
  package let articles: [Article]

  /// `《中华人民共和国政府信息公开条例》`.
  package var citedTitle: String { "《\(title)》" }

  /// Article `number` (第N条), or `nil` when the statute has no such article or it is not carried.
  package func article(_ number: Int) -> Article? {
    articles.first { $0.number == number }
  }

  /// The chapter that holds article `number`.
  package func chapter(containing number: Int) -> Chapter? {
    chapters.first { chapter in chapter.articles.contains { $0.number == number } }
  }
}
