import GoujiFormats
import GoujiText

/// Where the beginning of a row's label stands in the text of a table where the row was not found: the evidence that
/// the row is there but unread (a label cut by a narrow cell, `2.其他法律行政` / `法规禁止公开`, in a form no known cut
/// matches), so that a misreading is reported as "could not read" (GJ308) and never as a missing row (GJ302).
enum UnfoundRowLabel {
  /// How many first characters of a label's core must stand in the gap (all of them if the core is shorter): Word's
  /// narrowest label cells hold three to six characters a line (`1.本机关` / `不掌握相关`).
  static let beginningLength = 3

  /// The range of the first beginning of `spec`'s core or aliases inside `gap`, or `nil` when none stands there.
  static func beginning(of spec: RowSpec, in gap: TextRange, text: SourceText) -> TextRange? {
    guard gap.length > 0 else { return nil }
    let view = NormalizedText(text, range: gap, mode: .matching)
    for needle in beginnings(of: spec) {
      guard !needle.isEmpty, let index = view.firstIndex(of: needle) else { continue }
      return view.sourceRange(of: index..<(index + needle.count))
    }
    return nil
  }

  /// The first characters of the core and of each alias, then, for a label numbered with a digit, its numbering and
  /// the core's first two characters: `pdftotext -layout` cuts the narrowest cells after two (`1.本机` / `关不掌`,
  /// `（五）不 物4.无正`), beside the group label's own pieces.
  private static func beginnings(of spec: RowSpec) -> [[Unicode.Scalar]] {
    let cores = ([spec.core] + spec.aliases).map { Array(NormalizedText.fold($0, mode: .matching)) }
    let numberings = LabelPattern.numberingVariants(spec.numbering).filter {
      $0.count >= 2 && (0x30...0x39).contains($0[0].value)
    }
    return cores.map { Array($0.prefix(beginningLength)) } + numberings.map { $0 + cores[0].prefix(2) }
  }
}

extension ReportFormat {
  /// The format's row `key` of `table` (of sub-table `subtable` in table 二).
  func rowSpec(_ table: TableID, key: String, subtable: String?) -> RowSpec? {
    switch table {
    case .table2: table2.first { $0.key == subtable }?.rows.first { $0.key == key }
    case .table3: table3.rows.first { $0.key == key }
    case .table4: nil
    }
  }
}
