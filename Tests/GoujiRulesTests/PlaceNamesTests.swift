import Testing

@testable import GoujiRules

/// GJ505's look-ups of the province a body's name places it in try a name only when its first scalar leads the body's
/// name (or the body's name starts with a CJK compatibility ideograph): they find what comparing characters finds.
@Suite struct PlaceNamesTests {
  static let agencies = [
    "山东省科学技术厅", "\u{F963}京市科学技术局", "\u{F90A}华市科学技术局", "周口市科学技术局", "安徽省宣城市科学技术局",
    "马鞍山市财政局", "鞍山市财政局", "北京", "市", "", "𠀀北京市", " 北京市", "北\u{0301}京市", "内蒙古自治区教育厅",
    "金华市\r\n科学技术局",
  ]

  @Test(arguments: agencies)
  func lookUpsFindWhatComparingCharactersFinds(_ agency: String) {
    #expect(ProvinceNames.province(of: agency) == ProvinceNames.all.first { agency.hasPrefix($0) })
    let city = CityNames.byProvince.first { entry in entry.cities.contains { agency.hasPrefix($0 + "市") } }
    #expect(CityNames.province(of: agency) == city?.province)
  }

  /// U+F963 is canonically 北, U+F90A 金.
  @Test func compatibilityIdeographsLeadingTheNameArePlaced() {
    #expect(ProvinceNames.province(of: "\u{F963}京市科学技术局") == "北京市")
    #expect(CityNames.province(of: "\u{F90A}华市科学技术局") == "浙江省")
  }
}
