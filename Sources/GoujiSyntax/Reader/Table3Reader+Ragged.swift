import GoujiFormats
import GoujiText

extension Table3Reader {
  /// Whether the text's columns are not the table's: a converter that ignores cells spanning several rows
  /// (`inscriptis`) writes a group label only on its first row, in a column of its own before the row's label, and
  /// the group's other rows from the line start, so each row's values stand as many columns to the left as it has
  /// label cells fewer. Positions then say nothing about columns: no row of the table is placed by them.
  func rowsAreRagged(_ rows: [String: TableRow], format: Table3Spec) -> Bool {
    let grouped = Dictionary(grouping: format.rows.filter { $0.group != nil && rows[$0.key] != nil }, by: \.group)
    return grouped.values.contains { specs in
      let labels = specs.compactMap { rows[$0.key]?.labelRange }.sorted { $0.start < $1.start }
      guard let first = labels.first, standsAfterGroupLabel(first) else { return false }
      return labels.dropFirst().contains { startsLine($0) }
    }
  }

  private func startsLine(_ label: TextRange) -> Bool {
    context.lines[context.text.line(containing: label.start)].range.start == label.start
  }

  /// Whether other text stands before `label` on its line, two spaces or more apart from it (a group label in a
  /// column of its own).
  private func standsAfterGroupLabel(_ label: TextRange) -> Bool {
    let lineStart = context.lines[context.text.line(containing: label.start)].range.start
    let before = context.text.bytes[lineStart..<label.start]
    return before.suffix(2).allSatisfy { $0 == 0x20 } && before.contains { $0 != 0x20 }
  }
}
