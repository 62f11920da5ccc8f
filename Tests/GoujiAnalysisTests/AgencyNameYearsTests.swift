import GoujiAnalysis
import GoujiTestSupport
import Testing

/// The years an agency name loses before names are compared are removed by a scan of the name's characters, which
/// must remove exactly what the regular expression `[0-9]{4}年度?` matches (leftmost first, character by character).
@Suite struct AgencyNameYearsTests {
  @Test func yearsAreRemovedAsTheRegularExpressionRemovesThem() {
    let pieces = ["2", "0", "9", "年", "度", "某", "县", "𠀀", " ", "\u{0301}", "\r\n", "１"]
    var generator = SeededGenerator(seed: 20_261_205)
    for _ in 0..<3_000 {
      let length = Int.random(in: 0...14, using: &generator)
      let name = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(AgencyName.removingYears(name) == name.replacing(/[0-9]{4}年度?/, with: ""), "\(name.debugDescription)")
    }
    for name in ["某市2022年度科学技术局", "20222年某县", "2022年2023年度", "2022年\u{0301}", "202２年"] {
      #expect(AgencyName.removingYears(name) == name.replacing(/[0-9]{4}年度?/, with: ""), "\(name)")
    }
  }
}
