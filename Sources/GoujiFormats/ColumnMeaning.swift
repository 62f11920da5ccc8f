/// What a column of table 二 counts, for the rules that read it by its meaning rather than by its place: the prose's
/// figures (GJ401 compares `本年制发行政规范性文件3件` with the column the words name) and the body's powers (GJ407: a
/// body that cannot make 规章 counts its own). A column with no meaning is read by no such rule (2019's
/// 本年新公开数量 counts documents published, whoever made them).
package struct ColumnMeaning: Sendable, Hashable {
  /// What the column's figures are.
  package enum Measure: Sendable, Hashable {
    /// Documents the body made this year (2021 `本年制发件数`, 2019 `本年新制作数量`).
    case documentsMade
    /// Documents the body repealed this year (`本年废止件数`).
    case documentsRepealed
    /// The body's documents in force (`现行有效件数`).
    case documentsInForce
    /// Decisions made this year (`本年处理决定数量`, 2019 `处理决定数量`).
    case decisions
    /// Fees collected this year, an amount (`本年收费金额（单位：万元）`).
    case feesCollected

    /// Whether the column counts the body's own documents (规章, 规范性文件).
    package var countsOwnDocuments: Bool {
      switch self {
      case .documentsMade, .documentsRepealed, .documentsInForce: true
      case .decisions, .feesCollected: false
      }
    }
  }

  package var measure: Measure
  /// The words with which prose names the column before a figure (`制发`, `现行有效`, `决定`; `收费金额` anywhere
  /// before an amount).
  package var proseWords: [String]

  package init(_ measure: Measure, proseWords: [String]) {
    self.measure = measure
    self.proseWords = proseWords
  }
}
