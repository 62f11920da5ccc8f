import Foundation

/// Which rules run and how severe their findings are: the command line's options and configuration file, and the
/// language server's settings, both end up here.
package struct RuleConfiguration: Sendable, Hashable {
  /// Severity per rule code, overriding the rule's default.
  package var severities: [String: Severity] = [:]
  /// Rules turned off by configuration.
  package var disabled: Set<String> = []
  /// When set, only these codes run (`--select`).
  package var select: Set<String>?
  /// These codes never run (`--ignore`).
  package var ignore: Set<String> = []
  /// The publication deadline of 乡镇人民政府, 街道办事处 and other 派出机构 in the year after the report year, which
  /// the regulation does not set (provincial notices do); `nil`: their reports are not checked by GJ403.
  package var townshipDeadline: MonthDay?

  package init() {}

  /// Whether the rule with `metadata` runs.
  package func isEnabled(_ metadata: RuleMetadata) -> Bool {
    if ignore.contains(metadata.code) { return false }
    if let select, !select.contains(metadata.code) { return false }
    return !disabled.contains(metadata.code)
  }

  package func severity(for metadata: RuleMetadata) -> Severity {
    severities[metadata.code] ?? metadata.severity
  }

  /// The code of a rule named by code or by name (`GJ310`, `gj310`, `row-total`), or `nil`.
  package static func code(for reference: String) -> String? {
    let trimmed = reference.trimmingCharacters(in: .whitespaces)
    return RuleRegistry.all.first {
      $0.metadata.code.caseInsensitiveCompare(trimmed) == .orderedSame || $0.metadata.name == trimmed.lowercased()
    }?.metadata.code
  }

  /// Codes named by a selector: a code, a name, or a code prefix such as `GJ3` or `GJ31`.
  package static func codes(matching selector: String) -> [String] {
    if let code = code(for: selector) { return [code] }
    let prefix = selector.uppercased()
    guard prefix.hasPrefix("GJ") else { return [] }
    return RuleRegistry.all.map { $0.metadata.code }.filter { $0.hasPrefix(prefix) }
  }
}
