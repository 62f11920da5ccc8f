import GoujiText

extension Table3Reader {
  /// The rows of the format not read whose labels stand in the table out of the format's order (dropped from the
  /// longest ordered run): one problem each, at the label's first occurrence. Such a row is not missing (GJ302 would
  /// be an error from a misreading); which values are its own cannot be told, so it stays unread.
  static func rowsOutOfOrder(
    _ occurrences: [LabelOccurrence], read: [String: TableRow], formatRows: Set<String>
  ) -> [ReadingProblem] {
    var reported: Set<String> = []
    return occurrences.compactMap { occurrence -> ReadingProblem? in
      guard case .row(let key) = occurrence.id, formatRows.contains(key), read[key] == nil,
        reported.insert(key).inserted
      else { return nil }
      return ReadingProblem(kind: .rowOutOfOrder(.table3, rowKey: key, subtable: nil), range: occurrence.range)
    }
  }
}
