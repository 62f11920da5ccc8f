import GoujiSyntax
import GoujiText

/// A rule that reads claims from the prose of each section on its own (``RuleScope/sectionClaims``) and compares
/// them with the rest of the report afresh every run: after an edit the claims of the sections the reader did not
/// read again are kept, moved with the edit, and only the re-read sections' prose is read again.
///
/// The claims of a section must depend on nothing but the text of that section and the facts every run is made with
/// (``RunInputs``: the year, the format); anything read outside it (a table's cell, the text after the section's end)
/// belongs in ``findings(_:from:)``.
package protocol SectionClaimRule: Rule {
  /// What the rule reads from the prose of one section.
  associatedtype Claims: Sendable
  /// The claims of `section` (one of the report's sections).
  static func claims(_ context: RuleContext, in section: Section) -> Claims
  /// `claims` with every range moved by `move` (an edit in another section).
  static func moved(_ claims: Claims, by move: (TextRange) -> TextRange) -> Claims
  /// The findings of the report from the claims of its sections, one per section of ``Report/sections`` in order.
  static func findings(_ context: RuleContext, from claims: [Claims]) -> [Finding]
}

extension SectionClaimRule {
  package static func check(_ context: RuleContext) -> [Finding] {
    findings(context, from: context.report.sections.map { claims(context, in: $0) })
  }
}
