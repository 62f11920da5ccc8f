extension ReportFormats {
  /// Table 三's rows of every format in use, in one order: the newest format's rows, each older format's rows that
  /// it lacks placed after the row they follow in their own format (2019's （六）其他处理 before 2021's three rows
  /// under the group of that name). A row that several formats word differently has the newest wording as its
  /// core and every other wording as an alias.
  package static var table3Rows: [RowSpec] {
    var union = latest.table3.rows
    for format in all.reversed().dropFirst() {
      for (index, row) in format.table3.rows.enumerated() {
        if let known = union.firstIndex(where: { $0.key == row.key }) {
          let spellings = [union[known].core] + union[known].aliases
          union[known].aliases += ([row.core] + row.aliases).filter { !spellings.contains($0) }
          continue
        }
        let previous = index == 0 ? nil : format.table3.rows[index - 1].key
        let position = previous.flatMap { key in union.firstIndex { $0.key == key } }.map { $0 + 1 } ?? 0
        union.insert(row, at: position)
      }
    }
    return union
  }

  /// Table 三's groups of every format in use: the newest format's, then those only older formats have.
  package static var table3Groups: [GroupSpec] {
    var union = latest.table3.groups
    for group in all.reversed().flatMap(\.table3.groups) where !union.contains(where: { $0.key == group.key }) {
      union.append(group)
    }
    return union
  }

  /// Table 三's rows that tell `format` from every format in `others`: rows whose key, or whose wording, none of
  /// them has (2021's three rows under （六）其他处理 against 2019; 2019's single （六）其他处理 row against 2021).
  package static func distinguishingRows(of format: ReportFormat, against others: [ReportFormat]) -> [RowSpec] {
    format.table3.rows.filter { row in
      !others.contains { other in
        other.table3.rows.contains { $0.key == row.key && ([$0.core] + $0.aliases).contains(row.core) }
      }
    }
  }
}
