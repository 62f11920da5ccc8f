import GoujiFormats
import GoujiSyntax
import GoujiText

/// What a rule sees: the report as read, the format its tables are checked against, and what the cross-year rules
/// need of last year's report when one is at hand.
package struct RuleContext: Sendable {
  package let report: Report
  /// The format the tables are checked against (``Report/effectiveFormat``), looked up once: every rule reads it.
  package let format: ReportFormat
  /// Last year's report of the same body, if known.
  package var previous: PreviousYear?
  /// The configured deadline of 乡镇、街道 and 派出机构 (``RuleConfiguration/townshipDeadline``).
  package var townshipDeadline: MonthDay?

  /// The failed equations of every balancing rule of the format, by rule id, each on the cell a fix sets: computed
  /// once for the balance check (``BalanceCheck``), which every balance code runs.
  package let balanceFailures: [String: [BalanceData]]
  /// The evaluators of table 三 and 四 (``balance(_:)``), made once: each looks its rows and columns up in two
  /// dictionaries, and the rules asked for one nine times per analysis.
  let balanceEvaluators: (table3: BalanceEvaluator?, table4: BalanceEvaluator?)
  /// The prose views the prose rules share (``proseViews``), made on first use: one run of the rules normalises the
  /// prose once rather than once per rule, and the hovers and hints that make a context without reading prose do not
  /// pay for it.
  let proseViewCache = LazyShared<[ProseView]>()
  /// The prose ranges (``proseRanges``), made on first use: the regional prose rules cut them at each block of lines.
  let proseRangeCache = LazyShared<[TextRange]>()
  /// The prose views of each block of lines the regional prose rules read (``proseViews(inBlock:)``), kept up to a
  /// budget.
  var blockViewCache = BlockViewCache()
  /// Every located cell (``allCells``), made on first use.
  let cellsCache = LazyShared<[[LocatedCell]]>()
  /// The page furniture as an index (``furnitureIndex``), made on first use: GJ504 asks it about every line of prose.
  let furnitureCache = LazyShared<ExcludedRanges>()

  package init(report: Report, previous: PreviousYear? = nil) {
    self.report = report
    self.previous = previous
    var failures: [String: [BalanceData]] = [:]
    let format = report.effectiveFormat
    self.format = format
    balanceEvaluators =
      report.isPre2019
      ? (nil, nil)
      : (
        report.table3.map { BalanceEvaluator(table: $0, columns: format.table3.columns) },
        report.table4.map { BalanceEvaluator(table: $0, columns: format.table4.columns) }
      )
    for (id, evaluator) in [(TableID.table3, balanceEvaluators.table3), (.table4, balanceEvaluators.table4)] {
      guard let evaluator else { continue }
      for rule in format.table3.rules + format.table4.rules where rule.table == id {
        failures[rule.id] = evaluator.imbalances(rule).compactMap {
          BalanceData(rule: rule, line: $0.line, totals: $0.totals, parts: $0.parts)
        }
      }
    }
    self.balanceFailures = failures
  }

  package var text: SourceText { report.text }

  /// The report's page furniture, searchable in logarithmic time (a scan per line of prose was quadratic in a text
  /// of many pages).
  package var furnitureIndex: ExcludedRanges {
    furnitureCache.value { ExcludedRanges(report.furniture) }
  }

  /// Whether the national tables apply (not a report from before 2019).
  package var tablesApply: Bool { !report.isPre2019 }

  /// The canonical name of a row of table 三 or 四 for messages: `（七）总计`, `（三）不予公开 1.属于国家秘密`.
  package func rowName(_ table: TableID, _ key: String) -> String {
    switch table {
    case .table2:
      return format.table2.flatMap(\.rows).first { $0.key == key }?.label ?? key
    case .table3:
      let spec = format.table3
      let row = spec.rows.first { $0.key == key } ?? ReportFormats.all.flatMap(\.table3.rows).first { $0.key == key }
      return row?.dumpName(groups: spec.groups) ?? key
    case .table4:
      return format.table4.rows.first { $0.key == key }?.label ?? key
    }
  }

  /// A short name of a row for sums: `一`, `二`, `（七）总计`, `四`.
  package func shortRowName(_ key: String) -> String {
    guard let row = format.table3.rows.first(where: { $0.key == key }) else { return rowName(.table3, key) }
    if row.numbering.hasSuffix("、") { return String(row.numbering.dropLast()) }
    return row.label
  }

  /// The label of a column of table 三 or 四.
  package func columnName(_ table: TableID, _ key: String) -> String {
    let columns = table == .table4 ? format.table4.columns : format.table3.columns
    return columns.first { $0.key == key }?.label ?? key
  }
}
