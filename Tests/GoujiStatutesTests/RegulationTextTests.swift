import Testing

@testable import GoujiStatutes

@Suite struct RegulationTextTests {
  let regulation = Statutes.regulation

  @Test func hasFiftySixArticlesNumberedInOrder() {
    #expect(regulation.articles.count == 56)
    #expect(regulation.articles.map(\.number) == Array(1...56))
    for article in regulation.articles {
      #expect(!article.paragraphs.isEmpty)
      #expect(article.paragraphs.allSatisfy { !$0.lead.isEmpty && $0.items.allSatisfy { !$0.body.isEmpty } })
    }
  }
}
