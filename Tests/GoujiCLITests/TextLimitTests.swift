import Foundation
import Testing

/// A text longer than gouji reads (4 GiB in use, a few bytes here) is refused whole, with exit status 2, never read in
/// part.
@Suite struct TextLimitTests {
  static let report = "2020年政府信息公开工作年度报告\n一、总体情况\n"

  @Test func aFileLongerThanTheLimitIsRefusedAndAFileAtTheLimitIsRead() throws {
    let folder = CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("long.txt").path
    try Data(Self.report.utf8).write(to: URL(fileURLWithPath: path))
    let bytes = Self.report.utf8.count
    let refused = CLI.run(["check", path], maximumTextBytes: bytes - 1)
    #expect(refused.status == 2)
    #expect(refused.out.isEmpty)
    #expect(refused.err.contains("\(path): 文件太大（\(bytes) 字节）：gouji 只读不超过 \(bytes - 1) 字节的文本"))
    #expect(CLI.run(["dump", path], maximumTextBytes: bytes - 1).status == 2)
    let english = CLI.run(["check", "--lang", "en", path], maximumTextBytes: bytes - 1)
    #expect(english.status == 2)
    #expect(english.err.contains("too large (\(bytes) bytes): gouji reads texts of at most \(bytes - 1) bytes"))
    let read = CLI.run(["check", path], maximumTextBytes: bytes)
    #expect(read.status == 0 || read.status == 1)
    #expect(!read.err.contains("文件太大"))
  }

  @Test func standardInputLongerThanTheLimitIsRefused() {
    let run = CLI.run(["check", "-"], stdin: Array(Self.report.utf8), maximumTextBytes: 10)
    #expect(run.status == 2)
    #expect(run.err.contains("文件太大（\(Self.report.utf8.count) 字节）"))
  }

  /// UTF-16 grows when decoded to UTF-8 (a CJK character takes 2 bytes, then 3): the decoded text is measured too.
  @Test func aTextThatGrowsWhenDecodedIsMeasuredDecoded() {
    let utf16: [UInt8] = [0xFF, 0xFE] + Self.report.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let run = CLI.run(["check", "-"], stdin: utf16, maximumTextBytes: utf16.count)
    #expect(run.status == 2)
    #expect(run.err.contains("文件太大（\(Self.report.utf8.count) 字节）"))
  }
}
