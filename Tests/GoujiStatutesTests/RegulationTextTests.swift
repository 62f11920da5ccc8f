import GoujiText
import Testing

@testable import GoujiStatutes

@Suite struct RegulationTextTests {
  let regulation = Statutes.regulation

  @Test func hasFiftySixArticlesNumberedInOrder() {
    #expect(regulation.articles.count == 56)
    #expect(regulation.articles.map(\.number) == Array(1...56))
    for article in regulation.articles {
      #expect(!article.paragraphs.isEmpty)
      #expect(article.paragraphs.map(\.number) == Array(1...article.paragraphs.count))
      #expect(article.paragraphs.allSatisfy { !$0.lead.isEmpty && $0.items.allSatisfy { !$0.body.isEmpty } })
    }
  }

  @Test func chaptersCoverTheArticlesInOrder() {
    #expect(
      regulation.chapters.map(\.heading) == [
        "第一章 总则", "第二章 公开的主体和范围", "第三章 主动公开", "第四章 依申请公开", "第五章 监督和保障",
        "第六章 附则",
      ])
    let firstArticles = regulation.chapters.map { $0.articles.first?.number }
    #expect(firstArticles == [1, 10, 19, 27, 46, 54])
    #expect(regulation.chapter(containing: 36)?.title == "依申请公开")
  }

  @Test func article14ListsTheThreeSecuritiesAndOneStability() throws {
    let article = try #require(regulation.article(14))
    #expect(
      article.text == "第十四条 依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，"
        + "以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。"
    )
    for term in ["国家安全", "公共安全", "经济安全", "社会稳定"] { #expect(article.text.contains(term)) }
  }

  @Test func article20HasFifteenItems() throws {
    let article = try #require(regulation.article(20))
    #expect(article.paragraphs.count == 1)
    #expect(article.paragraphs[0].items.map(\.label) == (1...15).map { "（\(ChineseNumeral.string($0))）" })
    #expect(article.item(1)?.text == "（一）行政法规、规章和规范性文件；")
    #expect(article.item(5)?.text == "（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；")
    #expect(article.item(9)?.body == "政府集中采购项目的目录、标准及实施情况；")
    #expect(article.item(15)?.text == "（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。")
    #expect(article.item(16) == nil)
  }

  @Test func article16HasTwoParagraphs() throws {
    let article = try #require(regulation.article(16))
    #expect(
      article.paragraph(1)?.lead
        == "行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。"
    )
    let second = try #require(article.paragraph(2)?.lead)
    #expect(second.hasPrefix("行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告"))
    #expect(article.paragraph(3) == nil)
  }

  @Test func itemsBelongToTheParagraphThatIntroducesThem() throws {
    let article50 = try #require(regulation.article(50))
    #expect(article50.paragraph(1)?.items.count == 5)
    #expect(
      article50.paragraph(2)?.lead
        == "全国政府信息公开工作主管部门应当公布政府信息公开工作年度报告统一格式，并适时更新。"
    )
    let article4 = try #require(regulation.article(4))
    #expect(article4.paragraph(1)?.items.isEmpty == true)
    #expect(article4.paragraph(2)?.items.count == 5)
    #expect(
      article4.item(3)?.body == "组织编制本行政机关的政府信息公开指南、政府信息公开目录和政府信息公开工作年度报告；"
    )
    #expect(regulation.article(36)?.item(7)?.body.hasPrefix("所申请公开信息属于工商、不动产登记资料等信息") == true)
  }

  @Test func parenthesesAreFullWidth() {
    for article in Statutes.all.flatMap(\.articles) {
      #expect(!article.text.contains("(") && !article.text.contains(")"), "\(article.heading)")
    }
    #expect(regulation.article(3)?.paragraph(3)?.lead.contains("办公厅（室）") == true)
    #expect(regulation.article(21)?.text.contains("乡（镇）人民政府") == true)
    #expect(regulation.article(27)?.text.contains("（含本条例第十条第二款规定的派出机构、内设机构）") == true)
  }

  @Test func deadlinesAndTheLastArticle() {
    #expect(regulation.article(49)?.paragraph(1)?.lead.contains("每年1月31日前") == true)
    #expect(regulation.article(49)?.paragraph(2)?.lead.contains("每年3月31日前") == true)
    #expect(regulation.article(33)?.paragraph(2)?.lead.contains("20个工作日") == true)
    #expect(regulation.article(56)?.text == "第五十六条 本条例自2019年5月15日起施行。")
  }

  @Test func metadata() {
    #expect(regulation.title == "中华人民共和国政府信息公开条例")
    #expect(regulation.citedTitle == "《中华人民共和国政府信息公开条例》")
    #expect(regulation.documentNumber == "国务院令第711号")
    #expect(regulation.note.contains("2019年5月15日起施行"))
    #expect(regulation.isComplete)
  }
}

