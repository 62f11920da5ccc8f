import Foundation
/// Every rule, sorted by code: the one place to register a rule. A test checks that codes are unique, well formed
/// and sorted, and that each rule has documentation, tests and a fixture.
package enum RuleRegistry {
  package static let all: [any Rule.Type] = [
    SectionMissing.self,
    YearUnknown.self,
    TableMissing.self,
    RowMissing.self,
    RowUnknown.self,
    CellCount.self,
    CellsAmbiguous.self,
  ]

  /// The rule with `code` or `name`.
  package static func rule(_ reference: String) -> (any Rule.Type)? {
    all.first { $0.metadata.code.caseInsensitiveCompare(reference) == .orderedSame || $0.metadata.name == reference }
  }
}
