import GoujiConfiguration
import GoujiJSON
import GoujiRules
import Testing

@Suite struct ConfigurationSettingsTests {
  @Test func settingsAreReadLeniently() throws {
    let json: JSONValue = [
      "gouji": [
        "rules": ["GJ305": "off", "row-total": "hint", "GJ999": "error", "GJ501": false, "GJ502": 3],
        "select": "GJ3, GJ5",
        "ignore": ["GJ503"],
        "language": "en",
        "colour": "blue",
      ]
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

  @Test func townshipDeadlineSettingIsReadAndChecked() {
    let read = ConfigurationSettings(townshipDeadline: "3月31日").ruleConfiguration()
    #expect(read.configuration.townshipDeadline == MonthDay(month: 3, day: 31) && read.problems.isEmpty)
    let wrong = ConfigurationSettings(townshipDeadline: "02-30").ruleConfiguration()
    #expect(wrong.configuration.townshipDeadline == nil)
    #expect(wrong.problems == ["townshipDeadline '02-30' is not a day of the year (MM-DD, e.g. 03-31)"])
  }
}
