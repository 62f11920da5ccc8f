import GoujiTestSupport
import Testing

@testable import GoujiStatutes

/// An expected citation: between two markers, what it cites, and how the statute was determined.
struct CitationSpec {
  let from: String
  let to: String
  let reference: ArticleReference
  let attribution: Citation.Attribution

  init(
    _ from: String, _ to: String, _ statute: StatuteID = .regulation, article: Int, paragraph: Int? = nil,
    item: Int? = nil, _ attribution: Citation.Attribution
  ) {
    self.from = from
    self.to = to
    self.reference = ArticleReference(statute, article: article, paragraph: paragraph, item: item)
    self.attribution = attribution
  }
}

/// Finds the citations in `marked` (with its markers removed) and compares them with `expected`, in order.
func check(_ marked: String, _ expected: [CitationSpec], sourceLocation: SourceLocation = #_sourceLocation) {
  let text = MarkedText(marked)
  let found = CitationFinder.citations(in: text.text)
  let wanted = expected.map {
    Citation(range: text.offset($0.from)..<text.offset($0.to), reference: $0.reference, attribution: $0.attribution)
  }
  #expect(found == wanted, sourceLocation: sourceLocation)
}

@Suite struct CitationFinderTests {
  @Test func namedStatuteWithItem() {
    check("依据1️⃣《条例》第二十条第（五）项2️⃣的规定", [CitationSpec("1️⃣", "2️⃣", article: 20, item: 5, .named)])
  }

  @Test func unbracketedShortName() {
    check("根据1️⃣条例第三十六条2️⃣规定", [CitationSpec("1️⃣", "2️⃣", article: 36, .named)])
    check("1️⃣政府信息公开条例第十三条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 13, .named)])
    check("依照1️⃣本条例第十条第二款2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 10, paragraph: 2, .named)])
  }

  @Test func fullTitle() {
    check(
      "1️⃣《中华人民共和国政府信息公开条例》第十四条2️⃣规定",
      [CitationSpec("1️⃣", "2️⃣", article: 14, .named)]
    )
  }

  @Test func fullTitleWithAbbreviationInParentheses() {
    check(
      "根据1️⃣《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十六条2️⃣",
      [CitationSpec("1️⃣", "2️⃣", article: 36, .named)]
    )
  }

  @Test func bareArticleWithItemMeansTheRegulation() {
    check("按照1️⃣第三十六条第（七）项2️⃣告知申请人", [CitationSpec("1️⃣", "2️⃣", article: 36, item: 7, .assumed)])
  }

  @Test func paragraph() {
    check("1️⃣第十六条第二款2️⃣规定", [CitationSpec("1️⃣", "2️⃣", article: 16, paragraph: 2, .assumed)])
    check(
      "1️⃣《办法》第四条第二款第（一）项2️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", .informationProcessingFees, article: 4, paragraph: 2, item: 1, .named)
      ])
  }

