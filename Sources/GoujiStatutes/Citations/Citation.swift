/// A reference to a statute's article found in text: where it is, and what it refers to.
package struct Citation: Sendable, Hashable {
  /// How the cited statute was determined.
  package enum Attribution: Sendable, Hashable {
    /// The statute is named right before the article: `《条例》第二十条`, `政府信息公开条例第十四条`.
    case named
    /// No statute is named before the article, but an earlier citation or `《…》` title in the same sentence names
    /// one: the `第十五条` of `《条例》第十四条、第十五条`.
    case continued
    /// No statute is named in the sentence: a report's bare `第N条` is taken to mean the regulation.
    case assumed
  }

  /// The citation's UTF-8 byte range in the text, from the statute name (when named) to the last character of the
  /// article, paragraph or item designation.
  package let range: Range<Int>
  /// What the citation refers to.
  package let reference: ArticleReference
  /// How the statute was determined.
  package let attribution: Attribution

  package init(range: Range<Int>, reference: ArticleReference, attribution: Attribution) {
    self.range = range
    self.reference = reference
    self.attribution = attribution
  }

  package var statute: Statute { reference.statute }
  package var article: Int { reference.article }
  package var paragraph: Int? { reference.paragraph }
  package var item: Int? { reference.item }

  /// Hover text in Markdown (see ``ArticleReference/markdown``).
  package var markdown: String { reference.markdown }
  /// Hover text without markup (see ``ArticleReference/plainText``).
  package var plainText: String { reference.plainText }
}
