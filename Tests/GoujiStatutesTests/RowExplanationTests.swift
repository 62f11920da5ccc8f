import GoujiFormats
import Testing

@testable import GoujiStatutes

/// The table labels of both formats, copied from reference/formats.md with their numbering.
enum FormatLabels {
  static let table3Rows2019 = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "（七）总计",
    "四、结转下年度继续办理",
  ]
  static let table3Rows2021 =
    Array(table3Rows2019.prefix { $0 != "（七）总计" }) + [
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3.其他",
      "（七）总计",
      "四、结转下年度继续办理",
    ]
  static let table3Columns = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
  ]
  static let table2Rows2019 = [
    "第二十条第（一）项", "规章", "规范性文件",
    "第二十条第（五）项", "行政许可", "其他对外管理服务事项",
    "第二十条第（六）项", "行政处罚", "行政强制",
    "第二十条第（八）项", "行政事业性收费",
    "第二十条第（九）项", "政府集中采购",
  ]
  static let table2Rows2021 = [
    "第二十条第（一）项", "规章", "行政规范性文件",
    "第二十条第（五）项", "行政许可",
    "第二十条第（六）项", "行政处罚", "行政强制",
    "第二十条第（八）项", "行政事业性收费",
  ]
  static let table2Columns2019 = [
    "信息内容",
    "本年新制作数量", "本年新公开数量", "对外公开总数量",
    "上一年项目数量", "本年增/减", "处理决定数量",
    "采购项目数量", "采购总金额",
  ]
  static let table2Columns2021 = [
    "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）",
  ]
  static let table4Columns = [
    "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
  ]
}

@Suite struct RowExplanationTests {
  typealias Case = (labels: [String], table: ReportTable, axis: TableAxis, format: FormatID?)

  static let cases: [Case] = [
    (FormatLabels.table3Rows2019, .applications, .row, .format2019),
    (FormatLabels.table3Rows2021, .applications, .row, .format2021),
    (FormatLabels.table3Columns, .applications, .column, nil),
    (FormatLabels.table2Rows2019, .activeDisclosure, .row, .format2019),
    (FormatLabels.table2Rows2021, .activeDisclosure, .row, .format2021),
    (FormatLabels.table2Columns2019, .activeDisclosure, .column, .format2019),
    (FormatLabels.table2Columns2021, .activeDisclosure, .column, .format2021),
    (FormatLabels.table4Columns, .reviewAndLitigation, .column, nil),
  ]

