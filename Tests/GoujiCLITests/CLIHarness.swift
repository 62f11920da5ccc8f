import Foundation
import GoujiCLI
import Testing

/// Runs the command line in-process and captures what it prints.
final class CapturedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""

  var out: String { lock.withLock { outText } }
  var err: String { lock.withLock { errText } }

  func appendOut(_ string: String) { lock.withLock { outText += string } }
  func appendErr(_ string: String) { lock.withLock { errText += string } }
}

struct CLIRun {
  var status: Int32
  var out: String
  var err: String
}

enum CLI {
  /// A language server launcher that fails the test when started, for runs that never start the server.
  static let noServer = LanguageServerLauncher { _ in
    Issue.record("the language server was started")
    return 1
  }

  static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:], terminal: Bool = false)
    -> CLIRun
  {
    let captured = CapturedOutput()
    let io = CommandIO(
      out: { captured.appendOut($0) }, err: { captured.appendErr($0) }, readStandardInput: { stdin },
      environment: environment, isTerminal: terminal
    )
    let status = GoujiCommandLine.run(arguments, io: io, languageServer: noServer)
    return CLIRun(status: status, out: captured.out, err: captured.err)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
