import Foundation
import GoujiCLI
import GoujiText
import Testing

/// `gouji lsp` and `gouji --stdio` read their options and hand over to the launcher the executable passes.
@Suite struct LSPCommandTests {
  /// Runs the command line with a launcher that records how it was started and returns 7.
  private func run(_ arguments: [String]) -> (status: Int32, starts: [Bool], err: String) {
    let starts = Locked<[Bool]>([])
    let errors = Locked<String>("")
    let io = CommandIO(
      out: { _ in }, err: { text in errors.withLock { $0 += text } }, readStandardInput: { [] }, environment: [:],
      isTerminal: false
    )
    let launcher = LanguageServerLauncher { verbose in
      starts.withLock { $0.append(verbose) }
      return 7
    }
    let status = GoujiCommandLine.run(arguments, io: io, languageServer: launcher)
    return (status, starts.withLock { $0 }, errors.withLock { $0 })
  }

  @Test func theServerStartsWithItsOptions() {
    #expect(run(["lsp"]) == (7, [false], ""))
    #expect(run(["lsp", "--stdio", "--verbose"]) == (7, [true], ""))
    #expect(run(["--stdio"]) == (7, [false], ""))
  }

  @Test func anUnknownOptionIsAUsageErrorAndStartsNothing() {
    let result = run(["lsp", "--tcp"])
    #expect(result.status == 2 && result.starts.isEmpty)
    #expect(result.err.contains("unknown option '--tcp'"))
    #expect(run(["lsp", "--help"]).starts.isEmpty)
  }
}
