import Foundation
import GoujiTestSupport
import Testing

/// One language per run (severity names, usage errors, summary) and the two levels of `--fix`.
@Suite struct LanguageAndFixSafetyTests {
  private let example000 = Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt").path

  @Test func severityNamesFollowTheLanguage() {
    let zh = CLI.run(["check", "--lang", "zh", example000]).out
    // The `severity[CODE]` token is the command-line contract's, the same in every language; the rest is Chinese.
    #expect(zh.contains(": error[GJ310]: "))
    #expect(zh.contains(": information[GJ503]: "))
    #expect(!zh.contains("note:") && !zh.contains("fix:"))
    #expect(zh.contains("修复：改为0（需确认）"))
    #expect(zh.hasSuffix("检查了1个文件，共7个问题（3个错误，2个警告，2个信息）\n"))
    let en = CLI.run(["check", "--lang", "en", example000]).out
    #expect(en.contains(": error[GJ310]: ") && en.contains(": information[GJ503]: "))
    #expect(en.contains("fix: Set to 0 (review first)"))
  }

  @Test func usageErrorsFollowTheLanguage() {
    let zh = CLI.run(["check", "--bogus", "a.txt"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(zh.status == 2)
    #expect(zh.err == "gouji check: “check”没有选项“--bogus”（见 gouji check --help）\n")
    let en = CLI.run(["check", "--lang", "en", "--bogus", "a.txt"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(en.err == "gouji check: unknown option '--bogus' for 'check' (see 'gouji check --help')\n")
    let fromEnvironment = CLI.run(["check"], environment: ["LANG": "en_US.UTF-8"])
    #expect(fromEnvironment.err.contains("check needs at least one PATH"))
  }

  @Test func aMissingFileIsNamedAndNoEmptySummaryIsPrinted() {
    let run = CLI.run(["check", "--lang", "zh", "/nonexistent/报告.txt"])
    #expect(run.status == 2)
    #expect(run.err.contains("/nonexistent/报告.txt"))
    #expect(!run.out.contains("检查了0个文件"))
    #expect(run.out.isEmpty)
  }

  @Test func unsafeFixesAreAppliedOnlyWhenAskedFor() throws {
    let url = CLI.temporaryDirectory().appendingPathComponent("000.txt")
    try Data(Fixtures.example("000_212ac920282683c5.txt").utf8).write(to: url)
    let safe = CLI.run(["check", "--fix", "--select", "GJ310", url.path])
    #expect(safe.status == 1)
    #expect(try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").contains("\t3"))
    let unsafe = CLI.run(["check", "--unsafe-fixes", "--select", "GJ310", url.path])
    #expect(unsafe.status == 0, "\(unsafe.out)")
    #expect(CLI.run(["check", "--select", "GJ310", url.path]).status == 0)
  }

  @Test func helpShowsBothLevelsOfFix() {
    let help = CLI.run(["check", "--help"]).out
    #expect(help.contains("--fix") && help.contains("--unsafe-fixes"))
  }
}
