import GoujiTestSupport
import Testing

@Suite struct ProseSimilarToLastYearTests {
  /// Ten sentences of 21 letters each, told apart by one character.
  static let sentences = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".map { "本机关第\($0)项公开工作稳步推进并取得明显成效。" }

  /// A report whose only prose is `sentences` in section 一 (sections 五 and 六 say `无。`, which is too short to
  /// compare), with a marker before the title.
  static func report(_ sentences: [String], year: Int = 2022, marker: String = "") -> String {
    ReportBuilder(year: year).with {
      $0.title = "\(marker)某市科学技术局\n\(year)年政府信息公开工作年度报告"
      $0.prose = [1: sentences.joined(), 5: "无。", 6: "无。"]
    }.build()
  }

  @Test func proseRepeatingLastYearsIsReportedWithItsShare() {
    let lastYear = Self.report(Array(Self.sentences[0..<7] + Self.sentences[10..<13]), year: 2021)
    let text = Self.report(Array(Self.sentences[0..<10]), marker: "1️⃣")
    check(
      text, rule: "GJ409",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "正文与2021年度报告内容雷同：本年正文比较的210字中，147字（70%）所在的句子与上一年度相同",
          severity: .information
        )
      ], previous: lastYear)
  }

  @Test func sentencesThatDifferOnlyInTheirFiguresAreTheSame() {
    let lastYear = Self.report(["全年主动公开政府信息538条，其中政策文件37件。"] + Self.sentences[0..<9], year: 2021)
    let text = Self.report(["全年主动公开政府信息561条，其中政策文件41件。"] + Self.sentences[0..<9], marker: "1️⃣")
    check(text, rule: "GJ409", expected: [DiagnosticSpec("1️⃣", message: "（100%）")], previous: lastYear)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let lastYear = Self.report(Array(Self.sentences[0..<10]), year: 2021)
    let text = ReportBuilder(year: 2022).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.title = "1️⃣𠀀市科学技术局\n2022年政府信息公开工作年度报告"
      $0.prose = [1: Self.sentences[0..<10].joined(), 5: "无。", 6: "无。"]
    }.build()
    check(text, rule: "GJ409", expected: [DiagnosticSpec("1️⃣")], previous: lastYear)
  }

  // MARK: Near misses

  @Test func proseBelowTheThresholdIsNotReported() {
    let lastYear = Self.report(Array(Self.sentences[0..<6] + Self.sentences[10..<14]), year: 2021)
    check(Self.report(Array(Self.sentences[0..<10])), rule: "GJ409", expected: [], previous: lastYear)
  }

  @Test func shortProseIsNotCompared() {
    let lastYear = Self.report(Array(Self.sentences[0..<9]), year: 2021)
    check(Self.report(Array(Self.sentences[0..<9])), rule: "GJ409", expected: [], previous: lastYear)
  }

  @Test func tablesAreNotProse() {
    // The same tables, different prose: nothing in common.
    let lastYear = Self.report(Array(Self.sentences[10..<20]), year: 2021)
    check(Self.report(Array(Self.sentences[0..<10])), rule: "GJ409", expected: [], previous: lastYear)
  }

  @Test func withoutLastYearsReportNothingIsCompared() {
    check(Self.report(Array(Self.sentences[0..<10])), rule: "GJ409", expected: [])
  }
}
