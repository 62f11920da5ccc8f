import Testing

@testable import GoujiStatutes

@Suite struct HoverTextTests {
  let note =
    "*2007年4月5日中华人民共和国国务院令第492号公布，2019年4月3日中华人民共和国国务院令第711号修订，"
    + "2019年5月15日起施行。*"

  @Test func itemShowsItsParagraphLeadAndTheItem() throws {
    let citation = try #require(CitationFinder.citations(in: "依据《条例》第二十条第（五）项").first)
    #expect(
      citation.markdown == """
        **《中华人民共和国政府信息公开条例》第二十条第（五）项**

        行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息：

        ……

        （五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；

        \(note)
        """
    )
  }

  @Test func firstItemHasNoEllipsis() {
    let reference = ArticleReference(article: 36, item: 1)
    #expect(
      reference.text == """
        对政府信息公开申请，行政机关根据下列情况分别作出答复：
        （一）所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径；
        """
    )
  }

  @Test func paragraphPlainText() {
    let reference = ArticleReference(article: 16, paragraph: 2)
    #expect(
      reference.plainText == """
        《中华人民共和国政府信息公开条例》第十六条第二款
        行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，\
        可以不予公开。法律、法规、规章规定上述信息应当公开的，从其规定。
        \(note.dropFirst().dropLast())
        """
    )
  }

  @Test func wholeArticleListsEveryParagraphAndItem() throws {
    let text = try #require(ArticleReference(article: 50).text)
    #expect(text.split(separator: "\n").count == 7)
    #expect(text.hasPrefix("政府信息公开工作年度报告应当包括下列内容：\n（一）行政机关主动公开政府信息的情况；"))
    #expect(text.hasSuffix("全国政府信息公开工作主管部门应当公布政府信息公开工作年度报告统一格式，并适时更新。"))
  }

  @Test func titles() {
    #expect(ArticleReference(article: 20, item: 5).title == "《中华人民共和国政府信息公开条例》第二十条第（五）项")
    #expect(ArticleReference(article: 16, paragraph: 2).shortTitle == "《条例》第十六条第二款")
    #expect(ArticleReference(.informationProcessingFees, article: 2).shortTitle == "《办法》第二条")
    #expect(
      ArticleReference(.courtProvisions2011, article: 2, item: 4).title
        == "《最高人民法院关于审理政府信息公开行政案件若干问题的规定》第二条第（四）项"
    )
  }

  @Test func missingArticlesParagraphsAndItemsSaySo() {
    let sixty = ArticleReference(article: 60)
    #expect(!sixty.exists && sixty.text == nil)
    #expect(sixty.plainText.contains("《中华人民共和国政府信息公开条例》没有第六十条（共五十六条）。"))
    let fees5 = ArticleReference(.informationProcessingFees, article: 5)
    #expect(fees5.plainText.contains("本工具未收录《政府信息公开信息处理费管理办法》第五条的文本。"))
    #expect(ArticleReference(article: 16, paragraph: 3).plainText.contains("第十六条没有第三款（共二款）。"))
    #expect(ArticleReference(article: 20, item: 16).plainText.contains("第二十条没有第（十六）项（共十五项）。"))
    #expect(ArticleReference(article: 14, item: 1).plainText.contains("第十四条没有第（一）项（不分项）。"))
  }

  @Test func hoverAtOffsetReturnsTheCitationText() throws {
    let text = "第三十六条第（七）项"
    let citation = try #require(CitationFinder.citation(at: 3, in: text))
    #expect(citation.plainText.contains("（七）所申请公开信息属于工商、不动产登记资料等信息"))
  }
}
