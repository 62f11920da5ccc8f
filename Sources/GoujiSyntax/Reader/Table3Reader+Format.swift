import GoujiFormats
import GoujiText

extension Table3Reader {
  /// A format and the rows that tell it from every older format (none for the oldest).
  struct Signature: Sendable {
    /// A distinguishing row: a row of its own (`wording` is `nil`), or a row an older format words otherwise
    /// (`wording` is its folded core).
    struct Row: Sendable {
      var spec: RowSpec
      var wording: String?
    }

    var format: ReportFormat
    var rows: [Row]

    /// The signature of every format in use, the newest first.
    static var all: [Signature] {
      let formats = ReportFormats.all
      return formats.indices.reversed().map { index in
        let older = Array(formats[..<index])
        let olderKeys = Set(older.flatMap { $0.table3.rows.map(\.key) })
        let rows = ReportFormats.distinguishingRows(of: formats[index], against: older).map { spec in
          let wording = NormalizedText.foldedString(spec.core, mode: .matching)
          return Row(spec: spec, wording: olderKeys.contains(spec.key) ? wording : nil)
        }
        return Signature(format: formats[index], rows: index == 0 ? [] : rows)
      }
    }
  }

  /// The format the rows follow: the newest format one of whose distinguishing rows is among them — or `expected`,
  /// when it is newer and has those rows too —, with the occurrences of those rows; else the oldest format, with
  /// none. A row of its own is proof by its key (its label may be cut where it wraps); a row worded anew, by its
  /// words.
  func tableFormat(_ rows: [LabelOccurrence], expected: FormatID?, signatures: [Signature])
    -> (ReportFormat, [LabelOccurrence])
  {
    for (index, signature) in signatures.enumerated() where !signature.rows.isEmpty {
      var found: [RowSpec] = []
      let proof = rows.filter { occurrence in
        let row = signature.rows.first { row in
          guard row.spec.key == rowKey(occurrence) else { return false }
          guard let wording = row.wording else { return true }
          return NormalizedText.foldedString(context.text[occurrence.range], mode: .matching).containsScalars(wording)
        }
        if let row { found.append(row.spec) }
        return row != nil
      }
      guard !proof.isEmpty else { continue }
      let newer = signatures[..<index].first { candidate in
        candidate.format.id == expected && found.allSatisfy { row in candidate.format.table3.rows.contains(row) }
      }
      return (newer?.format ?? signature.format, proof)
    }
    return (signatures[signatures.count - 1].format, [])
  }

  /// What shows the table's format: the distinguishing rows found, or for the oldest format its rows that no newer
  /// format has, when they hold a written value (in a newer format the same words are a group label, with none).
  func evidence(
    _ proof: [LabelOccurrence], of format: ReportFormat, oldestOwnRows: [RowSpec], state: RowsState
  ) -> [FormatEvidence] {
    guard proof.isEmpty else {
      return proof.map {
        FormatEvidence(
          format: format.id, label: CharacterFolding.normalizeAndTrim(context.text[$0.range]), range: $0.range)
      }
    }
    return oldestOwnRows.compactMap { spec in
      guard let row = state.rows[spec.key], row.cells.contains(where: { $0.state == .written }) else { return nil }
      return FormatEvidence(format: format.id, label: row.label, range: row.labelRange)
    }
  }
}
