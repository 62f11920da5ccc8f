import GoujiFormats
import GoujiText

extension Table3Reader {
  /// The numbers of a 序号 column before the rows found (``SerialNumbers``), to be skipped as white space; none when
  /// the table has no such column.
  func serialNumbers(_ rows: [LabelOccurrence], format: Table3Spec, region: TextRange) -> [TextRange] {
    let places = Dictionary(format.rows.enumerated().map { ($1.key, $0) }) { first, _ in first }
    let serialRows = rows.compactMap { occurrence in
      places[rowKey(occurrence)].map { SerialNumbers.Row(label: context.labelRange(occurrence.range), place: $0) }
    }
    return SerialNumbers(text: context.text, excluded: context.excluded)
      .ranges(of: serialRows, from: region.start, to: region.end)
  }
}
