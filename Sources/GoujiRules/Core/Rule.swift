/// Whether a rule offers fixes.
package enum FixAvailability: String, Sendable, Hashable {
  case never
  case sometimes
  case always
}

/// A rule's user documentation, in the fixed sections of every rule page.
package struct RuleDocumentation: Sendable, Hashable {
  /// One line: what the rule reports.
  package var summary: LocalizedText
  /// 检查内容: what is checked, precisely.
  package var checks: String
  /// 为什么: why it matters.
  package var why: String
  /// 示例: text that the rule reports.
  package var wrong: String
  /// 修改为: the same text, corrected.
  package var right: String
  /// 修复: what the fix does and whether it is safe.
  package var fix: String
  /// 依据: the articles of the regulation, the format notice or the practice the rule rests on.
  package var basis: RuleBasis
}

/// What every rule declares about itself.
package struct RuleMetadata: Sendable, Hashable {
  /// `GJ310`: never reused, never renumbered.
  package var code: String
  /// `row-total`: kebab-case, usable wherever a code is.
  package var name: String
  package var severity: Severity
  package var fixAvailability: FixAvailability
  /// What the rule reads, so that after an edit it runs again only when that changed (``RuleScope``).
  package var scope: RuleScope = .report
  package var documentation: RuleDocumentation
}

/// A check. One rule per file, with its metadata, messages and documentation beside its logic.
package protocol Rule: Sendable {
  static var metadata: RuleMetadata { get }
  /// The findings for one report; no IO, no state.
  static func check(_ context: RuleContext) -> [Finding]
  /// The findings for one report as the engine keeps them: by default `check`'s in one piece; a rule whose
  /// findings can be made from what the reading keeps anyway gives them made when read (GJ102).
  static func pieces(_ context: RuleContext) -> [FindingPiece]
}

extension Rule {
  package static func pieces(_ context: RuleContext) -> [FindingPiece] {
    [FindingPiece(findings: check(context))]
  }
}

extension RuleMetadata {
  /// The project's home page.
  package static let documentationHome = "https://github.com/gouji/gouji"

  /// The rule's documentation page (generated into `Documentation/rules/`), linked from diagnostics.
  package var documentationURL: String { "\(RuleMetadata.documentationHome)/blob/main/Documentation/rules/\(code).md" }
}
