import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// A file with more findings than ``CheckOutput/renderedAtOnceLimit`` (or, in JSON and SARIF, more fix edits) has its
/// output written finding by finding (edit by edit) when its turn comes: the same bytes as rendered at once, in chunks.
@Suite struct StreamedFileOutputTests {
  /// Example 000 on CRLF lines, with 𠀀 and CJK before its leftovers and 600 more `[image: x]` markers: findings on
  /// lines whose columns depend on the astral character and the line ends.
  static var text: String {
    let example = Fixtures.example("000_212ac920282683c5.txt")
    return example.replacingOccurrences(of: "[image:", with: "𠀀中[image:")
      .replacingOccurrences(of: "\n", with: "\r\n") + String(repeating: "说明 [image: x]\r\n", count: 700)
  }

  /// The analysis, made once for every test (it takes seconds in a debug build).
  static let checked = CheckedFile(path: "报告.txt", analysis: Analyzer.analyze(SourceText(text)))

  /// 𠀀 and CRLF lines of Kangxi radicals (`⼀`, `⼯`): one GJ501 finding whose fix holds 3,000 edits (and the few
  /// findings of a text that is no report).
  static let compatibility = CheckedFile(
    path: "兼容.txt",
    analysis: Analyzer.analyze(
      SourceText(String(repeating: "𠀀说明⼀⼯" + String(repeating: "⼀", count: 28) + "\r\n", count: 100)))
  )

  static func outputs(
    format: CheckOptions.OutputFormat, limit: Int, checked: CheckedFile = checked
  ) -> (output: FileOutput, written: String) {
    var options = CheckOptions()
    options.format = format
    let io = CommandIO(out: { _ in }, err: { _ in }, readStandardInput: { [] }, environment: [:], isTerminal: false)
    var output = CheckOutput(options: options, language: .zh, io: io)
    output.renderedAtOnceLimit = limit
    let file = output.file(checked).output
    var written = ""
    file.write(after: "前缀", to: { written += $0 })
    return (file, written)
  }

  @Test(arguments: [CheckOptions.OutputFormat.text, .json, .sarif, .csv])
  func streamedOutputIsTheRenderedOutput(format: CheckOptions.OutputFormat) {
    let rendered = Self.outputs(format: format, limit: 1_000)
    let streamed = Self.outputs(format: format, limit: 10)
    guard case .rendered = rendered.output, case .streamed = streamed.output else {
      Issue.record("expected one output rendered and one streamed")
      return
    }
    #expect(streamed.written == rendered.written)
    #expect(rendered.written.hasPrefix("前缀"))
    #expect(rendered.written.utf8.count > FileOutput.chunkBytes)
  }

  @Test func aStreamedOutputIsWrittenInChunks() {
    var chunks: [String] = []
    let (output, _) = Self.outputs(format: .json, limit: 0)
    output.write(after: "", to: { chunks.append($0) })
    #expect(chunks.count > 1)
    #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= FileOutput.chunkBytes })
  }

  @Test func aFixOfManyEditsIsStreamedInJSONAndSARIF() {
    let diagnostics = Self.compatibility.diagnostics
    #expect(diagnostics.filter { $0.code == "GJ501" }.map { $0.fixes[0].edits.count } == [3_000])
    let edits = diagnostics.editCount
    #expect(edits == diagnostics.reduce(0) { $0 + $1.fixes.reduce(0) { $0 + $1.edits.count } })
    #expect(diagnostics.count < 100)
    for format in [CheckOptions.OutputFormat.json, .sarif] {
      let rendered = Self.outputs(format: format, limit: edits, checked: Self.compatibility)
      let streamed = Self.outputs(format: format, limit: edits - 1, checked: Self.compatibility)
      guard case .rendered = rendered.output, case .streamed = streamed.output else {
        Issue.record("\(format): expected one output rendered and one streamed")
        continue
      }
      #expect(streamed.written == rendered.written)
      #expect(rendered.written.contains("\"newText\": \"一\"") || rendered.written.contains("\"text\": \"一\""))
      var chunks: [String] = []
      streamed.output.write(after: "", to: { chunks.append($0) })
      #expect(chunks.count > 1, "\(format): \(rendered.written.utf8.count) bytes in one chunk")
    }
  }

  @Test(arguments: [CheckOptions.OutputFormat.text, .csv])
  func editsDoNotStreamAnOutputThatDoesNotListThem(format: CheckOptions.OutputFormat) {
    guard case .rendered = Self.outputs(format: format, limit: 10, checked: Self.compatibility).output else {
      Issue.record("expected the output rendered at once")
      return
    }
  }
}
