import GoujiSyntax
import GoujiText

/// Runs the enabled rules over a report and returns their diagnostics in a deterministic order (by position, then
/// code), so that the command line and the server print the same list.
package enum RuleEngine {
  /// The diagnostics of every enabled rule. `isCancelled` is asked before each rule; once it says yes, the rules
  /// stop and the list comes back unfinished: the caller, who cancelled, discards it.
  package static func diagnostics(
    for context: RuleContext, configuration: RuleConfiguration = RuleConfiguration(),
    isCancelled: () -> Bool = { false }
  ) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var context = context
    context.townshipDeadline = configuration.townshipDeadline
    for rule in RuleRegistry.all where configuration.isEnabled(rule.metadata) {
      guard !isCancelled() else { break }
      let metadata = rule.metadata
      // A report from before the national format gets GJ206 and nothing else.
      if context.report.isPre2019 && metadata.code != FormatNotApplicable.metadata.code { continue }
      for finding in rule.check(context) {
        result.append(
          Diagnostic(
            code: metadata.code, name: metadata.name, severity: configuration.severities[metadata.code] ?? finding.severity ?? metadata.severity,
            message: finding.message, range: finding.range, related: finding.related, fixes: finding.fixes,
            data: finding.data
          )
        )
      }
    }
    return result.sorted { ($0.range.start, $0.range.end, $0.code) < ($1.range.start, $1.range.end, $1.code) }
  }
}
