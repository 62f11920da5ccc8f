/// One national report format: its sections, its three tables, their balancing rules, and the notice that defines
/// it. Formats are pure data (see `Format2019.swift`, `Format2021.swift`); the reader and the rules interpret them.
/// A third format is a new data file registered in ``ReportFormats/all``.
package struct ReportFormat: Sendable, Hashable {
  package var id: FormatID
  /// How messages name the format: `2019年格式（试行）`, `the 2019 format`.
  package var displayName: FormatName
  /// The report years this format applies to.
  package var years: ClosedRange<Int>
  /// The notice that defines the format.
  package var notice: FormatNotice
  package var table2: [SubtableSpec]
  package var table3: Table3Spec
  package var table4: Table4Spec
}

/// The three standard tables.
package enum TableID: Int, Sendable, Hashable, CaseIterable, Comparable {
  case table2 = 2
  case table3 = 3
  case table4 = 4

  /// The section that holds the table.
  package var sectionNumber: Int { rawValue }

  /// The table section `sectionNumber` holds, `nil` for a section without one.
  package init?(sectionNumber: Int) { self.init(rawValue: sectionNumber) }

  package static func < (lhs: TableID, rhs: TableID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What kind of value a column holds.
package enum ValueKind: Sendable, Hashable {
  /// A non-negative whole number.
  case count
  /// A signed whole number (`-18`, `+3`): 本年增/减.
  case signedChange
  /// A non-negative amount that may have decimals and one of `units` written after it (采购总金额: `35800.50元`).
  case amount(units: [String])
}

/// A value column of a table.
package struct ColumnSpec: Sendable, Hashable {
  /// Stable key used by rules and fixes.
  package var key: String
  /// The canonical header text.
  package var label: String
  package var kind: ValueKind
  /// Other header texts that name the same column.
  package var aliases: [String] = []
  /// What the column counts, for the rules that read table 二 by meaning; `nil` where no rule does.
  package var meaning: ColumnMeaning? = nil
}

/// A labelled data row of a table.
package struct RowSpec: Sendable, Hashable {
  package var key: String
  /// The canonical label as formats.md writes it, numbering included (`1.属于国家秘密`, `（一）予以公开`).
  package var label: String
  /// The label without its numbering (`属于国家秘密`); what matching looks for.
  package var core: String
  /// The numbering before the core (`1.`, `（一）`, `一、`), empty when there is none.
  package var numbering: String
  /// The key of the group the row belongs to (table 三's `（三）不予公开`), if any.
  package var group: String?
  /// Other wordings of the core that real reports use for this row.
  package var aliases: [String] = []

  /// The name of the row in `gouji dump`: the group's label, one space, and the row's own label for a sub-row.
  package func dumpName(groups: [GroupSpec]) -> String {
    guard let group, let spec = groups.first(where: { $0.key == group }), spec.namesSubRows else { return label }
    return spec.label + " " + label
  }
}

/// A label that groups rows and carries no numbers itself (`三、本年度办理结果`, `（三）不予公开`).
package struct GroupSpec: Sendable, Hashable {
  package var key: String
  package var label: String
  package var core: String
  package var numbering: String
  /// Whether a sub-row's dump name is prefixed with this group's label (true for （三）…（六）).
  package var namesSubRows: Bool
}

/// One sub-table of table 二: a clause of 条例第二十条 and its rows.
package struct SubtableSpec: Sendable, Hashable {
  package var key: String
  /// The header row naming the clause: `第二十条第（一）项`.
  package var clause: String
  /// The item of 第二十条 (1, 5, 6, 8, 9).
  package var item: Int
  package var columns: [ColumnSpec]
  package var rows: [RowSpec]
  /// Relations between columns that hold in every sensible row (对外公开总数量 ≥ 本年新公开数量). Not balancing rules:
  /// nothing is reported when one fails; the reader uses them to rank the splits of digits written together.
  package var orderings: [ColumnOrdering] = []
  /// How the sub-table's figures follow from last year's report of the same body (GJ408), if they do.
  package var yearOverYear: YearOverYear? = nil
}

/// A figure of table 二 that follows from last year's report: in every row, this year's `column` equals the sum of
/// last year's `previousTerms`, plus this year's `added`, minus this year's `removed` (all column keys of the
/// sub-table). 2021: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数; 2019: 上一年项目数量 =
/// last year's 上一年项目数量 + 本年增/减.
package struct YearOverYear: Sendable, Hashable {
  package var column: String
  package var previousTerms: [String]
  package var added: [String] = []
  package var removed: [String] = []
}

/// In every row, the value of column `larger` is at least that of column `smaller`.
package struct ColumnOrdering: Sendable, Hashable {
  package var larger: String
  package var smaller: String

  package init(larger: String, smaller: String) {
    self.larger = larger
    self.smaller = smaller
  }
}

/// Table 三: seven applicant columns and the format's rows, with the balancing rules.
package struct Table3Spec: Sendable, Hashable {
  package var columns: [ColumnSpec]
  package var groups: [GroupSpec]
  /// Data rows in order (23 for 2019, 25 for 2021).
  package var rows: [RowSpec]
  package var rules: [BalanceRule]
  /// The official note in the top-left header cell.
  package var note: String
  /// The row counting applications no longer handled because the applicant did not pay the fee in time (2021's
  /// （六）2), which what the prose says of fee notices is checked against; `nil` when the format has none.
  package var unpaidFeeRow: String? = nil
}

/// Table 四, modelled as three rows (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉) of five columns each; its
/// fifteen values in the order of formats.md are the rows' values one after another.
package struct Table4Spec: Sendable, Hashable {
  package var rows: [RowSpec]
  package var columns: [ColumnSpec]
  /// Header labels that appear above the values (`行政复议`, `行政诉讼`, `未经复议直接起诉`, …).
  package var headers: [String]
  package var rules: [BalanceRule]
}

/// A balancing rule (勾稽关系) as data: for each column (or each row), the sum of the `total` cells equals the sum
/// of the `parts` cells.
package struct BalanceRule: Sendable, Hashable {
  package enum Axis: Sendable, Hashable {
    /// `total` and `parts` are row keys; the equation holds in every column.
    case eachColumn
    /// `total` and `parts` are column keys; the equation holds in every row.
    case eachRow
  }

  /// What the rule checks, which the rules look it up by.
  package enum Role: Sendable, Hashable {
    /// Table 三's column balance: 一 + 二 = （七）总计 + 四 in every column.
    case columnBalance
    /// Table 三's row total: 总计 is the sum of the applicant columns in every row.
    case rowTotal
    /// Table 三's outcome total: （七）总计 is the sum of the outcome rows in every column.
    case outcomeTotal
    /// Table 四's group total: 总计 is the sum of the results in every group.
    case groupTotal
  }

  /// `R3-1`, `R3-2`, `R3-3`, `R4`.
  package var id: String
  package var role: Role
  /// The rule's name in hovers: `列平衡`, `Column balance`.
  package var title: FormatName
  package var table: TableID
  package var axis: Axis
  /// The side a fix corrects: 总计 cells, or `（七）总计 + 四` for R3-1.
  package var total: [String]
  package var parts: [String]
  /// The key (row for ``Axis/eachColumn``, column for ``Axis/eachRow``) of the one cell a fix sets.
  package var fixTarget: String
}

/// A format notice of 国务院办公厅政府信息与政务公开办公室.
package struct FormatNotice: Sendable, Hashable {
  /// `国办公开办函〔2021〕30号`.
  package var number: String
  package var year: Int
  package var serial: Int
  /// The notice's own title (without 《》): `关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知`.
  package var noticeTitle: String
  /// The title of the format it issues: `中华人民共和国政府信息公开工作年度报告格式`.
  package var formatTitle: String
  /// Other spellings of the notice title seen in reports.
  package var noticeTitleVariants: [String] = []
  /// The issuing office.
  package var issuer = "国务院办公厅政府信息与政务公开办公室"
  /// The title as issued, with the issuer where the notice names it, for hovers.
  package var fullTitle: String
  /// The date of issue as `yyyy-MM-dd`, when known.
  package var date: String?
  /// One paragraph in Chinese for hovers: what the notice is and what its format contains.
  package var summary: String
}
