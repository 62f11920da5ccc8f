import GoujiJSON
import Testing

/// A balance finding's `data` carries its equation under `balance` (beside the identity code actions read), on a
/// CRLF report with an astral character; other findings carry only the identity.
@Suite struct BalanceDataTests {
  @Test func rowTotalDataNamesTheRuleTheCellAndTheValues() throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///crlf.txt", text: SampleTexts.crlfWithAstral)
    let published = try #require(client.diagnostics("file:///crlf.txt", version: 1))
    // Example 000's 一、本年新收: 总计 3 over six applicant cells of 0.
    let rowTotal = try #require(published.first { $0["code"] == "GJ310" })
    let balance = try #require(rowTotal["data"]?["balance"])
    #expect(balance["rule"] == "R3-2" && balance["table"] == 3 && balance["line"] == "new")
    #expect(balance["cell"] == ["row": "new", "column": "total", "value": 3])
    #expect(balance["expected"] == 0 && balance["written"] == 3)
    #expect(balance["totals"]?.arrayValue?.count == 1)
    let parts = try #require(balance["parts"]?.arrayValue)
    #expect(
      parts.compactMap { $0["column"]?.stringValue } == [
        "natural", "commercial", "research", "publicInterest", "legal", "other",
      ])
    #expect(parts.allSatisfy { $0["row"] == "new" && $0["value"] == 0 })
    #expect(rowTotal["data"]?["code"] == "GJ310" && rowTotal["data"]?["version"] == 1)
    for diagnostic in published
    where !["GJ310", "GJ311", "GJ312", "GJ313", "GJ314"].contains(diagnostic["code"]?.stringValue ?? "") {
      #expect(diagnostic["data"]?["balance"] == nil)
    }
    #expect(client.shutDownAndExit() == 0)
  }
}
