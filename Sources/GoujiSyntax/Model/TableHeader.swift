import GoujiText

/// A header of a read table, where it is written: a column header (`自然人`, `本年收费金额（单位：万元）`), a header
/// over several columns (`申请人情况`, `行政复议`), table 二's `信息内容`, or table 三's note in the top-left cell.
package struct TableHeader: Sendable, Hashable {
  /// The canonical label, as the format writes it.
  package var label: String
  package var range: TextRange
}

/// One of table 三's group labels (`三、本年度办理结果`, `（三）不予公开`), which carry no numbers, where it is written.
package struct GroupLabel: Sendable, Hashable {
  /// The group's key (``GroupSpec/key``).
  package var key: String
  package var range: TextRange
  /// The keys of the data rows under the label that were read, in text order.
  package var rowKeys: [String]
}

extension ReadTable {
  /// The table from its first header (when one was found before its first row) to its last cell.
  package var extent: TextRange {
    TextRange(start: min(headers.map(\.range.start).min() ?? range.start, range.start), end: range.end)
  }

  /// From a group label to the end of the last row under it.
  package func extent(of group: GroupLabel) -> TextRange {
    group.rowKeys.compactMap { row($0) }.reduce(group.range) { $0.union($1.range) }
  }
}
