import Foundation
import GoujiCLI
import GoujiText
import Testing

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

  static func run(
    _ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:], terminal: Bool = false,
    maximumTextBytes: Int? = nil
  ) -> CLIRun {
    let out = Locked(""), err = Locked("")
    var io = CommandIO(
      out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } },
      readStandardInput: { stdin }, environment: environment, isTerminal: terminal
    )
    if let maximumTextBytes { io.maximumTextBytes = maximumTextBytes }
    let status = GoujiCommandLine.run(arguments, io: io, languageServer: noServer)
    return CLIRun(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
  }

  /// A fresh temporary directory, inside this test process's scratch folder: removed when the process exits, so a
  /// run of the suite leaves nothing in the system's temporary folder (`ScratchFolderTests`).
  static func temporaryDirectory() -> URL {
    let url = ScratchFolder.root.appendingPathComponent(UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
