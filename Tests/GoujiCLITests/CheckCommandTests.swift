import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct CheckCommandTests {
  private func example(_ name: String) -> String { Fixtures.examples.appendingPathComponent(name).path }

  /// The JSON output for each example, reviewed line by line against the reviewer's notes in
  /// `Tests/GoujiSyntaxTests/Fixtures/expected/*.notes.md`.
  @Test(arguments: Fixtures.exampleNames)
  func jsonOutputOfEachExampleIsAsReviewed(_ name: String) {
    let run = CLI.run(["check", "--format", "json", "--lang", "zh", example(name)])
    let output = run.out.replacingOccurrences(of: Fixtures.examples.path + "/", with: "Examples/")
    let golden = Fixtures.root.appendingPathComponent("Tests/GoujiCLITests/Golden/check/\(name.dropLast(4)).json")
    let difference = Golden.compare(output, with: golden)
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func exitStatusIsOneWithAnErrorAndZeroWithout() {
    #expect(CLI.run(["check", example("000_212ac920282683c5.txt")]).status == 1)
    #expect(CLI.run(["check", example("002_cf9a8ca2a320709f.txt")]).status == 0)
  }

  @Test func aMissingFileIsExitTwoNamingTheFile() {
    let run = CLI.run(["check", "/nonexistent/报告.txt"])
    #expect(run.status == 2)
    #expect(run.err.contains("/nonexistent/报告.txt"))
  }

  @Test func undecodableBytesAreExitTwoNamingTheFileAndTheReason() throws {
    let folder = CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("broken.txt")
    try Data([0xFF, 0xFF, 0x80, 0x00, 0xC0, 0xAF, 0xFE, 0x81, 0x30]).write(to: file)
    let run = CLI.run(["check", file.path])
    #expect(run.status == 2)
    #expect(run.err.contains(file.path) && run.err.contains("无法解码"))
    let english = CLI.run(["check", "--lang", "en", file.path])
    #expect(english.err.contains(file.path) && english.err.contains("cannot be decoded"))
  }

  @Test func gb18030InputGivesTheSameFindingsAsUTF8() throws {
    let folder = CLI.temporaryDirectory()
    let text = Fixtures.example("000_212ac920282683c5.txt")
    let utf8 = folder.appendingPathComponent("utf8.txt")
    let gb = folder.appendingPathComponent("gb.txt")
    try Data(text.utf8).write(to: utf8)
    try Data(try TextDecoding.encode(text, as: .gb18030, byteOrderMark: false)).write(to: gb)
    let fromUTF8 = CLI.run(["check", "--format", "json", utf8.path]).out.replacingOccurrences(of: utf8.path, with: "F")
    let fromGB = CLI.run(["check", "--format", "json", gb.path]).out.replacingOccurrences(of: gb.path, with: "F")
    #expect(fromUTF8 == fromGB)
    #expect(fromGB.contains("GJ310"))
  }

  @Test func standardInputIsRead() {
    let text = Fixtures.example("000_212ac920282683c5.txt")
    let run = CLI.run(["check", "--format", "json", "-"], stdin: Array(text.utf8))
    #expect(run.status == 1)
    #expect(run.out.contains("\"path\": \"<stdin>\"") && run.out.contains("GJ310"))
  }

  @Test func aDirectoryMeansEveryTextFileBelowIt() {
    let run = CLI.run(["check", "--format", "json", Fixtures.examples.path])
    for name in Fixtures.exampleNames { #expect(run.out.contains(name)) }
  }

  @Test func selectAndIgnoreChooseRulesByCodeNameOrPrefix() {
    let path = example("000_212ac920282683c5.txt")
    let selected = CLI.run(["check", "--format", "json", "--select", "GJ31", path]).out
    #expect(
      selected.contains("GJ310") && selected.contains("GJ312") && !selected.contains("GJ503")
        && !selected.contains("GJ401"))
    let ignored = CLI.run(["check", "--format", "json", "--ignore", "row-total,GJ5", path]).out
    #expect(!ignored.contains("\"GJ310\"") && !ignored.contains("GJ503") && ignored.contains("GJ312"))
  }

  @Test func englishMessagesWithLangOrTheEnvironment() {
    let path = example("000_212ac920282683c5.txt")
    #expect(CLI.run(["check", "--lang", "en", path]).out.contains("should be 0"))
    #expect(CLI.run(["check", path], environment: ["LANG": "en_US.UTF-8"]).out.contains("should be 0"))
    #expect(CLI.run(["check", path], environment: ["LANG": "zh_CN.UTF-8"]).out.contains("总计应为0"))
  }

  @Test func theCaretSitsUnderTheExactCharactersCountingCJKAsTwoColumns() throws {
    let run = CLI.run(["check", "--select", "GJ401", example("000_212ac920282683c5.txt")])
    let lines = run.out.components(separatedBy: "\n")
    let index: Int = try #require(lines.firstIndex { $0.contains("GJ401") })
    // Line 9 has "[bookmark: _GoBack]" (19 columns) + "二是依申请公开情况。" (20) + "2020" (4) + "年我局" (6) = 49 columns
    // before "未收到政府信息公开申请" (11 characters, 22 columns). More than 40 columns before the range are cut to the
    // last 40 after "…": "…: _GoBack]二是依申请公开情况。2020年我局" is 1 + 40 = 41 columns.
    let sourceLine = lines[index + 1]
    #expect(sourceLine.contains("…: _GoBack]二是依申请公开情况。2020年我局未收到政府信息公开申请"))
    let caretLine = lines[index + 2]
    let gutter = caretLine.range(of: "| ")!.upperBound
    let carets = caretLine[gutter...]
    #expect(carets.prefix { $0 == " " }.count == 41)
    #expect(carets.filter { $0 == "^" }.count == 22)
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
    let path = example("000_212ac920282683c5.txt")
    #expect(CLI.run(["check", path], terminal: true).out.contains("\u{1B}["))
    #expect(!CLI.run(["check", path], terminal: false).out.contains("\u{1B}["))
    #expect(!CLI.run(["check", "--no-color", path], terminal: true).out.contains("\u{1B}["))
    #expect(!CLI.run(["check", path], environment: ["NO_COLOR": "1"], terminal: true).out.contains("\u{1B}["))
  }

  @Test func usageErrorsAreExitTwo() {
    #expect(CLI.run(["check"]).status == 2)
    #expect(CLI.run(["check", "--format", "xml", "a.txt"]).status == 2)
    #expect(CLI.run(["check", "--bogus", "a.txt"]).status == 2)
    #expect(CLI.run(["frobnicate"]).status == 2)
    #expect(CLI.run(["check", "--fix", "-"]).status == 2)
  }

  @Test(arguments: ["check", "dump", "rules", "explain"])
  func everyCommandHasHelp(_ command: String) {
    let run = CLI.run([command, "--help"])
    #expect(run.status == 0)
    #expect(run.out.contains("USAGE: gouji \(command)"))
  }

  @Test func theVersionIsPrinted() {
    #expect(CLI.run(["--version"]).out.hasPrefix("gouji "))
  }

  @Test func aConfigurationFileSetsSeveritiesAndTurnsRulesOff() throws {
    let folder = CLI.temporaryDirectory()
    let config = folder.appendingPathComponent(".gouji.json")
    try Data(#"{"rules": {"GJ310": "warning", "conversion-artifacts": "off"}}"#.utf8).write(to: config)
    let run = CLI.run(["check", "--format", "json", "--config", config.path, example("000_212ac920282683c5.txt")])
    #expect(
      run.out.contains("\"code\": \"GJ310\", \"name\": \"row-total\", \"severity\": \"warning\"")
        || run.out.contains("\"severity\": \"warning\""))
    #expect(!run.out.contains("GJ503"))
    try Data(#"{"rules": {"GJ999": "off"}}"#.utf8).write(to: config)
    let bad = CLI.run(["check", "--config", config.path, example("000_212ac920282683c5.txt")])
    #expect(bad.status == 2 && bad.err.contains("GJ999"))
  }
}
