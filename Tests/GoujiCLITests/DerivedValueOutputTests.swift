import Foundation
import GoujiTestSupport
import Testing

/// GJ312 counts an empty outcome-row 总计 that GJ311 reports as the sum of that row's parts: a value gouji computed,
/// not one in the text. The JSON output's message and related location name it as such, and SARIF's
/// `properties.balance` marks that part `derived`.
@Suite struct DerivedValueOutputTests {
  /// （一）予以公开's 总计 left empty (its parts add up to 1) and （四）1's 商业企业 2 where （七）总计 counts 1: GJ312 on the
  /// 总计 column counts the empty cell as 1. CRLF, `𠀀` in the prose.
  private static func reportFile() throws -> String {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.preamble = "本报告𠀀根据《中华人民共和国政府信息公开条例》编制。"
    }
    .setting(.table3, "public", "total", "")
    .setting(.table3, "unable.notHeld", ["0", "2", "0", "0", "0", "0", "2"])
    .setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "2"]).build()
    let url = CLI.temporaryDirectory().appendingPathComponent("report.txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// The diagnostics of `run`'s JSON output.
  private func diagnostics(_ run: CLIRun) throws -> [[String: Any]] {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    return try #require((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])
  }

  @Test func theJSONOutputNamesADerivedValueAsComputed() throws {
    let path = try Self.reportFile()
    let found = try diagnostics(CLI.run(["check", "--format", "json", "--select", "GJ312", path]))
    let total = try #require(found.first { ($0["message"] as? String)?.contains("“总计”列") == true })
    let message = try #require(total["message"] as? String)
    #expect(
      message.hasPrefix(
        "（七）总计的“总计”列应为3（（一）予以公开1（总计未填写，按各列合计）+（四）无法提供 1.本机关不掌握相关政府信息2），实际填写2"))
    let related = try #require(total["related"] as? [[String: Any]])
    let derived = try #require(related.first { ($0["message"] as? String)?.hasPrefix("（一）予以公开") == true })
    #expect(derived["message"] as? String == "（一）予以公开1（总计未填写，按各列合计）")
    // The empty cell itself: the last field of its line, after the sixth TAB.
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
    let line = try #require(derived["line"] as? Int)
    #expect(lines[line - 1].contains("（一）予以公开") && lines[line - 1].hasSuffix("\t"), "\(lines[line - 1])")
    #expect(derived["column"] as? Int == lines[line - 1].count + 1)
    let english = try diagnostics(CLI.run(["check", "--format", "json", "--select", "GJ312", "--lang", "en", path]))
    let derivedInEnglish = "1 (no total written; sum of its columns)"
    #expect(english.contains { ($0["message"] as? String)?.contains(derivedInEnglish) == true })
  }

  @Test func sarifMarksTheDerivedPartAndNoOther() throws {
    let run = CLI.run(["check", "--format", "sarif", "--select", "GJ312", try Self.reportFile()])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    let balances = results.compactMap { ($0["properties"] as? [String: Any])?["balance"] as? [String: Any] }
    let column = try #require(balances.first { $0["line"] as? String == "total" })
    let parts = try #require(column["parts"] as? [[String: Any]])
    #expect(parts.filter { $0["derived"] != nil }.map { $0["row"] as? String } == ["public"])
    let publicPart = try #require(parts.first { $0["row"] as? String == "public" })
    #expect(publicPart["derived"] as? Bool == true && publicPart["value"] as? Int == 1)
    let other = try #require(balances.first { $0["line"] as? String == "commercial" })
    #expect((other["parts"] as? [[String: Any]])?.allSatisfy { $0["derived"] == nil } == true)
  }
}
