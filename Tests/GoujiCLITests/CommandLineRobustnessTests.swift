import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// The command line under hostile conditions: a full disk, binary input, unreadable folders, symbolic links,
/// files named twice, leftovers of a killed run. Each ends with a message and exit status 2, or does the right
/// thing, and never crashes.
@Suite struct CommandLineRobustnessTests {
  static let example = "001_787e7c90b6bc98b9.txt"

  private func copy(into folder: URL, name: String = Self.example) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(Fixtures.example(Self.example).utf8).write(to: url)
    return url
  }

  /// Standard output on a full disk: exit 2 with a message on standard error, not a crash.
  @Test func standardOutputOnAFullDisk() throws {
    let gouji = try #require(EndToEnd.gouji)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: gouji)
    process.arguments = ["check", Fixtures.examples.appendingPathComponent(Self.example).path]
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 2)
    #expect(message.contains("cannot write to standard output"))
  }

  @Test func randomBytesAreNotATextFile() throws {
    let folder = CLI.temporaryDirectory()
    var generator = SeededGenerator(seed: 4096)
    for round in 0..<20 {
      let file = folder.appendingPathComponent("random-\(round).txt")
      try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: file)
      let run = CLI.run(["check", file.path])
      #expect(run.status == 2)
      #expect(run.err.contains(file.path) && run.err.contains("不是文本文件"), "\(run.err)")
    }
    let english = CLI.run(["check", "--lang", "en", folder.appendingPathComponent("random-0.txt").path])
    #expect(english.status == 2 && english.err.contains("not a text file"), "\(english.err)")
  }

  /// GB18030 and UTF-16 with a byte-order mark are text, and so is a report with a stray control character.
  @Test func everySupportedEncodingIsStillText() throws {
    let folder = CLI.temporaryDirectory()
    let text = Fixtures.example(Self.example).replacingOccurrences(of: "一、总体情况", with: "一、总体情况\u{0C}\u{7}")
    let encodings: [(TextEncoding, Bool)] = [
      (.gb18030, false), (.utf16LittleEndian, true), (.utf16BigEndian, true), (.utf8, true),
    ]
    for (encoding, bom) in encodings {
      let file = folder.appendingPathComponent("\(encoding.rawValue).txt")
      try Data(TextDecoding.encode(text, as: encoding, byteOrderMark: bom)).write(to: file)
      let run = CLI.run(["check", file.path])
      #expect(run.status != 2, "\(encoding): \(run.err)")
    }
  }

  /// A folder that cannot be listed is named on standard error and the run exits 2 (simulated: tests run as root).
  @Test func anUnreadableSubfolderIsNamed() throws {
    let folder = CLI.temporaryDirectory()
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    _ = try copy(into: folder)
    let (files, errors) = FileCollector.collect([folder.path]) { path in
      if path.hasSuffix("locked") { throw CocoaError(.fileReadNoPermission) }
      return try FileManager.default.contentsOfDirectory(atPath: path)
    }
    #expect(files.count == 1)
    #expect(errors.map(\.path) == [locked.path])
  }

  /// The same, for real, when the tests do not run as root (root reads any folder).
  @Test(.enabled(if: geteuid() != 0)) func anUnreadableSubfolderExitsTwo() throws {
    let folder = CLI.temporaryDirectory()
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
    let run = CLI.run(["check", folder.path])
    #expect(run.status == 2)
    #expect(run.err.contains(locked.path))
  }

  @Test func fixThroughASymbolicLinkFixesTheRealFileAndKeepsTheLink() throws {
    let folder = CLI.temporaryDirectory()
    let real = try copy(into: folder)
    let link = folder.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    _ = CLI.run(["check", "--fix", link.path])
    let type = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
    #expect(type == .typeSymbolicLink)
    #expect(!(try String(contentsOf: real, encoding: .utf8)).contains("**"))
  }

  @Test func aFileNamedTwiceOrThroughTwoPathsIsCheckedOnce() throws {
    let folder = CLI.temporaryDirectory()
    let real = try copy(into: folder)
    let link = folder.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    let dotted = folder.appendingPathComponent("sub/../\(Self.example)").path
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let run = CLI.run(["check", "--fix", "--format", "json", real.path, real.path, link.path, dotted])
    #expect(run.status != 2, "\(run.err)")
    #expect(run.err.isEmpty)
    let files = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    #expect((files?["files"] as? [Any])?.count == 1)
    #expect(!(try String(contentsOf: real, encoding: .utf8)).contains("**"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  /// Temporary files of a killed run are removed by the next `--fix`; those of a running process are kept.
  @Test func leftoversOfAKilledRunAreCleaned() throws {
    let folder = CLI.temporaryDirectory()
    let real = try copy(into: folder)
    let dead = folder.appendingPathComponent(".\(Self.example).gouji-\(Int32.max - 7).tmp")
    let alive = folder.appendingPathComponent(".\(Self.example).gouji-\(getpid()).tmp")
    let other = folder.appendingPathComponent(".other.txt.gouji-\(Int32.max - 7).tmp")
    for url in [dead, alive, other] { try Data("half".utf8).write(to: url) }
    _ = CLI.run(["check", "--fix", real.path])
    #expect(!FileManager.default.fileExists(atPath: dead.path))
    #expect(FileManager.default.fileExists(atPath: alive.path))
    #expect(FileManager.default.fileExists(atPath: other.path))
  }
}
