import GoujiStatutes

/// 依据: what a rule rests on. The articles of a statute gouji carries are typed (so their titles and numbers are
/// spelt in one place, ``ArticleReference``, and a test finds each in the carried text); everything else is the note:
/// what the articles say (quoted verbatim), the format notices, texts gouji does not carry, and `审核实践（practice）`
/// where neither the law nor the format says what the rule checks.
package struct RuleBasis: Sendable, Hashable {
  /// The articles, in the order the documentation names them.
  package var articles: [ArticleReference]
  /// The rest, in Chinese, read right after the articles (`：“…”`, `；国办公开办函〔2021〕30号。`).
  package var note: String

  package init(_ articles: [ArticleReference] = [], note: String) {
    self.articles = articles
    self.note = note
  }

  /// The basis as one text: `《条例》第四十九条、第五十条；国办公开办函〔2021〕30号。`.
  package var text: String { articles.shortTitles + note }

  /// Whether the note says the rule rests on practice (审核实践) rather than on a text.
  package var statesPractice: Bool { note.contains("审核实践") }
}
