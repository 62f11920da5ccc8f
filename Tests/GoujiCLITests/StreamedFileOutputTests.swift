import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// A file with more findings than ``CheckOutput/renderedAtOnceLimit`` has its text or JSON output written finding by
/// finding when its turn comes: the same bytes as rendered at once, in chunks.
@Suite struct StreamedFileOutputTests {
  /// Example 000 on CRLF lines, with 𠀀 and CJK before its leftovers and 600 more `[image: x]` markers: findings on
  /// lines whose columns depend on the astral character and the line ends.
  static var text: String {
    let example = Fixtures.example("000_212ac920282683c5.txt")
    return example.replacingOccurrences(of: "[image:", with: "𠀀中[image:")
      .replacingOccurrences(of: "\n", with: "\r\n") + String(repeating: "说明 [image: x]\r\n", count: 600)
  }

  /// The analysis, made once for every test (it takes seconds in a debug build).
  static let checked = CheckedFile(path: "报告.txt", analysis: Analyzer.analyze(SourceText(text)))

  static func outputs(format: CheckOptions.OutputFormat, limit: Int) -> (output: FileOutput, written: String) {
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

  @Test(arguments: [CheckOptions.OutputFormat.text, .json])
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
}
