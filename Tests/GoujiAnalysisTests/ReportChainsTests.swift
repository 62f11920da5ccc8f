import GoujiAnalysis
import Testing

/// The grouping of a batch's reports into the same body's consecutive years: exact names after a safe
/// normalisation, never a guess.
@Suite struct ReportChainsTests {
  typealias Member = ReportChains.Member

  @Test func namesAreComparedAfterFoldingSpacesAndYears() {
    #expect(AgencyName.key("某市 科学技术局") == AgencyName.key("某市科学技术局"))
    #expect(AgencyName.key("某市（区）科学技术局") == AgencyName.key("某市(区)科学技术局"))
    #expect(AgencyName.key("某市科学技术局2022年度") == AgencyName.key("某市科学技术局"))
    #expect(AgencyName.key("青𠀀县\u{3000}人民政府") == "青𠀀县政府")
  }

  @Test func peoplesGovernmentIsAbbreviatedOnlyAfterADivision() {
    #expect(AgencyName.key("某县人民政府办公室") == AgencyName.key("某县政府办公室"))
    #expect(AgencyName.key("某某镇人民政府") == AgencyName.key("某某镇政府"))
    // Not after a division's name: 人民政府 is part of another name here.
    #expect(AgencyName.key("某县驻京人民政府联络处") != AgencyName.key("某县驻京政府联络处"))
  }

  @Test func similarNamesOfOtherBodiesStayApart() {
    #expect(AgencyName.key("某县人民政府") != AgencyName.key("某县人民政府办公室"))
    #expect(AgencyName.key("某市科技局") != AgencyName.key("某市科学技术局"))
    #expect(AgencyName.key("某市科学技术局") != AgencyName.key("科学技术局"))
    #expect(AgencyName.key(" 局 ") == nil)
  }

  @Test func consecutiveYearsOfOneBodyAreLinkedInAnyOrder() {
    let chains = ReportChains([
      Member(agency: "某县人民政府", year: 2023), Member(agency: "某县人民政府办公室", year: 2022),
      Member(agency: "某县人民政府", year: 2021), Member(agency: "某县政府", year: 2022),
      Member(agency: "某县人民政府", year: 2025),
    ])
    #expect(chains.previous == [0: 3, 3: 2])
    #expect(chains.predecessors == [2, 3])
    #expect(chains.duplicates.isEmpty)
  }

  @Test func severalReportsOfOneBodyAndYearAreNotLinked() {
    let chains = ReportChains([
      Member(agency: "某县人民政府", year: 2021), Member(agency: "某县政府", year: 2022),
      Member(agency: "某县人民政府", year: 2022), Member(agency: "某县人民政府", year: 2023),
    ])
    #expect(chains.previous.isEmpty)
    #expect(chains.duplicates.map(\.agency) == ["某县政府"])
    #expect(chains.duplicates.map(\.year) == [2022] && chains.duplicates.map(\.members) == [[1, 2]])
  }

  @Test func reportsWithoutAgencyOrYearAreLeftOut() {
    let chains = ReportChains([
      Member(agency: nil, year: 2021), Member(agency: "某市科学技术局", year: nil),
      Member(agency: "某市科学技术局", year: 2022),
    ])
    #expect(chains.previous.isEmpty && chains.duplicates.isEmpty)
  }
}
