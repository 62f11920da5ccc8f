import Foundation
import GoujiTestSupport
import Testing

@Suite struct OutputFormatTests {
  private let path = Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt").path

  @Test func sarifHasTheStructureOfSARIF210() throws {
    let run = CLI.run(["check", "--format", "sarif", path])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect(root["version"] as? String == "2.1.0")
    let runs = try #require(root["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "gouji")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids.count == rules.count && ids.contains("GJ310"))
    for rule in rules {
      #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
      #expect(
        ["error", "warning", "note", "none"].contains(
          (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
    }
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for result in results {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == id)
      #expect(["error", "warning", "note", "none"].contains(result["level"] as? String ?? ""))
      #expect((result["message"] as? [String: Any])?["text"] is String)
      let location = try #require(
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let region = try #require(location["region"] as? [String: Any])
      #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
      #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == path)
    }
  }

  @Test func sarifResultsOfBalanceFindingsCarryTheirEquation() throws {
    let run = CLI.run(["check", "--format", "sarif", path])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    // Example 000's 一、本年新收: 总计 3 over six applicant cells of 0.
    let rowTotal = try #require(results.first { $0["ruleId"] as? String == "GJ310" })
    let balance = try #require((rowTotal["properties"] as? [String: Any])?["balance"] as? [String: Any])
    #expect(
      balance["rule"] as? String == "R3-2" && balance["table"] as? Int == 3 && balance["line"] as? String == "new")
    let cell = try #require(balance["cell"] as? [String: Any])
    #expect(cell["row"] as? String == "new" && cell["column"] as? String == "total" && cell["value"] as? Int == 3)
    #expect(balance["expected"] as? Int == 0 && balance["written"] as? Int == 3)
    #expect((balance["parts"] as? [[String: Any]])?.compactMap { $0["value"] as? Int } == [0, 0, 0, 0, 0, 0])
    let balanceCodes: Set = ["GJ310", "GJ311", "GJ312", "GJ313", "GJ314"]
    for result in results {
      #expect((result["properties"] != nil) == balanceCodes.contains(result["ruleId"] as? String ?? ""))
    }
  }

  @Test func jsonPositionsAreOneBasedCharacterColumns() throws {
    let run = CLI.run(["check", "--format", "json", "--select", "GJ401", path])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let diagnostic = try #require(
      ((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first)
    // "[bookmark: _GoBack]二是依申请公开情况。2020年我局" is 36 characters; the phrase starts at column 37 of line 9.
    #expect(diagnostic["line"] as? Int == 9)
    #expect(diagnostic["column"] as? Int == 37)
    #expect(diagnostic["endColumn"] as? Int == 48)
  }

  @Test func dumpPrintsTheContractsShape() throws {
    let run = CLI.run(["dump", path])
    #expect(run.status == 0)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect(root["reportYear"] as? Int == 2020 && root["format"] as? String == "2019")
    #expect((root["table3"] as? [[String: Any]])?.count == 23)
    #expect((root["table4"] as? [Any])?.count == 15)
    let tree = CLI.run(["dump", "--format", "tree", path])
    #expect(tree.out.contains("section 3 88:1..88:18 收到和处理政府信息公开申请情况"))
  }
}
