import GoujiFormats
import GoujiStatutes
import Testing

/// Each legal point of issue 9 (point 2), on the explanations the hovers and rule pages show.
@Suite struct LegalCorrectionTests {
  private func meaning(_ label: String, in table: ReportTable, format: FormatID? = nil) throws -> RowExplanation {
    try #require(RowExplanations.explanation(for: label, in: table, format: format))
  }

  @Test func otherResultIsProceduralAndDismissalOfTheClaimIsUpheld() throws {
    // (a) 行政诉讼法第六十九条 判决驳回原告的诉讼请求 and 行政复议法（2023）第六十九条 驳回行政复议请求 uphold the agency.
    let upheld = try meaning("结果维持", in: .reviewAndLitigation)
    #expect(upheld.meaning.contains("维持决定（《行政复议法》第六十八条）"))
    #expect(upheld.meaning.contains("驳回复议请求的决定（第六十九条）"))
    #expect(upheld.meaning.contains("判决驳回诉讼请求（《行政诉讼法》第六十九条）"))
    let other = try meaning("其他结果", in: .reviewAndLitigation)
    #expect(other.meaning.contains("程序性驳回（驳回行政复议申请、裁定驳回起诉）、终止行政复议、撤回（撤回复议申请、撤诉）、和解"))
    #expect(!other.meaning.hasPrefix("维持、纠正以外的结果，如驳回"))
  }

  @Test func otherHandlingDependsOnTheFormat() throws {
    // (c) The 信息处理费 route is the 2021 format's: the 2019 hover names neither 第四十二条 nor the split.
    let trial = try meaning("（六）其他处理", in: .applications, format: .format2019)
    #expect(trial.articles.isEmpty)
    #expect(!trial.meaning.contains("信息处理费"))
    let revised = try meaning("（六）其他处理", in: .applications, format: .format2021)
    #expect(revised.articles.map(\.shortTitle) == ["《条例》第三十条", "《条例》第四十二条"])
  }

  @Test func administrativeQueryNamesItsClosestArticleOnly() throws {
    // (d)
    let query = try meaning("8.属于行政查询事项", in: .applications)
    #expect(query.note?.contains("《条例》中与之最接近的条文是第三十六条第（七）项") == true)
    #expect(query.note?.contains("该项并不直接规定行政查询事项") == true)
  }

  @Test func enforcementFilesMayBeWithheldNotMustBe() throws {
    // (e) 条例第十六条第二款：“可以不予公开”.
    let files = try meaning("7.属于行政执法案卷", in: .applications)
    #expect(files.meaning.hasPrefix("行政执法案卷信息“可以不予公开”：是否公开由行政机关裁量决定"))
  }

  @Test func notProcessedGroupNamesEachOfItsBases() throws {
    // (f) The group is not only 第三十九条第一款: 重复申请 is 第三十六条第（六）项, 大量反复申请 第三十五条.
    let group = try meaning("（五）不予处理", in: .applications)
    for basis in ["第三十九条第一款", "第三十六条第（六）项", "第三十九条第二款", "第三十五条"] {
      #expect(group.meaning.contains(basis), "\(basis)")
    }
  }

  @Test func informationProcessingFeeIsAnAdministrativeFeeReportedApart() throws {
    // (g)
    let fees = try meaning("行政事业性收费", in: .activeDisclosure)
    #expect(fees.note == "依申请公开中向申请人收取的信息处理费也是一项行政事业性收费，但格式要求在“六、其他需要报告的事项”中单独报告。")
  }

  @Test func noHedgeOrInternalFileNameInWhatUsersRead() {
    var texts = Statutes.all.map(\.note)
    for table in ReportTable.allCases {
      for axis in TableAxis.allCases {
        texts += RowExplanations.explanations(in: table, axis: axis).flatMap { [$0.markdown, $0.plainText] }
      }
    }
    for text in texts {
      for banned in ["据信", "未核实", "可信度", "reference/", "formats.md", "regulation.md", "本工具未收录其文本"] {
        #expect(!text.contains(banned), "«\(banned)» in \(text.prefix(60))")
      }
    }
  }
}
