import GoujiTestSupport
import Testing

@Suite struct ReviewTotalTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func groupTotalThatIsNotTheSumIsReported(_ form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).withoutFigures()
      .setting(.table4, "review", ["1", "0", "0", "1", "1️⃣1⏹"]).build()
    check(text, rule: "GJ314", expected: [
      DiagnosticSpec("1️⃣", message: "行政复议的总计应为 2（结果维持 1 + 尚未审结 1），实际填写 1", severity: .error, fixIsSafe: true)
    ])
    let fixed = try #require(checkFixes(text, rule: "GJ314", safe: true).first)
    checkClean(fixed)
  }

  @Test func eachGroupIsCheckedOnItsOwn() {
    let text = ReportBuilder().withoutFigures()
      .setting(.table4, "suitDirect", ["0", "1", "0", "0", "1️⃣0"])
      .setting(.table4, "suitAfterReview", ["1", "0", "1", "0", "2️⃣3"]).build()
    check(text, rule: "GJ314", expected: [
      DiagnosticSpec("1️⃣", message: "行政诉讼 未经复议直接起诉的总计应为 1（结果纠正 1），实际填写 0"),
      DiagnosticSpec("2️⃣", message: "行政诉讼 复议后起诉的总计应为 2（结果维持 1 + 其他结果 1），实际填写 3"),
    ])
    checkFixes(text, rule: "GJ314", safe: true)
  }

  @Test func totalWithoutItsPartsHasAnUnsafeFix() {
    let text = ReportBuilder().withoutFigures().setting(.table4, "review", ["0", "0", "0", "0", "1️⃣2"]).build()
    check(text, rule: "GJ314", expected: [
      DiagnosticSpec("1️⃣", message: "行政复议的总计应为 0（各项均为 0），实际填写 2", fixIsSafe: false)
    ])
    checkFixes(text, rule: "GJ314", safe: false)
  }

  @Test func emptyTotalIsFilledSafely() {
    let text = ReportBuilder(form: .tabSeparated).setting(.table4, "review", ["1", "0", "0", "0", "1️⃣"]).build()
    check(text, rule: "GJ314", expected: [DiagnosticSpec("1️⃣", message: "行政复议的总计应为 1（结果维持 1），实际未填写", fixIsSafe: true)])
    checkFixes(text, rule: "GJ314", safe: true)
  }

  @Test func safeFixCanContradictTheProse() {
    // The prose and the total say no review; a part says one. The safe fix trusts the part.
    let text = ReportBuilder().with { $0.prose[1] = "本年度未发生政府信息公开行政复议、行政诉讼。" }
      .setting(.table4, "review", ["1", "0", "0", "0", "0"]).build()
    withKnownIssue("GJ314's fix is safe whenever the parts hold data, even when the prose agrees with the total") {
      checkFixes(text, rule: "GJ314", safe: true)
    }
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder(form: .spaceSeparated).withoutFigures().with {
      $0.lineEnding = "\r\n"
      $0.prose[4] = "𠀀𠀀"
    }.setting(.table4, "review", ["1", "1", "0", "0", "1️⃣1"]).build()
    check(text, rule: "GJ314", expected: [DiagnosticSpec("1️⃣", message: "应为 2")])
    let fixed = try #require(checkFixes(text, rule: "GJ314", safe: true).first)
    #expect(fixed.contains("\r\n1 1 0 0 2 0 0 0 0 0 0 0 0 0 0\r\n"))
  }

  // MARK: Near misses

  @Test func emptyPartsCountAsZero() {
    // Example 004: four empty cells and a 0 in each group.
    checkClean(Fixtures.example("004_b1d7aab7bdee8be9.txt"), rule: "GJ314")
    checkClean(ReportBuilder().setting(.table4, "review", ["1", "", "", "", "1"]).build(), rule: "GJ314")
  }

  @Test func cellThatIsNotANumberIsNotSummed() {
    checkClean(ReportBuilder().setting(.table4, "review", ["1", "—", "0", "0", "1"]).build(), rule: "GJ314")
  }
}
