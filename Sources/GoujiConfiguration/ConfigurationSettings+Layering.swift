extension ConfigurationSettings {
  /// These settings with `other` laid over them: `other`'s rule severities win rule by rule, its `select` and
  /// `language` and `townshipDeadline` win when set, and the two `ignore` lists add up.
  package func overlaid(by other: ConfigurationSettings) -> ConfigurationSettings {
    ConfigurationSettings(
      rules: rules.merging(other.rules) { _, new in new },
      select: other.select ?? select,
      ignore: ignore + other.ignore.filter { !ignore.contains($0) },
      language: other.language ?? language,
      townshipDeadline: other.townshipDeadline ?? townshipDeadline
    )
  }
}
