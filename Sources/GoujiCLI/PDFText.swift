import Foundation
import GoujiDocuments

/// The text of a PDF file as `pdftotext -layout -enc UTF-8` (poppler-utils) writes it.
enum PDFText {
  /// How long a poppler tool may run on one file before it is stopped: a damaged or hostile PDF must not hold a whole
  /// folder's check.
  static let timeLimit: TimeInterval = 60

  static func extract(_ path: String, io: CommandIO) throws -> String {
    String(decoding: try run("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], io: io), as: UTF8.self)
  }

  /// The standard output of poppler's `tool` run with `arguments`; an error when it is not installed, cannot start,
  /// runs out of time or fails.
  static func run(_ tool: String, _ arguments: [String], io: CommandIO) throws -> Data {
    guard let executable = executable(tool, searchPath: io.environment["PATH"] ?? "/usr/bin:/bin") else {
      throw DocumentError("\(tool) is not installed (Debian/Ubuntu: apt-get install poppler-utils)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { throw DocumentError("\(tool) could not be started: \(error)") }
    let watchdog = Watchdog(process, after: timeLimit)
    // Both pipes are read at once: a child that fills its error pipe while we wait on its output would never end.
    let message = PipeDrain(errors.fileHandleForReading)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let detail = String(decoding: message.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    process.waitUntilExit()
    // Only a process the watchdog actually stopped ran out of time: a pipe held open by another child spawned
    // meanwhile (pipes are inherited across concurrent spawns) can delay the end of reading past the limit.
    if watchdog.fired, process.terminationReason == .uncaughtSignal {
      throw DocumentError("\(tool) did not finish within \(Int(timeLimit)) s")
    }
    guard process.terminationStatus == 0 else {
      throw DocumentError("\(tool) failed (status \(process.terminationStatus))\(detail.isEmpty ? "" : ": " + detail)")
    }
    return data
  }

  /// The first executable named `name` in the directories of `searchPath`.
  private static func executable(_ name: String, searchPath: String) -> String? {
    searchPath.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
