import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct OtherProvinceTests {
  @Test func anotherProvinceIsReportedOnceAtItsFirstMention() throws {
    let text = ReportBuilder().with {
      $0.agency = "山东省科学技术厅"
      $0.prose[5] = "按照1️⃣浙江省⏹政务公开工作要点，加强培训。\n浙江省要求的其他工作已完成。"
    }.build()
    let analysis = check(
      text, rule: "GJ505",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文提到“浙江省”，而“山东省科学技术厅”属于山东省；请确认不是套用其他地区的内容", severity: .information)
      ])
    #expect(
      analysis.diagnostics.first?.message.en
        == "The text names “浙江省”, but “山东省科学技术厅” is in 山东省; check it is not copied from another region's report")
  }

  @Test func autonomousRegionsAndMunicipalitiesAreNamesToo() {
    let text = ReportBuilder().with {
      $0.agency = "宁夏回族自治区科学技术厅"
      $0.prose[5] = "根据1️⃣北京市相关要求，以及2️⃣广西壮族自治区的做法，完善制度。"
    }.build()
    check(text, rule: "GJ505", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "山东省𠀀科学技术厅"
      $0.prose[5] = "𠀀按照1️⃣河南省⏹要求。"
    }.build()
    check(text, rule: "GJ505", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "对口支援新疆维吾尔自治区的工作中，做好信息公开。",  // cooperation
    "赴浙江省学习考察政务公开经验。",
    "按照山东省政务公开工作要点，加强培训。",  // its own province
  ])
  func ownProvinceAndCooperationAreNotReported(_ prose: String) {
    let text = ReportBuilder().with {
      $0.agency = "山东省科学技术厅"
      $0.prose[5] = prose
    }.build()
    checkClean(text, rule: "GJ505")
  }

  @Test func bodyWhoseNameStatesNoProvinceIsNotChecked() {
    let text = ReportBuilder().with { $0.prose[5] = "按照浙江省政务公开工作要点，加强培训。" }.build()
    checkClean(text, rule: "GJ505")
  }

  // MARK: Cities

  @Test func cityReportNamingAnotherProvincesCityIsHinted() throws {
    let text = ReportBuilder().with {
      $0.agency = "周口市科学技术局"
      $0.prose[5] = "参照1️⃣杭州市⏹的做法，按照郑州市要求完善制度。"
    }.build()
    let analysis = check(
      text, rule: "GJ505",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文提到“杭州市”（浙江省），而“周口市科学技术局”属于河南省；请确认不是套用其他地区的内容")
      ])
    #expect(
      analysis.diagnostics.first?.message.en
        == "The text names “杭州市” (in 浙江省), but “周口市科学技术局” is in 河南省; check it is not copied from another region's report"
    )
  }

  @Test func provincialBodyNamingAnotherProvincesCityIsHinted() {
    let text = ReportBuilder().with {
      $0.agency = "辽宁省科学技术厅"
      $0.prose[5] = "参照1️⃣马鞍山市⏹的做法，鞍山市、大连市按要求落实。"
    }.build()
    check(text, rule: "GJ505", expected: [DiagnosticSpec("1️⃣", message: "正文提到“马鞍山市”（安徽省）")])
  }

  @Test func cityPositionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "周口市𠀀科学技术局"
      $0.prose[5] = "𠀀\n𠀀参照1️⃣杭州市⏹做法。"
    }.build()
    check(text, rule: "GJ505", expected: [DiagnosticSpec("1️⃣")])
  }

  @Test(arguments: [
    "按照合肥市、芜湖市的要求完善制度。",  // its own province's cities
    "在马鞍山市政务服务中心设立公开专区。",  // 马鞍山市 is 安徽's, not 辽宁's 鞍山市
    "融入南昌都市圈建设。",  // not 昌都市
    "关注白银市场价格信息的公开。",  // 市场
    "认真贯彻党中央、国务院在北京市召开的会议精神。",  // the capital in a national context
    "参加在杭州市召开的全国政务公开工作会议。",
    "赴延安市开展党性教育。",
    "赴深圳市学习考察政务公开经验。",
  ])
  func ownCitiesAndLegitimateMentionsAreNotHinted(_ prose: String) {
    let text = ReportBuilder().with {
      $0.agency = "安徽省宣城市科学技术局"
      $0.prose[5] = prose
    }.build()
    checkClean(text, rule: "GJ505")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ505") }
  }
}
