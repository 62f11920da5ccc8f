import GoujiFormats
import GoujiText

extension HeaderReader {
  /// A group of table 三 (of every format, 2019's （六）其他处理 included) as the label search needs it.
  private struct GroupSearch: Sendable {
    var key: String
    /// The keys of the rows under the group.
    var rowKeys: Set<String>
    /// The group's label in every way its numbering is written.
    var patterns: HeaderPatterns<String>
  }

  /// Every group's search, made once for the formats in use rather than for each table read.
  private static let groupSearches = DerivedFromFormats { () -> [GroupSearch] in
    let rows = Table3Reader.unionRows
    return ReportFormats.table3Groups.map { group in
      let isTopLevel = group.numbering.hasSuffix("、")
      let spellings = numberingVariants(group.numbering).map { $0 + group.core } + [group.core]
      return GroupSearch(
        key: group.key, rowKeys: Set(rows.filter { isMember($0, of: group, isTopLevel: isTopLevel) }.map(\.key)),
        patterns: HeaderPatterns([HeaderPattern(id: group.key, spellings: spellings)])
      )
    }
  }

  /// Table 三's group labels, each found between the end of the row before the group's first row (or `start`) and
  /// that row; a group none of whose rows was read is not looked for.
  func groupLabels(_ table: ReadTable, from start: Int) -> [GroupLabel] {
    let rows = table.rows.filter { !$0.label.isEmpty }.sorted { $0.labelRange.start < $1.labelRange.start }
    return Self.groupSearches.value.compactMap { group in
      let members = rows.filter { group.rowKeys.contains($0.key) }
      guard let first = members.first?.labelRange.start else { return nil }
      let previousEnd = rows.filter { $0.labelRange.start < first }.map(\.range.end).max() ?? start
      let region = TextRange(start: min(previousEnd, first), end: first)
      let found = HeaderSearch.occurrences(of: group.patterns, in: region, text: text, excluded: excluded)
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
