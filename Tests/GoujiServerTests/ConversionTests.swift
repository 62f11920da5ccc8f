@testable import GoujiAnalysis
import GoujiRules
@testable import GoujiServer
import GoujiText
import LanguageServerProtocol
import Testing

@Suite struct ConversionTests {
  @Test func positionEncodingFollowsTheClientsPreference() {
    #expect(PositionUnit.negotiated(from: []) == .utf16)
    #expect(PositionUnit.negotiated(from: [.utf32, .utf16]) == .utf32)
    #expect(PositionUnit.negotiated(from: [PositionEncodingKind(rawValue: "latin-1"), .utf8, .utf16]) == .utf8)
    #expect(PositionUnit.negotiated(from: [PositionEncodingKind(rawValue: "ucs-2")]) == .utf16)
  }

  /// "报𠀀" is 7 UTF-8 bytes, 3 UTF-16 units and 2 scalars; "表格" and "第二" are 6 bytes, 2 units, 2 scalars.
  @Test(arguments: [(PositionUnit.utf8, 7, 6), (.utf16, 3, 2), (.utf32, 2, 2)])
  func multiLineSpansAreSplitPerLineInTheUnit(unit: PositionUnit, start: UInt32, length: UInt32) {
    let text = SourceText("报𠀀表格\r\n第二行\n")
    let range = TextRange(start: Array("报𠀀".utf8).count, end: Array("报𠀀表格\r\n第二".utf8).count)
    let span = SemanticSpan(range: range, kind: .heading, modifiers: [.wrong])
    let context = ConversionContext(uri: "file:///t", version: 1, text: text, unit: unit, language: .zh)
    #expect([span].encodedTokens(in: context) == [0, start, length, 0, 1, 1, 0, length, 0, 1])
  }

  @Test func overlappingAndEmptySpansAreDropped() {
    let text = SourceText("一二三四五\n")
    let context = ConversionContext(uri: "file:///t", version: 1, text: text, unit: .utf16, language: .zh)
    let spans = [
      SemanticSpan(range: TextRange(start: 3, end: 9), kind: .rowLabel, modifiers: []),
      SemanticSpan(range: TextRange(start: 0, end: 6), kind: .heading, modifiers: [.nonstandard]),
      SemanticSpan(range: TextRange(start: 12, end: 12), kind: .number, modifiers: []),
      SemanticSpan(range: TextRange(start: 12, end: 15), kind: .number, modifiers: []),
    ]
    #expect(spans.encodedTokens(in: context) == [0, 0, 2, 0, 2, 0, 4, 1, 3, 0])
    let limited = spans.encodedTokens(in: context, limit: TextRange(start: 13, end: 14))
    #expect(limited == [0, 4, 1, 3, 0])
  }

  @Test func settingsAreReadLeniently() throws {
    let json: JSONValue = [
      "gouji": [
        "rules": ["GJ305": "off", "row-total": "hint", "GJ999": "error", "GJ501": false, "GJ502": 3],
        "select": "GJ3, GJ5",
        "ignore": ["GJ503"],
        "language": "en",
        "colour": "blue",
      ],
    ]
    let (settings, problems) = try #require(ConfigurationSettings.parsing(json))
    #expect(settings.rules == ["GJ305": "off", "row-total": "hint", "GJ999": "error", "GJ501": "off"])
    #expect(settings.select == ["GJ3", "GJ5"])
    #expect(settings.ignore == ["GJ503"])
    #expect(settings.language == "en")
    #expect(problems.count == 2)
    #expect(ConfigurationSettings.parsing(nil) == nil)
    #expect(ConfigurationSettings.parsing(.null) == nil)
    #expect(ConfigurationSettings.parsing(["rules": "all"])?.problems.count == 1)
  }

  @Test func layersAreLaidOverEachOther() {
    var layers = SettingsLayers()
    let file = ConfigurationSettings(rules: ["GJ305": "off", "GJ310": "hint"], ignore: ["GJ5"])
    layers.file = .init(settings: file, problems: [])
    layers.initialization = .init(settings: ConfigurationSettings(select: ["GJ3"], language: "zh"), problems: ["a"])
    let client = ConfigurationSettings(rules: ["GJ310": "warning", "nope": "off"], language: "en")
    layers.client = .init(settings: client, problems: [])
    let effective = layers.effective
    #expect(effective.rules == ["GJ305": "off", "GJ310": "warning", "nope": "off"])
    #expect(effective.select == ["GJ3"])
    #expect(effective.ignore == ["GJ5"])
    #expect(layers.language(locale: "zh-CN") == .en)
    let (configuration, problems) = layers.resolve()
    #expect(configuration.severities["GJ310"] == .warning)
    #expect(configuration.disabled == ["GJ305"])
    #expect(problems == ["a", "unknown rule 'nope'"])
  }

  @Test func goujiSettingsAreTakenFromNotificationsOnlyWhenTheyAreGoujis() {
    #expect(LanguageServer.goujiSettings(in: ["gouji": ["language": "en"]]) == ["language": "en"])
    #expect(LanguageServer.goujiSettings(in: ["rules": [:]]) == ["rules": [:]])
    #expect(LanguageServer.goujiSettings(in: ["pylsp": ["plugins": [:]]]) == nil)
    #expect(LanguageServer.goujiSettings(in: [:]) == nil)
    #expect(LanguageServer.goujiSettings(in: nil) == nil)
  }

  @Test func diagnosticDataRoundTrips() {
    let data = DiagnosticData(code: "GJ310", version: 4, index: 7)
    #expect(DiagnosticData(data.json) == data)
    #expect(DiagnosticData(["code": "GJ310", "version": "4", "index": 7]) == nil)
    #expect(DiagnosticData(nil) == nil)
  }
}
