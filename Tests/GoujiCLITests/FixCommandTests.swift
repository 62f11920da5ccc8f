import Foundation
import GoujiTestSupport
import GoujiText
import Testing

/// `check --fix`: safe fixes only, in place, keeping encoding, BOM and line ends; running it twice changes nothing.
@Suite struct FixCommandTests {
  private func copy(_ name: String, transform: (String) -> [UInt8]) throws -> URL {
    let url = CLI.temporaryDirectory().appendingPathComponent(name)
    try Data(transform(Fixtures.example(name))).write(to: url)
    return url
  }

  @Test func safeFixesAreAppliedInPlaceAndASecondRunChangesNothing() throws {
    let url = try copy("001_787e7c90b6bc98b9.txt") { Array($0.utf8) }
    let before = try String(contentsOf: url, encoding: .utf8)
    #expect(before.contains("**二是**"))
    _ = CLI.run(["check", "--fix", url.path])
    let after = try String(contentsOf: url, encoding: .utf8)
    #expect(!after.contains("**"))
    #expect(after.contains("二是制定科学技术局"))
    _ = CLI.run(["check", "--fix", url.path])
    #expect(try String(contentsOf: url, encoding: .utf8) == after)
  }

  @Test func unsafeFixesAreNotApplied() throws {
    let url = try copy("000_212ac920282683c5.txt") { Array($0.utf8) }
    _ = CLI.run(["check", "--fix", url.path])
    let after = try String(contentsOf: url, encoding: .utf8)
    let lines = after.components(separatedBy: "\n")
    // Row 一's 总计 (3) has all-zero parts: recomputing it would erase the only figure, so it stays.
    #expect(lines.contains("\t3"))
    #expect(CLI.run(["check", "--select", "GJ310", url.path]).status == 1)
  }

  @Test func crlfLineEndsAndTheByteOrderMarkAreKept() throws {
    let url = try copy("004_b1d7aab7bdee8be9.txt") {
      [0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
    _ = CLI.run(["check", "--fix", url.path])
    let bytes = try [UInt8](Data(contentsOf: url))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(!text.contains("[bookmark"))
    let bareLF = text.utf8.enumerated().filter {
      $0.element == 0x0A && ($0.offset == 0 || Array(text.utf8)[$0.offset - 1] != 0x0D)
    }
    #expect(bareLF.isEmpty)
  }

  @Test func gb18030FilesStayGB18030() throws {
    let url = try copy("003_5e13778fbfad6663.txt") {
      (try? TextDecoding.encode($0, as: .gb18030, byteOrderMark: false)) ?? []
    }
    _ = CLI.run(["check", "--fix", url.path])
    let bytes = try [UInt8](Data(contentsOf: url))
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let decoded = try TextDecoding.decode(bytes)
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text.contains("周口市科技局") && !decoded.text.contains("⼯"))
  }
}
