import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// The hover of a table label: a row label, one of table 三's group labels, a clause header of table 二, or a column
/// header — what it counts and the article behind it (``RowExplanations``).
enum LabelHover {
  /// A label found at an offset: which table, on which axis, its canonical text and where it is written.
  struct Found {
    var table: TableID
    var axis: TableAxis
    var kindName: (zh: String, en: String)
    var canonical: String
    var written: String?
    var range: TextRange
    var matchesFormat: Bool = true
  }

  static func label(at offset: Int, report: Report, layout: ReportLayout) -> Found? {
    rowLabel(at: offset, report: report) ?? clause(at: offset, report: report)
      ?? group(at: offset, layout: layout) ?? header(at: offset, layout: layout)
  }

  static func content(_ found: Found, report: Report, language: Language) -> RichText {
    var text = RichText()
    text.heading(found.table.shortName(language) + " " + language.pick(found.kindName.zh, found.kindName.en))
    if !found.matchesFormat {
      text.paragraph(
        .text(language.pick("格式中的写法：", "The format writes it: ")), .bold(found.canonical),
        .text(found.written.map { language.pick("（此处写作“\($0)”）", " (written here as “\($0)”)") } ?? "")
      )
    }
    let table = reportTable(found.table)
    if let explanation = RowExplanations.explanation(
      for: found.canonical, in: table, axis: found.axis, format: report.effectiveFormat.id
    ) {
      text.prepared(markdown: explanation.markdown, plain: explanation.plainText)
    } else if found.matchesFormat {
      text.paragraph(.bold(found.canonical))
    }
    return text
  }

  private static func rowLabel(at offset: Int, report: Report) -> Found? {
    let format = report.effectiveFormat
    for id in [TableID.table2, .table3] {
      guard let table = report.table(id),
        let row = table.rows.first(where: {
          !$0.label.isEmpty && $0.labelRange.contains(offset)
        })
      else { continue }
      let canonical: String
      if id == .table2 {
        let subtables = format.table2 + ReportFormats.all.flatMap(\.table2)
        canonical = subtables.first { $0.key == row.subtable }?.rows.first { $0.key == row.key }?.label ?? row.label
      } else {
        let rows = format.table3.rows + ReportFormats.all.flatMap(\.table3.rows)
        canonical = rows.first { $0.key == row.key }?.label ?? row.label
      }
      return Found(
        table: id, axis: .row, kindName: ("行", "row"), canonical: canonical, written: row.label,
        range: row.labelRange,
        matchesFormat: row.labelMatchesFormat
      )
    }
    return nil
  }

  private static func clause(at offset: Int, report: Report) -> Found? {
    guard let table = report.table2,
      let (key, range) = table.clauseRanges.first(where: { $0.value.contains(offset) }),
      let clause = ReportFormats.all.flatMap(\.table2).first(where: { $0.key == key })?.clause
    else { return nil }
    return Found(table: .table2, axis: .row, kindName: ("子表", "sub-table"), canonical: clause, range: range)
  }

  private static func group(at offset: Int, layout: ReportLayout) -> Found? {
    guard let group = layout.groups.first(where: { $0.range.contains(offset) }) else { return nil }
    return Found(table: .table3, axis: .row, kindName: ("分组", "group"), canonical: group.spec.label, range: group.range)
  }

  private static func header(at offset: Int, layout: ReportLayout) -> Found? {
    guard let header = layout.headers.first(where: { $0.range.contains(offset) }) else { return nil }
    return Found(
      table: header.table, axis: .column, kindName: ("列", "column"), canonical: header.label, range: header.range)
  }

  static func reportTable(_ id: TableID) -> ReportTable {
    switch id {
    case .table2: .activeDisclosure
    case .table3: .applications
    case .table4: .reviewAndLitigation
    }
  }
}
