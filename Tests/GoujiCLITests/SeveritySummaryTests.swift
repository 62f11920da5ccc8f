import Testing

@testable import GoujiCLI

/// The terminal's summary line names severities as hovers and rule pages do (and as LSP's `DiagnosticSeverity`
/// implies): information is 信息, a hint 提示.
@Suite struct SeveritySummaryTests {
  @Test func theSummaryNamesEverySeverityLikeTheEditor() {
    let tally = CheckTally(files: 1, counts: [.error: 1, .warning: 2, .information: 3, .hint: 4])
    #expect(
      TextReport(language: .zh, color: false).summary(tally) == "检查了1个文件，共10个问题（1个错误，2个警告，3个信息，4个提示）\n"
    )
    #expect(
      TextReport(language: .en, color: false).summary(tally)
        == "Checked 1 file, 10 problems (1 error, 2 warnings, 3 information, 4 hints)\n"
    )
  }
}
