import GoujiFormats
import GoujiText

/// Explanations of every label of tables 二, 三 and 四 in both formats, looked up by label.
///
/// Keys are the labels as the formats print them without the numbering prefix (`一、`, `（三）`, `1.`):
/// `属于国家秘密`, `部分公开（区分处理的，只计这一情形，不计其他情形）`, `危及“三安全一稳定”`, `本年增/减`. A lookup
/// normalises the label it is given the same way (see ``key(for:)``), so `3.危及"三安全一稳定"`, `（二）部分公开(区分
/// 处理的,只计这一情形,不计其他情形)` and `属于国家秘密` with Kangxi radicals or line breaks all find their entry.
package enum RowExplanations {
  /// Every explanation of `table`'s labels on `axis`, in table order.
  package static func explanations(in table: ReportTable, axis: TableAxis) -> [RowExplanation] {
    listed(in: table, axis: axis).map {
      var explanation = $0
      explanation.table = table
      explanation.axis = axis
      return explanation
    }
  }

  private static func listed(in table: ReportTable, axis: TableAxis) -> [RowExplanation] {
    switch (table, axis) {
    case (.activeDisclosure, .row): ActiveDisclosureExplanations.rows
    case (.activeDisclosure, .column): ActiveDisclosureExplanations.columns
    case (.applications, .row): ApplicationExplanations.rows
    case (.applications, .column): ApplicationExplanations.columns
    case (.reviewAndLitigation, .row): []
    case (.reviewAndLitigation, .column): ReviewAndLitigationExplanations.columns
    }
  }

  /// The explanation of `label` in `table`; rows are searched before columns unless `axis` is given (table 三's
  /// `其他` and `总计` are both a row and a column). With `format`, the explanation for that format's table (table
  /// 三's （六）其他处理 means one thing in the 2019 format and another in the 2021 format).
  package static func explanation(
    for label: String, in table: ReportTable, axis: TableAxis? = nil, format: FormatID? = nil
  ) -> RowExplanation? {
    let key = key(for: label)
    for candidate in axis.map({ [$0] }) ?? TableAxis.allCases {
      guard let entries = index[Place(table: table, axis: candidate)]?[key] else { continue }
      guard entries.count > 1, let format else { return entries.first }
      return entries.first { $0.formats.contains(format) } ?? entries.first
    }
    return axis == .column ? nil : renamedRow(label, in: table)
  }

  /// The explanation of a row label that only a format without its own explanations prints (a format that renames
  /// a row): the explanation of the same row (by its key in the format data) as another format in use words it,
  /// under this label.
  private static func renamedRow(_ label: String, in table: ReportTable) -> RowExplanation? {
    let rows: [RowSpec] =
      switch table {
      case .activeDisclosure: ReportFormats.all.flatMap { $0.table2.flatMap(\.rows) }
      case .applications: ReportFormats.all.flatMap(\.table3.rows)
      case .reviewAndLitigation: []
      }
    let labelKey = key(for: label)
    guard let row = rows.first(where: { key(for: $0.label) == labelKey }) else { return nil }
    let explained = rows.lazy.filter { $0.key == row.key }.compactMap {
      index[Place(table: table, axis: .row)]?[key(for: $0.label)]?.first
    }.first
    return explained.map {
      var explanation = RowExplanation(row.core, $0.meaning, articles: $0.articles, note: $0.note, role: $0.role)
      explanation.table = table
      return explanation
    }
  }

  /// The explanation of `label` in whichever table has it: table 三's rows first, then 二, then 四, then the
  /// remaining columns.
  package static func explanation(for label: String) -> RowExplanation? {
    let order: [(ReportTable, TableAxis)] = [
      (.applications, .row), (.activeDisclosure, .row), (.reviewAndLitigation, .column), (.activeDisclosure, .column),
      (.applications, .column),
    ]
    return order.lazy.compactMap { explanation(for: label, in: $0.0, axis: $0.1) }.first
  }

  /// The lookup form of a table label: compatibility characters folded (full-width forms become ASCII), white space
  /// and quotes removed, `，` turned into `、`, a numbering prefix (`一、` `（三）` `(三)` `1.` `1．` `1、` `1`)
  /// removed, and parentheses around the whole label removed.
  package static func key(for label: String) -> String {
    var scalars = FoldedText.folded(label).unicodeScalars.filter {
      !CharacterFolding.isSpace($0) && !"“”‘’\"'「」『』".unicodeScalars.contains($0)
    }.map { $0 == "," ? "、" : $0 }
    scalars.removeFirst(numberingLength(scalars))
    if scalars.first == "(", scalars.last == ")", scalars.firstIndex(of: ")") == scalars.count - 1 {
      scalars = Array(scalars.dropFirst().dropLast())
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// The length of a numbering prefix at the start of `scalars`, or 0.
  private static func numberingLength(_ scalars: [Unicode.Scalar]) -> Int {
    let chinese = scalars.prefix { "一二三四五六七八九十".unicodeScalars.contains($0) }.count
    if chinese > 0, scalars.count > chinese + 1, scalars[chinese] == "、" { return chinese + 1 }
    if scalars.first == "(" {
      let inner = scalars.dropFirst().prefix { "一二三四五六七八九十".unicodeScalars.contains($0) }.count
      if inner > 0, scalars.count > inner + 2, scalars[inner + 1] == ")" { return inner + 2 }
    }
    let digits = scalars.prefix { $0.isASCII && $0.properties.numericType == .decimal }.count
    guard digits > 0, scalars.count > digits else { return 0 }
    return scalars.count > digits + 1 && ".、".unicodeScalars.contains(scalars[digits]) ? digits + 1 : digits
  }

  private struct Place: Hashable {
    let table: ReportTable
    let axis: TableAxis
  }

  private static let index: [Place: [String: [RowExplanation]]] = {
    var index: [Place: [String: [RowExplanation]]] = [:]
    for table in ReportTable.allCases {
      for axis in TableAxis.allCases {
        let entries = explanations(in: table, axis: axis).map { (key(for: $0.label), [$0]) }
        index[Place(table: table, axis: axis)] = Dictionary(entries) { first, second in first + second }
      }
    }
    return index
  }()
}
