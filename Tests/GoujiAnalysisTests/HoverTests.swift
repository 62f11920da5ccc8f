import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct HoverTests {
  // MARK: Citations

  @Test func citationOfTheRegulationShowsTheArticle() throws {
    let builder = ReportBuilder().with {
      $0.prose[1] = "本年度，我局依照1️⃣《中华人民共和国政府信息公开条例》第二2️⃣十条第（五）项3️⃣主动公开行政许可信息。"
    }
    let marked = MarkedText(builder.build())
    let hover = try #require(Features.hover(analyze(marked.text), at: marked["2️⃣"], language: .zh))
    #expect(hover.range == marked.range("1️⃣", "3️⃣"))
    #expect(hover.markdown.hasPrefix("### 法规条文\n\n**《中华人民共和国政府信息公开条例》第二十条第（五）项**"))
    #expect(hover.markdown.contains("（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；"))
    #expect(hover.plainText.hasPrefix("法规条文\n《中华人民共和国政府信息公开条例》第二十条第（五）项\n"))
    #expect(!hover.plainText.contains("**"))
  }

  @Test func citationAfterAnAstralCharacterOnACRLFLine() throws {
    let builder = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = "我局𠀀依照1️⃣《条例》第三十六2️⃣条3️⃣答复申请。"
    }
    let marked = MarkedText(builder.build())
    let analysis = analyze(marked.text)
    let hover = try #require(Features.hover(analysis, at: marked["2️⃣"], language: .zh))
    #expect(hover.range == marked.range("1️⃣", "3️⃣"))
    #expect(analysis.text.isValid(hover.range))
    #expect(hover.markdown.contains("对政府信息公开申请，行政机关根据下列情况分别作出答复："))
  }

  @Test func formatNoticeShowsItsDescription() throws {
    let builder = ReportBuilder().with { $0.prose[1] = "本报告按照1️⃣国办公开办函〔2021〕30号2️⃣的要求编制。" }
    let marked = MarkedText(builder.build())
    let hover = try #require(Features.hover(analyze(marked.text), at: marked["1️⃣"] + 3, language: .zh))
    #expect(hover.range == marked.range("1️⃣", "2️⃣"))
    #expect(hover.markdown.hasPrefix("### 格式通知\n\n**国办公开办函〔2021〕30号"))
    #expect(hover.plainText.contains("适用于2021年度起的政府信息公开工作年度报告。"))
  }

  @Test func clauseHeaderOfTable2ShowsTheArticle() throws {
    let text = ReportBuilder().build()
    let analysis = analyze(text)
    let clause = try #require(text.utf8Range(of: "第二十条第（一）项", after: "二、主动公开"))
    let hover = try #require(Features.hover(analysis, at: clause.start + 3, language: .zh))
    #expect(hover.range == clause)
    #expect(hover.markdown.hasPrefix("### 表二 子表"))
    #expect(hover.markdown.contains("> （一）行政法规、规章和规范性文件；"))
  }

  // MARK: Labels

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func rowLabelShowsItsMeaningAndArticle(form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).build()
    let label = try #require(text.utf8Range(of: "3.危及“三安全一稳定”"))
    let hover = try #require(Features.hover(analyze(text), at: label.start + 5, language: .zh))
    #expect(hover.range == label)
    #expect(hover.markdown.hasPrefix("### 表三 行\n\n**危及“三安全一稳定”**"))
    #expect(hover.markdown.contains("国家安全、公共安全、经济安全、社会稳定"))
    #expect(hover.plainText.contains("依据：《条例》第十四条"))
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func groupLabelShowsItsMeaning(form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).build()
    let label = try #require(text.utf8Range(of: "（三）不予公开"))
    let hover = try #require(Features.hover(analyze(text), at: label.end - 3, language: .zh))
    #expect(hover.range == label)
    #expect(hover.markdown.hasPrefix("### 表三 分组\n\n**不予公开**"))
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func columnHeaderShowsItsMeaning(form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).build()
    let header = try #require(text.utf8Range(of: "自然人"))
    let hover = try #require(Features.hover(analyze(text), at: header.start, language: .zh))
    #expect(hover.range == header)
    #expect(hover.markdown.hasPrefix("### 表三 列\n\n**自然人**\n\n以个人名义提出申请的申请人。"))
  }

  @Test func labelWithKangxiRadicalsIsExplained() throws {
    let text = Fixtures.example(example("003"))
    let label = try #require(text.utf8Range(of: "⾏政许可", after: "第⼆⼗条第（五）项"))
    let hover = try #require(Features.hover(analyze(text), at: label.start, language: .zh))
    #expect(hover.range == label)
    #expect(hover.markdown.contains("**行政许可**"))
    #expect(hover.markdown.contains("办理行政许可的情况"))
  }

  @Test func headerBrokenOverLinesIsOneHeader() throws {
    let text = Fixtures.example(example("000"))
    let header = try #require(text.utf8Range(of: "结果\n维持", after: "四、政府信息公开行政复议"))
    let hover = try #require(Features.hover(analyze(text), at: header.end - 1, language: .zh))
    #expect(hover.range == header)
    #expect(hover.markdown.hasPrefix("### 表四 列\n\n**结果维持**\n\n复议机关或者法院认可行政机关处理的结果"))
  }

  @Test func offsetInsideACharacterIsMovedToItsStart() throws {
    let text = ReportBuilder().build()
    let header = try #require(text.utf8Range(of: "法人或其他组织"))
    let hover = try #require(Features.hover(analyze(text), at: header.start + 4, language: .en))
    #expect(hover.range == header)
    #expect(hover.plainText.hasPrefix("Table 三 column\n法人或其他组织\n"))
  }

  @Test func misspeltLabelShowsTheFormatsWording() throws {
    let text = ReportBuilder().build().replacingOccurrences(of: "4.保护第三方合法权益", with: "4.保护第三方合法权力")
    let label = try #require(text.utf8Range(of: "4.保护第三方合法权力"))
    let hover = try #require(Features.hover(analyze(text), at: label.start, language: .zh))
    #expect(hover.range == label)
    #expect(hover.plainText.hasPrefix("GJ303 row-unknown · 警告\n"))
    #expect(hover.plainText.contains("\n\n表三 行\n格式中的写法：4.保护第三方合法权益（此处写作“4.保护第三方合法权力”）\n保护第三方合法权益"))
  }

  // MARK: Cells

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func cellShowsItsRowColumnAndSums(form: ReportBuilder.Form) throws {
    let analysis = analyze(ReportBuilder(form: form).build())
    let cell = analysis.table3Cell("new", 0)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.range == cell)
    #expect(
      hover.plainText == """
        表三 单元格
        自然人 · 一、本年新收政府信息公开申请数量 = 2
        • 列平衡（R3-1）：一 + 二 = 2 + 0 = 2 ✓ （七）总计 + 四 = 1 + 1 = 2
        • 行合计（R3-2）：2 + 1 + 0 + 0 + 0 + 0 = 3 ✓ 总计 3
        """
    )
    #expect(hover.markdown.contains("- **行合计（R3-2）**：**2** + 1 + 0 + 0 + 0 + 0 = 3 ✓ 总计 3"))
  }

  @Test func totalCellShowsItsParts() throws {
    let analysis = analyze(ReportBuilder().build())
    let cell = analysis.table3Cell("new", 6)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(
      hover.plainText.contains(
        "行合计（R3-2）：自然人 2 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 3 ✓ 总计 3"
      )
    )
  }

  @Test func outcomeCellShowsTheOutcomeSum() throws {
    let analysis = analyze(ReportBuilder().build())
    // The 总计 column: 1 granted and 1 answered 本机关不掌握 of the 21 outcome rows; the hovered cell is named though
    // it is 0, the other 18 zeros are counted.
    let cell = analysis.table3Cell("withheld.security", 6)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(
      hover.plainText.contains(
        "办理结果合计（R3-3）：（一）予以公开 1 + （三）不予公开 3.危及“三安全一稳定” 0 + （四）无法提供 1.本机关不掌握相关政府信息 1"
          + "（其余 18 项为 0） = 2 ✓ （七）总计 2"
      )
    )
  }

  @Test func wrongTotalShowsTheDiagnosticThenTheCell() throws {
    let analysis = analyze(ReportBuilder().withoutFigures().setting(.table3, "new", "total", "4").build())
    let cell = analysis.table3Cell("new", 6)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.range == cell)
    #expect(hover.markdown.hasPrefix("### GJ310 row-total · 错误\n\n**表三某行的总计不等于六类申请人之和**"))
    let sections = hover.markdown.components(separatedBy: "\n\n---\n\n")
    #expect(sections.count == 2)
    #expect(sections[1].hasPrefix("### 表三 单元格"))
    #expect(sections[0].contains("[规则文档](https://github.com/gouji/gouji/blob/main/Documentation/rules/GJ310.md)"))
    #expect(
      hover.plainText.contains("行合计（R3-2）：自然人 2 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 3 ✗ 总计 4（应为3）"))
  }

  @Test func wrongTotalOfExample000() throws {
    let analysis = analyzeExample(example("000"))
    let cell = analysis.table3Cell("new", 6)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.range == cell)
    #expect(hover.markdown.hasPrefix("### GJ310 row-total"))
    #expect(hover.plainText.contains("“一、本年新收政府信息公开申请数量”的总计应为0（各项均为0），实际填写3"))
    #expect(hover.plainText.contains("行合计（R3-2）：自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 0 ✗ 总计 3（应为0）"))
  }

  @Test func emptyCellOfExample004() throws {
    let analysis = analyzeExample(example("004"))
    let cell = analysis.table3Cell("new", 0)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.markdown.contains("GJ305"))
    #expect(hover.plainText.contains("自然人 · 一、本年新收政府信息公开申请数量 = （空，按 0 计算）"))
  }

  @Test func englishHeadingsKeepTheLabelsChinese() throws {
    let analysis = analyze(ReportBuilder().withoutFigures().setting(.table3, "new", "total", "4").build())
    let hover = try #require(Features.hover(analysis, at: analysis.table3Cell("new", 6).start, language: .en))
    #expect(
      hover.plainText.hasPrefix("GJ310 row-total · error\nA row's 总计 differs from the sum of its applicant cells\n"))
    #expect(hover.plainText.contains("Why: "))
    #expect(hover.plainText.contains("Table 三 cell\n总计 · 一、本年新收政府信息公开申请数量 = 4"))
    #expect(
      hover.plainText.contains(
        "Row total (R3-2): 自然人 2 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 3 ✗ 总计 4 (should be 3)"))
  }

  @Test func table2CellShowsItsKind() throws {
    let analysis = analyze(ReportBuilder().build())
    let cell = try #require(analysis.report.table2?.row("rules")?.cells[0].range)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.range == cell)
    #expect(hover.plainText == "表二 单元格\n本年制发件数 · 第二十条第（一）项 规章 = 0\n数值类型：件数（非负整数）")
  }

  @Test func table4CellShowsItsGroupTotal() throws {
    let analysis = analyze(ReportBuilder().build())
    let cell = try #require(analysis.report.table4?.row("review")?.cells[0].range)
    let hover = try #require(Features.hover(analysis, at: cell.start, language: .zh))
    #expect(hover.plainText.contains("结果维持 · 行政复议 = 1"))
    #expect(hover.plainText.contains("组合计（R4）：1 + 0 + 0 + 0 = 1 ✓ 总计 1"))
  }

  @Test func proseHasNoHover() {
    let text = ReportBuilder().build()
    let offset = text.utf8Range(of: "不够全面")!.start
    #expect(Features.hover(analyze(text), at: offset, language: .zh) == nil)
  }
}