  @Test func everyLabelOfEveryFormatHasAnExplanation() {
    for (labels, table, axis, format) in Self.cases {
      for label in labels {
        let notice = format
        let explanation = RowExplanations.explanation(for: label, in: table, axis: axis, format: notice)
        #expect(explanation != nil, "\(table) \(axis): \(label)")
        if let explanation, let format { #expect(explanation.formats.contains(format), "\(label) in \(format)") }
        if let explanation { #expect(!explanation.meaning.isEmpty) }
      }
    }
  }

  @Test func everyExplanationIsForALabelOfAFormat() {
    for table in ReportTable.allCases {
      for axis in TableAxis.allCases {
        let labels = Self.cases.filter { $0.table == table && $0.axis == axis }.flatMap(\.labels)
          .map(RowExplanations.key(for:))
        for explanation in RowExplanations.explanations(in: table, axis: axis) {
          #expect(labels.contains(RowExplanations.key(for: explanation.label)), "\(explanation.label)")
        }
      }
    }
  }

  @Test func formatOnlyLabels() {
    #expect(RowExplanations.explanation(for: "政府集中采购")?.formats == [.format2019])
    #expect(RowExplanations.explanation(for: "行政规范性文件")?.formats == [.format2021])
    #expect(RowExplanations.explanation(for: "3.其他", in: .applications, axis: .row)?.formats == [.format2021])
  }

  @Test func keysDropNumberingAndNormalise() {
    #expect(RowExplanations.key(for: "1.属于国家秘密") == "属于国家秘密")
    #expect(RowExplanations.key(for: "1．属于国家秘密") == "属于国家秘密")
    #expect(RowExplanations.key(for: "1、属于国家秘密") == "属于国家秘密")
    #expect(RowExplanations.key(for: "（三）不予\n公开") == "不予公开")
    #expect(RowExplanations.key(for: "三、本年度办 理结果") == "本年度办理结果")
    #expect(RowExplanations.key(for: "3.危及\"三安全一稳定\"") == RowExplanations.key(for: "危及「三安全一稳定」"))
    #expect(RowExplanations.key(for: "第二十条 第(一)项") == RowExplanations.key(for: "第二十条第（一）项"))
  }

  @Test func lookupsAcceptSpellingVariants() {
    #expect(
      RowExplanations.explanation(for: "（二）部分公开(区分处理的,只计这一情形,不计其他情形)")?.label
        == "部分公开（区分处理的，只计这一情形，不计其他情形）")
    #expect(RowExplanations.explanation(for: "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请") != nil)
    // ⼈ U+2F08 for 人.
    #expect(RowExplanations.explanation(for: "自然\u{2F08}", in: .applications)?.label == "自然人")
    #expect(RowExplanations.explanation(for: "自\n然\n人")?.label == "自然人")
    #expect(RowExplanations.explanation(for: "结 果 纠 正")?.label == "结果纠正")
    #expect(RowExplanations.explanation(for: "不存在的标签") == nil)
  }

  @Test func rowsAndColumnsWithTheSameLabel() throws {
    let otherRow = try #require(RowExplanations.explanation(for: "其他", in: .applications))
    let otherColumn = try #require(RowExplanations.explanation(for: "其他", in: .applications, axis: .column))
    #expect(otherRow.meaning.contains("撤回申请"))
    #expect(otherColumn.meaning.contains("法人或者其他组织"))
    let total = try #require(RowExplanations.explanation(for: "（七）总计"))
    #expect(total.meaning.contains("（一）至（六）"))
    #expect(RowExplanations.explanation(for: "总计", in: .reviewAndLitigation)?.meaning.contains("结果维持") == true)
  }

  @Test func articlesFollowTheReferenceMapping() {
    let expectations: [(String, [String])] = [
      ("属于国家秘密", ["《条例》第十四条", "《条例》第十七条", "《条例》第三十六条第（三）项"]),
      ("危及“三安全一稳定”", ["《条例》第十四条", "《条例》第三十六条第（三）项"]),
      ("保护第三方合法权益", ["《条例》第十五条", "《条例》第三十二条"]),
      ("属于三类内部事务信息", ["《条例》第十六条第一款"]),
      ("属于四类过程性信息", ["《条例》第十六条第二款"]),
      ("属于行政执法案卷", ["《条例》第十六条第二款", "法释〔2011〕17号第二条第（四）项"]),
      ("属于行政查询事项", ["《条例》第三十六条第（七）项"]),
      ("本机关不掌握相关政府信息", ["《条例》第三十六条第（四）项", "《条例》第三十六条第（五）项"]),
      ("没有现成信息需要另行制作", ["《条例》第三十八条", "法释〔2011〕17号第二条第（三）项"]),
      ("补正后申请内容仍不明确", ["《条例》第三十条"]),
      ("信访举报投诉类申请", ["《条例》第三十九条第一款"]),
      ("重复申请", ["《条例》第三十六条第（六）项"]),
      ("要求提供公开出版物", ["《条例》第三十九条第二款"]),
      ("无正当理由大量反复申请", ["《条例》第三十五条"]),
      ("要求行政机关确认或重新出具已获取信息", []),
      (
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ["《条例》第四十二条", "《办法》第二条"]
      ),
      ("部分公开（区分处理的，只计这一情形，不计其他情形）", ["《条例》第三十七条"]),
      ("行政许可", ["《条例》第二十条第（五）项"]),
      ("政府集中采购", ["《条例》第二十条第（九）项"]),
      ("行政复议", ["《条例》第五十一条", "《条例》第五十条第（三）项"]),
    ]
    for (label, titles) in expectations {
      #expect(RowExplanations.explanation(for: label)?.articles.map(\.shortTitle) == titles, "\(label)")
    }
  }

  @Test func everyCitedArticleExists() {
    for table in ReportTable.allCases {
      for axis in TableAxis.allCases {
        for explanation in RowExplanations.explanations(in: table, axis: axis) {
          for article in explanation.articles { #expect(article.text != nil, "\(explanation.label): \(article.title)") }
        }
      }
    }
  }

  @Test func unsourcedMeaningsSaySo() throws {
    let confirm = try #require(RowExplanations.explanation(for: "要求行政机关确认或重新出具已获取信息"))
    #expect(confirm.articles.isEmpty && confirm.note?.contains("《条例》没有条文规定") == true)
    #expect(RowExplanations.explanation(for: "其他结果")?.note?.contains("没有法定定义") == true)
  }

  @Test func hoverText() throws {
    let secret = try #require(RowExplanations.explanation(for: "1.属于国家秘密"))
    #expect(secret.plainText.hasPrefix("属于国家秘密\n依法确定为国家秘密的政府信息"))
    #expect(secret.plainText.contains("\n依据：《条例》第十四条、第十七条、第三十六条第（三）项\n"))
    // Clients that do not render Markdown still get the article text.
    #expect(secret.plainText.contains("《中华人民共和国政府信息公开条例》第十四条\n依法确定为国家秘密的政府信息"))
    #expect(secret.markdown.hasPrefix("**属于国家秘密**\n\n"))
    let quote = "> **《中华人民共和国政府信息公开条例》第十四条**\n>\n> 依法确定为国家秘密的政府信息"
    #expect(secret.markdown.contains(quote))
  }
}