@Suite struct RelatedTextsTests {
  @Test func feeMeasuresArticlesOneToFour() throws {
    let measures = Statutes.informationProcessingFees
    #expect(measures.title == "政府信息公开信息处理费管理办法")
    #expect(measures.documentNumber == "国办函〔2020〕109号")
    #expect(measures.articles.map(\.number) == [1, 2, 3, 4])
    #expect(!measures.isComplete && measures.article(5) == nil)
    let article4 = try #require(measures.article(4))
    #expect(article4.paragraph(2)?.lead == "按件计收执行下列收费标准：")
    #expect(article4.item(1)?.text == "（一）同一申请人一个自然月内累计申请10件以下（含10件）的，不收费。")
    #expect(article4.item(3)?.body.hasSuffix("收费标准提高100元/件。") == true)
  }

  @Test func courtProvisionsArticleTwo() throws {
    let provisions = Statutes.courtProvisions2011
    #expect(provisions.documentNumber == "法释〔2011〕17号")
    #expect(provisions.articles.map(\.number) == [2])
    let article = try #require(provisions.article(2))
    #expect(article.paragraphs[0].items.count == 4)
    #expect(article.item(4)?.body.hasPrefix("行政程序中的当事人、利害关系人以政府信息公开名义申请查阅案卷材料") == true)
  }

  @Test(arguments: [
    ("《条例》", StatuteID.regulation), ("条例", .regulation), ("《政府信息公开条例》", .regulation),
    ("《中华人民共和国政府信息公开条例》", .regulation), ("《 条例 》", .regulation),
    ("《办法》", .informationProcessingFees), ("政府信息公开信息处理费管理办法", .informationProcessingFees),
    ("法释【2011】17号", .courtProvisions2011),
  ])
  func statuteNamed(name: String, id: StatuteID) {
    #expect(Statutes.statute(named: name)?.id == id)
  }

  @Test func unknownNames() {
    #expect(Statutes.statute(named: "《保守国家秘密法》") == nil)
    #expect(Statutes.statute(named: "实施条例") == nil)
  }
}

@Suite struct ChineseNumeralTests {
  @Test(arguments: [
    ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("三十六", 36), ("五十六", 56), ("一百", 100),
    ("一百零五", 105), ("一百一十", 110), ("56", 56), ("〇", 0),
  ])
  func parses(text: String, value: Int) {
    #expect(ChineseNumeral.value(of: text) == value)
  }

  @Test(arguments: ["", "二二", "十十", "3十", "零十", "第"])
  func rejects(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
  }

  @Test func formatsAndRoundTrips() {
    #expect(ChineseNumeral.string(10) == "十")
    #expect(ChineseNumeral.string(15) == "十五")
    #expect(ChineseNumeral.string(36) == "三十六")
    #expect(ChineseNumeral.string(56) == "五十六")
    #expect(ChineseNumeral.string(105) == "一百零五")
    for number in 1...999 { #expect(ChineseNumeral.value(of: ChineseNumeral.string(number)) == number) }
  }
}
