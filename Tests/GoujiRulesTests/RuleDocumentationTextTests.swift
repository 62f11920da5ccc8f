import GoujiRules
import Testing

/// What the rule pages (and the rule hovers, which show the same documentation) say to users.
@Suite struct RuleDocumentationTextTests {
  static let pages = RuleRegistry.all.map { RuleDocumentationRenderer.page($0.metadata) }

  @Test func noHedgeOrInternalFileName() {
    for page in Self.pages {
      for banned in ["据信", "未核实", "可信度", "reference/", "formats.md", "regulation.md", "real-world-text"] {
        #expect(!page.contains(banned), "«\(banned)» in \(page.prefix(30))")
      }
    }
  }

  @Test func compatibilityCharactersDoNotCiteThePunctuationStandard() throws {
    // GB/T 15834 is 《标点符号用法》: it says nothing about character encodings.
    let page = try #require(Self.pages.first { $0.hasPrefix("# GJ501") })
    #expect(!page.contains("GB/T 15834"))
    #expect(page.contains("没有法规专门规定字符编码"))
  }

  @Test func fillingZeroIsPracticeNotTheNationalFormat() throws {
    let page = try #require(Self.pages.first { $0.hasPrefix("# GJ305") })
    #expect(page.contains("国家统一格式本身没有写明“没有发生的填0”"))
    #expect(page.contains("“填0”是实践做法"))
  }

  @Test func publicationDeadlineFollowsArticle49ByKindOfBody() throws {
    // (b) 条例第四十九条: 1月31日 for 县级以上人民政府部门, 3月31日 for 县级以上地方人民政府, nothing for 乡镇/街道.
    let page = try #require(Self.pages.first { $0.hasPrefix("# GJ403") })
    #expect(page.contains("县级以上人民政府部门为1月31日，县级以上地方人民政府为3月31日"))
    #expect(page.contains("乡镇人民政府、街道办事处和其他派出机构的期限《条例》没有规定"))
    #expect(!page.contains("人民政府（及街道办事处）为3月31日"))
    #expect(page.contains("期限当日公布不算逾期"))
  }

  @Test func severityNamesAreTheSharedOnes() {
    for page in Self.pages {
      #expect(!page.contains("提示 information") && !page.contains("建议 hint"))
    }
  }
}