  @Test func itemForms() {
    check("1️⃣第二十条(五)2️⃣规定", [CitationSpec("1️⃣", "2️⃣", article: 20, item: 5, .assumed)])
    check("1️⃣第二十条第五项2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 20, item: 5, .assumed)])
    check("1️⃣第二十条 第 (一) 项2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 20, item: 1, .assumed)])
    check("\t1️⃣第二十条第（一）项2️⃣\t\t", [CitationSpec("1️⃣", "2️⃣", article: 20, item: 1, .assumed)])
  }

  @Test func spacesInsideTheNumber() {
    check("1️⃣第 二十 条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 20, .assumed)])
    check("1️⃣《条例》 第\u{3000}三十六 条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 36, .named)])
  }

  @Test func listOfArticles() {
    check(
      "依据1️⃣《条例》第十四条2️⃣、3️⃣第十五条4️⃣、5️⃣第十六条6️⃣规定",
      [
        CitationSpec("1️⃣", "2️⃣", article: 14, .named), CitationSpec("3️⃣", "4️⃣", article: 15, .continued),
        CitationSpec("5️⃣", "6️⃣", article: 16, .continued),
      ]
    )
    check(
      "1️⃣条例第四十九2️⃣、3️⃣五十条4️⃣",
      [CitationSpec("1️⃣", "2️⃣", article: 49, .named), CitationSpec("3️⃣", "4️⃣", article: 50, .named)]
    )
  }

  @Test func listOfItems() {
    check(
      "1️⃣第二十条第（一）2️⃣3️⃣（五）4️⃣、5️⃣（六）项6️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", article: 20, item: 1, .assumed),
        CitationSpec("3️⃣", "4️⃣", article: 20, item: 5, .assumed),
        CitationSpec("5️⃣", "6️⃣", article: 20, item: 6, .assumed),
      ]
    )
  }

  @Test func largeNumbers() {
    check("1️⃣条例第三十六条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 36, .named)])
    check("1️⃣条例第五十六条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 56, .named)])
    check("1️⃣第十条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 10, .assumed)])
    check("1️⃣条例第２０条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 20, .named)])
  }

  @Test func kangxiRadicals() {
    // ⼆ U+2F06 and ⼗ U+2F17 stand for 二 and 十; ⼀ U+2F00 for 一.
    check("1️⃣第\u{2F06}\u{2F17}条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 20, .assumed)])
    check(
      "依据1️⃣《条例》第\u{2F06}\u{2F17}条第（\u{2F00}）项2️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", article: 20, item: 1, .named)
      ])
  }

  /// A CJK compatibility ideograph is a canonical singleton (例 U+F9B5 → 例 U+4F8B): compared as strings it equals its
  /// mapping, so only the text layer's folding (which compares scalars) maps it; the statutes' own copy never did.
  @Test func compatibilityIdeographs() {
    check("1️⃣《政府信息公开条\u{F9B5}》第十条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 10, .named)])
    check("依照1️⃣本条\u{F9B5}第十条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 10, .named)])
  }

  @Test func exactByteOffsetsAfterSupplementaryCharacterAndCRLF() {
    // 𠀀 (U+20000) is 4 bytes, CRLF 2, 依据 6: the citation starts at byte 12; 《条例》 is 12 bytes, 第三十六条 15,
    // 第（七）项 15.
    let text = "\u{20000}\r\n依据《条例》第三十六条第（七）项告知"
    let citations = CitationFinder.citations(in: text)
    #expect(citations.map(\.range) == [12..<54])
    #expect(citations.first?.reference == ArticleReference(article: 36, item: 7))
    // ⼆ and ⼗ are 3 bytes each, like 二 and 十; after 𠀀 the bare 第⼆⼗条 spans bytes 4..<16.
    #expect(CitationFinder.citations(in: "\u{20000}第\u{2F06}\u{2F17}条").map(\.range) == [4..<16])
  }

  @Test func citationAtOffset() {
    let text = "依据《条例》第十四条、第十五条规定"
    #expect(CitationFinder.citation(at: 6, in: text)?.article == 14)
    #expect(CitationFinder.citation(at: 29, in: text)?.article == 14)
    #expect(CitationFinder.citation(at: 30, in: text) == nil)
    #expect(CitationFinder.citation(at: 33, in: text)?.article == 15)
    #expect(CitationFinder.citation(at: 0, in: text) == nil)
  }

  @Test func otherStatutes() {
    check(
      "1️⃣法释〔2011〕17号第二条第（四）项2️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", .courtProvisions2011, article: 2, item: 4, .named)
      ])
    check("1️⃣法释[2011]17号第二条2️⃣", [CitationSpec("1️⃣", "2️⃣", .courtProvisions2011, article: 2, .named)])
    check(
      "1️⃣《政府信息公开信息处理费管理办法》第三条2️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", .informationProcessingFees, article: 3, .named)
      ])
  }

  @Test func foreignStatutesAreNotCitations() {
    check("依照《中华人民共和国保守国家秘密法》第九条", [])
    check("依照《保守国家秘密法》第九条、第十条", [])
    check("根据《保守国家秘密法》规定，第十四条所列信息", [])
    check("依据保密法第九条", [])
    check("依据保守国家秘密法实施条例第三条", [])
  }

  @Test func bareArticleRule() {
    check(
      "依据1️⃣《条例》第九条2️⃣。3️⃣第十条4️⃣另有规定",
      [CitationSpec("1️⃣", "2️⃣", article: 9, .named), CitationSpec("3️⃣", "4️⃣", article: 10, .assumed)]
    )
    check(
      "根据《办法》规定，1️⃣第四条2️⃣",
      [
        CitationSpec("1️⃣", "2️⃣", .informationProcessingFees, article: 4, .continued)
      ])
    check("依照《保守国家秘密法》第九条。1️⃣第十四条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 14, .assumed)])
    // A bare article the regulation does not have is not taken for a citation; a named one is kept.
    check("第一百条", [])
    check("1️⃣条例第六十条2️⃣", [CitationSpec("1️⃣", "2️⃣", article: 60, .named)])
  }

  @Test func ordinaryTextHasNoCitations() {
    check("第一季度共收到申请5件", [])
    check("详见第3页", [])
    check("第 3 页 共 6 页", [])
    check("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", [])
    check("第一批、第二批", [])
    check("第二十", [])
  }

  @Test func numberedLineAfterCitationIsNotItsItem() {
    check("依据1️⃣条例第三十六条2️⃣\n（一）予以公开", [CitationSpec("1️⃣", "2️⃣", article: 36, .named)])
  }
}
