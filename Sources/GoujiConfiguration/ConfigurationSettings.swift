import GoujiRules

/// Settings as the configuration file and the language server's settings both give them, already decoded from
/// JSON by the caller: `{"rules": {"GJ305": "off", "cell-empty": "hint"}, "select": [...], "ignore": [...],
/// "language": "en", "townshipDeadline": "03-31"}`.
package struct ConfigurationSettings: Sendable, Hashable {
  /// Rule code or name → `error`, `warning`, `information` (or `info`), `hint`, or `off`.
  package var rules: [String: String] = [:]
  package var select: [String]?
  package var ignore: [String] = []
  package var language: String?
  /// The publication deadline of 乡镇、街道 and 派出机构 reports, `MM-DD` (`"03-31"`), which the regulation leaves
  /// to provincial notices.
  package var townshipDeadline: String?

  package init(
    rules: [String: String] = [:], select: [String]? = nil, ignore: [String] = [], language: String? = nil,
    townshipDeadline: String? = nil
  ) {
    self.rules = rules
    self.select = select
    self.ignore = ignore
    self.language = language
    self.townshipDeadline = townshipDeadline
  }

  /// The rule configuration these settings describe, and a message for every setting that names no rule or no
  /// severity (settings are never silently ignored).
  package func ruleConfiguration() -> (configuration: RuleConfiguration, problems: [String]) {
    var configuration = RuleConfiguration()
    var problems: [String] = []
    for (reference, value) in rules.sorted(by: { $0.key < $1.key }) {
      guard let code = RuleConfiguration.code(for: reference) else {
        problems.append("unknown rule '\(reference)'")
        continue
      }
      switch value.lowercased() {
      case "off", "none", "false": configuration.disabled.insert(code)
      case "info": configuration.severities[code] = .information
      default:
        if let severity = Severity(rawValue: value.lowercased()) {
          configuration.severities[code] = severity
        } else {
          problems.append("unknown severity '\(value)' for \(reference) (error, warning, information, hint, off)")
        }
      }
    }
    if let select { configuration.select = Set(expand(select, problems: &problems)) }
    configuration.ignore = Set(expand(ignore, problems: &problems))
    if let townshipDeadline {
      configuration.townshipDeadline = MonthDay(townshipDeadline)
      if configuration.townshipDeadline == nil {
        problems.append("townshipDeadline '\(townshipDeadline)' is not a day of the year (MM-DD, e.g. 03-31)")
      }
    }
    return (configuration, problems)
  }

  private func expand(_ selectors: [String], problems: inout [String]) -> [String] {
    selectors.flatMap { selector -> [String] in
      let codes = RuleConfiguration.codes(matching: selector)
      if codes.isEmpty { problems.append("unknown rule '\(selector)'") }
      return codes
    }
  }
}
