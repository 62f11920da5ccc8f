import Foundation
import GoujiTestSupport
import Testing

/// `gouji check` on several reports links the same body's consecutive years (Tests/Fixtures/chain: 青𠀀县 2021–2023,
/// whose 2022→2023 link is broken, and a decoy body with a similar name).
@Suite struct CrossYearChainTests {
  static let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/chain")
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The cross-year findings of a `check --format json` run, per file name: `CODE line:column`, in output order.
  static func crossYearFindings(_ arguments: [String]) throws -> [String: [String]] {
    let run = CLI.run(["check", "--format", "json"] + arguments)
    #expect(run.err.isEmpty, "\(run.err)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    var found: [String: [String]] = [:]
    for file in files {
      let name = URL(fileURLWithPath: try #require(file["path"] as? String)).lastPathComponent
      let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
      found[name] = diagnostics.compactMap { diagnostic in
        guard let code = diagnostic["code"] as? String, ["GJ402", "GJ408", "GJ409"].contains(code) else { return nil }
        return "\(code) \(diagnostic["line"] ?? "?"):\(diagnostic["column"] ?? "?")"
      }
    }
    return found
  }

  /// What the broken link gives, at the later report's cells: 上年结转's 自然人 and 总计 (line 37), 行政规范性文件's
  /// 现行有效件数 (line 21), and the repeated prose on the title.
  static let brokenLink = ["GJ409 1:1", "GJ408 21:13", "GJ402 37:20", "GJ402 37:32"]

  @Test func theFolderReportsTheBrokenLinkAtTheLaterReportsCells() throws {
    let found = try Self.crossYearFindings([Self.folder.path])
    #expect(
      found == [
        "qinghe-2021.txt": [], "qinghe-2022.txt": [], "qinghe-2023.txt": Self.brokenLink, "qinghe-office-2022.txt": [],
      ])
  }

  @Test func filesNamedInAnyOrderAreLinkedTheSame() throws {
    let names = ["qinghe-2023.txt", "qinghe-office-2022.txt", "qinghe-2021.txt", "qinghe-2022.txt"]
    let found = try Self.crossYearFindings(names.map(Self.path))
    #expect(found["qinghe-2023.txt"] == Self.brokenLink)
    let others = found.filter { $0.key != "qinghe-2023.txt" }.values.flatMap(\.self)
    #expect(found.count == 4 && others.isEmpty)
  }

  @Test func messagesNameBothYearsNumbersAndLastYearsFile() {
    let paths = [Self.path("qinghe-2022.txt"), Self.path("qinghe-2023.txt")]
    let chinese = CLI.run(["check", "--select", "GJ402"] + paths).out
    #expect(chinese.contains("“二、上年结转”的“自然人”为2，2022年度报告（\(Self.path("qinghe-2022.txt"))）“四、结转下年度继续办理”为1"))
    let english = CLI.run(["check", "--lang", "en", "--select", "GJ408"] + paths).out
    #expect(
      english.contains(
        "“行政规范性文件” has “现行有效件数” 20; from the 2022 report (\(Self.path("qinghe-2022.txt"))) it should be the 2022 report's 现行有效件数 18 + 本年制发件数 2 − 本年废止件数 1 = 19"
      ))
  }

  @Test func theDecoyIsLinkedToNothing() throws {
    // Alone with the 2023 report, the county government's office is not taken for last year's county government.
    let found = try Self.crossYearFindings([Self.path("qinghe-office-2022.txt"), Self.path("qinghe-2023.txt")])
    #expect(found == ["qinghe-office-2022.txt": [], "qinghe-2023.txt": []])
  }

  @Test func twoReportsOfOneBodyAndYearLinkToNothing() throws {
    let folder = CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, copy) in [("qinghe-2022.txt", "a.txt"), ("qinghe-2022.txt", "b.txt"), ("qinghe-2023.txt", "c.txt")] {
      try FileManager.default.copyItem(atPath: Self.path(name), toPath: folder.appendingPathComponent(copy).path)
    }
    let found = try Self.crossYearFindings([folder.path])
    #expect(found == ["a.txt": [], "b.txt": [], "c.txt": []])
  }

  @Test func previousStillNamesLastYearsReportForEveryFile() throws {
    let found = try Self.crossYearFindings(["--previous", Self.path("qinghe-2022.txt"), Self.path("qinghe-2023.txt")])
    #expect(found["qinghe-2023.txt"] == Self.brokenLink)
    let alone = try Self.crossYearFindings([Self.path("qinghe-2023.txt")])
    #expect(alone["qinghe-2023.txt"] == [])
  }
}
