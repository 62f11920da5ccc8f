import GoujiRules

/// Where the server's settings come from, weakest first: the project's `.gouji.json` (the command line's
/// configuration file, so both check alike), the `initializationOptions` of `initialize`, and the latest settings
/// the client sent (`workspace/configuration` or `workspace/didChangeConfiguration`).
package struct SettingsLayers: Sendable {
  package struct Layer: Sendable {
    package var settings: ConfigurationSettings
    /// What could not be used, for the user.
    package var problems: [String]

    package init(settings: ConfigurationSettings, problems: [String]) {
      self.settings = settings
      self.problems = problems
    }
  }

  package var file: Layer?
  package var initialization: Layer?
  package var client: Layer?

  package init() {}

  /// The layers laid over each other.
  package var effective: ConfigurationSettings {
    [file, initialization, client].compactMap { $0?.settings }.reduce(ConfigurationSettings()) { $0.overlaid(by: $1) }
  }

  /// The rule configuration of the effective settings, and every problem of every layer and of the rule references.
  package func resolve() -> (configuration: RuleConfiguration, problems: [String]) {
    let (configuration, ruleProblems) = effective.ruleConfiguration()
    let layerProblems = [file, initialization, client].compactMap { $0?.problems }.flatMap(\.self)
    var seen: Set<String> = []
    return (configuration, (layerProblems + ruleProblems).filter { seen.insert($0).inserted })
  }

  /// The language of messages: the settings' `language` when given, else the client's locale, else Chinese.
  package func language(locale: String?) -> Language {
    Language(locale: effective.language ?? locale)
  }
}
