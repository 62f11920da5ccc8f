import GoujiFormats
import GoujiText

extension HeaderReader {
  /// Rows of every format (2019's （六）其他处理 row included) and the groups of every format.
  private static var table3: (rows: [RowSpec], groups: [GroupSpec]) {
    (Table3Reader.unionRows, ReportFormats.table3Groups)
  }

  /// Table 三's group labels, each found between the end of the row before the group's first row (or `start`) and
  /// that row; a group none of whose rows was read is not looked for.
  func groupLabels(_ table: ReadTable, from start: Int) -> [GroupLabel] {
    let rows = table.rows.filter { !$0.label.isEmpty }.sorted { $0.labelRange.start < $1.labelRange.start }
    let table3 = Self.table3
    return table3.groups.compactMap { group in
      let isTopLevel = group.numbering.hasSuffix("、")
      let keys = Set(table3.rows.filter { Self.isMember($0, of: group, isTopLevel: isTopLevel) }.map(\.key))
      let members = rows.filter { keys.contains($0.key) }
      guard let first = members.first?.labelRange.start else { return nil }
      let previousEnd = rows.filter { $0.labelRange.start < first }.map(\.range.end).max() ?? start
      let spellings = Self.numberingVariants(group.numbering).map { $0 + group.core } + [group.core]
      let region = TextRange(start: min(previousEnd, first), end: first)
      let pattern = HeaderPattern(id: group.key, spellings: spellings)
      let found = HeaderSearch.occurrences(of: [pattern], in: region, text: text, excluded: excluded)
      return found.last.map { GroupLabel(key: group.key, range: $0.range, rowKeys: members.map(\.key)) }
    }
  }

  /// Whether a row is under a group: directly, or (for the top-level group numbered `三、`, `isTopLevel`) through a
  /// sub-group.
  private static func isMember(_ row: RowSpec, of group: GroupSpec, isTopLevel: Bool) -> Bool {
    guard let rowGroup = row.group else { return false }
    return rowGroup == group.key || isTopLevel
  }

  /// The ways a group's numbering is written: `（三）`, `(三)`, `三、`, `三.`.
  private static func numberingVariants(_ numbering: String) -> [String] {
    let core = numbering.filter { !"（）()、.．".contains($0) }
    guard !core.isEmpty else { return [] }
    return [numbering, "(\(core))", "（\(core)）", "\(core)、", "\(core)."]
  }
}
