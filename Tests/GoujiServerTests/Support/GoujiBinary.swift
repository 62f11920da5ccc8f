import Foundation
import GoujiJSON
import Testing

/// The built `gouji` executable, which SwiftPM puts next to the test bundle.
enum GoujiBinary {
  /// Where the executable is, `nil` when it was not built.
  static func url() -> URL? { located }

  /// The diagnostics `gouji check --format json --lang zh` prints for the file at `path`, as JSON objects.
  static func checkDiagnostics(_ path: String) throws -> [[String: Any]] {
    let check = Process()
    let executable: URL = try #require(url())
    check.executableURL = executable
    check.arguments = ["check", "--format", "json", "--lang", "zh", path]
    let output = Pipe()
    check.standardOutput = output
    try check.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    check.waitUntilExit()
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    return try #require(files.first?["diagnostics"] as? [[String: Any]])
  }

  private static let located: URL? = {
    var folders: [URL] = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL,
      Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    // On macOS the test bundle is a directory (…/debug/goujiPackageTests.xctest/Contents/MacOS/…).
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    return folders.lazy.map { $0.appendingPathComponent("gouji") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }()
}

/// A `gouji` process speaking LSP over its standard streams, as an editor runs it.
final class StdioServer {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private var buffer: [UInt8] = []

  init(arguments: [String] = ["lsp"]) throws {
    let executable = try #require(GoujiBinary.url(), "the gouji executable is not built next to the tests")
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Writes raw bytes, framing included (or deliberately broken).
  func write(_ bytes: some Sequence<UInt8>) {
    input.fileHandleForWriting.write(Data(bytes))
  }

  func send(_ message: JSONValueText) {
    let body = Array(message.utf8)
    write(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  /// The next message the server wrote, as a JSON object (blocking until it arrives or the stream ends).
  func receive() -> [String: Any]? {
    while true {
      if let message = nextFrame() { return message }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { return nil }
      buffer += chunk
    }
  }

  /// The next message that answers request `id`, skipping notifications.
  func response(to id: Int) -> [String: Any]? {
    while let message = receive() {
      if message["method"] == nil, message["id"] as? Int == id { return message }
    }
    return nil
  }

  /// The exit status, once the process ended (waiting at most `seconds`).
  func exitStatus(within seconds: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    return process.isRunning ? nil : process.terminationStatus
  }

  func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  private func nextFrame() -> [String: Any]? {
    let separator = Array("\r\n\r\n".utf8)
    guard let headerEnd = (0..<max(0, buffer.count - 3)).first(where: { Array(buffer[$0..<$0 + 4]) == separator })
    else {
      return nil
    }
    let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
    guard
      let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
      let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
      buffer.count >= headerEnd + 4 + length
    else { return nil }
    let body = Data(buffer[(headerEnd + 4)..<(headerEnd + 4 + length)])
    buffer.removeFirst(headerEnd + 4 + length)
    return try? JSONSerialization.jsonObject(with: body) as? [String: Any]
  }
}

/// JSON text of a message, written by hand in the stdio tests so that they do not depend on the server's types.
typealias JSONValueText = String
