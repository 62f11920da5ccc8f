import Foundation

/// Every rule, sorted by code: the one place to register a rule. A test checks that codes are unique, well formed
/// and sorted, and that each rule has documentation, tests and a fixture.
package enum RuleRegistry {
  package static let all: [any Rule.Type] = [
    SectionMissing.self,
    SectionOrder.self,
    SectionTitle.self,
    TitleMissing.self,
    HeadingsUnread.self,
    YearUnknown.self,
    FormatMismatch.self,
    NoticeMismatch.self,
    PeriodMismatch.self,
    MixedFormat.self,
    FormatNotApplicable.self,
    PeriodPartYear.self,
    PlanYear.self,
    SignatureYear.self,
    TableMissing.self,
    RowMissing.self,
    RowUnknown.self,
    CellCount.self,
    CellEmpty.self,
    CellInvalid.self,
    CellsAmbiguous.self,
    RowUnreadable.self,
    RowTotal.self,
    RowTotalEmpty.self,
    OutcomeTotal.self,
    Balance.self,
    ReviewTotal.self,
    TextTableMismatch.self,
    CarryoverMismatch.self,
    PublishedLate.self,
    FeeNotReported.self,
    ProseArithmetic.self,
    FeeCharged.self,
    RulesWithoutPower.self,
    StockMismatch.self,
    ProseSimilarToLastYear.self,
    RectificationNotReported.self,
    CompatibilityCharacters.self,
    Enumeration.self,
    ConversionArtifacts.self,
    RepeatedParagraph.self,
    OtherProvince.self,
  ]

  /// Each rule's code, name and default severity, by index in ``all`` (read for every diagnostic shown).
  package static let codes = all.map { $0.metadata.code }
  package static let names = all.map { $0.metadata.name }
  static let severities = all.map { $0.metadata.severity }

  /// Codes of retired checks: gaps in the catalogue (`spec/rules.md`) that are never reused, so an old configuration
  /// or suppression can never silently apply to a new rule. A configuration naming one is told it names no rule.
  package static let retiredCodes: Set<String> = ["GJ309"]

  /// The rule with `code` or `name`.
  package static func rule(_ reference: String) -> (any Rule.Type)? {
    all.first { $0.metadata.code.caseInsensitiveCompare(reference) == .orderedSame || $0.metadata.name == reference }
  }
}
