import Foundation
import GoujiFormats
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Tables' headers and table 三's group labels are part of the reading (``ReadTable/headers``,
/// ``ReadTable/groupLabels``), each with the exact range of what is written, in every text form that writes them as
/// cells of their own or glued together in flattened text (not where PDF layout text or a grid cell's wrapping cuts
/// them).
@Suite struct HeaderReadingTests {
  /// The examples (cell-per-line) and the corpus files of the forms that keep headers as cells or glue them.
  static let files: [String] = {
    let forms = [".lynx.txt", ".pandoc.txt", ".w3m.txt", ".flat-spaced.txt", ".flat-glued.txt"]
    let names = Fixtures.files(in: Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")).filter {
      name in forms.contains { name.hasSuffix($0) }
    }
    let kept = names.filter { name in !unwrittenHeaders.keys.contains { name.hasPrefix("\($0).") } }
    return Fixtures.exampleNames + kept.map { "corpus/" + $0 }
  }()

  /// Corpus reports (or files) whose text does not write the headers whole, and why (Reading.md, rounds unseen4
  /// and unseen5).
  static let unwrittenHeaders: [String: String] = [
    "inv-2023-images": "tables 三 and 四 are pictures: no form holds their text",
    "inv-2022-breaks.w3m": "headers broken by `<br>` (`结果` / `维持`) stand on two lines of their cell, as w3m's "
      + "wrapped headers: not read",
    "inv-2022-breaks.pandoc": "as its w3m copy, and the group labels broken by `<br>` (`（三）不予` / `公开`)",
    "inv-2021-serial.flat-glued": "the 序号 header and the first row's number are glued to the header run "
      + "(`…其他1一、本年新收`): no sequence of header labels fills it, so no header is read",
    "inv-2023-spaces.w3m": "short headers spaced out with ideographic spaces (`其　　他`, `自　然　人`, `总　　计`) are "
      + "not matched as header cells: not read (Reading.md, round unseen5)",
    "inv-2024-excel.w3m": "Excel's fixed column widths make w3m wrap table 四's sub-headers in their cells (`结果纠` / "
      + "`正`, `尚未审` / `结`), as its wrapped headers of table 三: not read (Reading.md, round unseen5)",
    "inv-2023-t4split.flat-glued": "table 四 in two tables, flattened with its values glued (`13 9 0021行政诉讼…`): "
      + "the values are unread (GJ308), so the second table's header, looked for between them, is not read",
    "inv-2022-late2019": "table 四's header written as one row of 15 short headers: the report writes no 行政复议, "
      + "行政诉讼, 未经复议直接起诉 or 复议后起诉 (Reading.md, round unseen6)",
    "inv-2021-remarks.flat-spaced": "the 备注 header is glued into the header runs (`申请人情况备注自然人…`, "
      + "`行政诉讼备注结果维持…`): no sequence of the format's header labels fills them, so no header is read "
      + "(Reading.md, round unseen10)",
    "inv-2021-remarks.flat-glued": "as its flat-spaced copy: the 备注 header glued into the header runs",
    "inv-2021-remarks.w3m": "the header line holding the 备注 cell is not taken as header cells: `其他` is not read "
      + "(Reading.md, round unseen10)",
  ]

  /// The corpus's flattened copies write no group labels (the converter drops the cells that span rows).
  private static func writesGroupLabels(_ name: String) -> Bool {
    !name.hasSuffix(".w3m.txt") && !name.contains(".flat-")
  }

  private static func report(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.exampleOrFixture("GoujiSyntaxTests", name)))
  }

  private static func labels(_ table: ReadTable?) -> Set<String> { Set(table?.headers.map(\.label) ?? []) }

  @Test(arguments: files)
  func everyTableKeepsItsHeaders(_ name: String) throws {
    let report = Self.report(name)
    let table2 = try #require(report.table2)
    #expect(table2.headers.filter { $0.label == "信息内容" }.count == table2.clauseRanges.count)
    var columns = Set(ReportFormat.format2021.table3.columns.map(\.label))
    // w3m wraps the column headers that do not fit their cells (`社会公益组` / `织`, `商业企` / `业` beside wide
    // values): those are not read as headers; the ones written whole above the first row are (a header repeated
    // above a table's second part, `inv-2023-split`, is not the table's header).
    if name.hasSuffix(".w3m.txt") {
      let text = Fixtures.exampleOrFixture("GoujiSyntaxTests", name)
      let header = text.components(separatedBy: "一、本年新收").first ?? text
      columns = columns.filter { header.contains($0) }
    }
    #expect(Self.labels(report.table3).isSuperset(of: columns), "\(name): table 三 \(Self.labels(report.table3))")
    let table4 = Set(ReportFormat.format2021.table4.headers)
    #expect(Self.labels(report.table4) == table4, "\(name): table 四 \(Self.labels(report.table4))")
  }

  /// In cell-per-line text and its lynx and pandoc copies every group label with rows under it is read.
  @Test(arguments: files.filter(writesGroupLabels))
  func table3KeepsItsGroupLabels(_ name: String) throws {
    let report = Self.report(name)
    let table = try #require(report.table3)
    var expected = ["outcome", "withheld", "unable", "ignored"]
    if table.row("other.other") != nil { expected.append("otherHandling") }
    #expect(table.groupLabels.map(\.key) == expected)
    for group in table.groupLabels {
      #expect(group.rowKeys.allSatisfy { table.row($0) != nil } && !group.rowKeys.isEmpty)
      #expect(table.extent(of: group).start == group.range.start)
    }
  }

  /// What lies at a header's range is the header: its label, one of its spellings, or (the note) the label without
  /// its parentheses; at a group label's range, the group's label with its numbering written any way.
  @Test(arguments: files)
  func headerRangesHoldTheirLabels(_ name: String) throws {
    let report = Self.report(name)
    let fold = { (text: String) in NormalizedText.foldedString(text, mode: .matching) }
    let columns = ReportFormats.all.flatMap { $0.table2.flatMap(\.columns) + $0.table3.columns }
    for table in [report.table2, report.table3, report.table4].compactMap({ $0 }) {
      for header in table.headers {
        let aliases = columns.filter { $0.label == header.label }.flatMap(\.aliases)
        let spellings = [header.label, String(header.label.dropFirst().dropLast())] + aliases
        #expect(spellings.map(fold).contains(fold(report.text[header.range])), "\(name): \(header)")
      }
    }
    for group in report.table3?.groupLabels ?? [] {
      let spec = try #require(ReportFormat.format2021.table3.groups.first { $0.key == group.key })
      let written = fold(report.text[group.range])
      #expect(written.hasSuffix(fold(spec.core)) && written.count <= fold(spec.label).count + 2, "\(name): \(group)")
    }
  }

  /// Headers glued in flattened text are read only when one sequence of labels fills their run exactly: a run with a
  /// misspelt label (`自然入`) gives none of its labels, the runs around it still give theirs.
  @Test func gluedHeadersAreReadOnlyWhereTheyFillTheirRun() throws {
    let glued = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    let text = Fixtures.exampleOrFixture("GoujiSyntaxTests", "corpus/inv-2021-busy.flat-glued.txt")
    #expect(text.contains(glued))
    let misspelt = text.replacingOccurrences(
      of: glued, with: "申请人情况 自然入法人或其他组织 总计商业企业科研机构社会公益组织法律服务机构其他")
    let labels = ReportReader.read(SourceText(misspelt)).table3?.headers.map(\.label) ?? []
    #expect(labels.contains("申请人情况") && labels.contains("法律服务机构"))
    #expect(!labels.contains("自然人") && !labels.contains("法人或其他组织"))
  }

  /// A unit line glued before the headers (`…统计表单位：件行政复议行政诉讼…`, `inv-2023-caption`'s flattened copies)
  /// is no header: the headers are read after it, at their exact ranges, written `（单位：件）` too. Another unit
  /// (`单位：个`) is no unit line of these tables: the run holds it, and no header is read from the run.
  @Test func headersGluedAfterAUnitLineAreReadAfterIt() throws {
    let text = Fixtures.exampleOrFixture("GoujiSyntaxTests", "corpus/inv-2023-caption.flat-glued.txt")
    let glued = "统计表单位：件行政复议行政诉讼"
    #expect(text.contains(glued))
    let table4 = { (text: String) in
      let report = ReportReader.read(SourceText(text))
      return (report.table4?.headers ?? []).map { report.text[$0.range] }
    }
    let headers = ReportFormat.format2021.table4.headers
    #expect(Set(table4(text)) == Set(headers))
    #expect(table4(text).first == "行政复议")
    let parenthesized = text.replacingOccurrences(of: glued, with: "统计表（单位：件）行政复议行政诉讼")
    #expect(Set(table4(parenthesized)) == Set(headers))
    #expect(table4(text.replacingOccurrences(of: glued, with: "统计表单位：个行政复议行政诉讼")).isEmpty)
  }

  /// A run of glued header words longer than any header row is not searched: no header is read from it.
  @Test func aRunLongerThanAnyHeaderRowGivesNoHeader() throws {
    let glued = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    let text = Fixtures.exampleOrFixture("GoujiSyntaxTests", "corpus/inv-2021-busy.flat-glued.txt")
    let long = String(repeating: "总计", count: 300)
    let labels = { (text: String) in Set(ReportReader.read(SourceText(text)).table3?.headers.map(\.label) ?? []) }
    let short = String(repeating: "总计", count: 20)
    #expect(labels(text.replacingOccurrences(of: glued, with: glued + short)).contains("自然人"))
    #expect(labels(text.replacingOccurrences(of: glued, with: glued + long)).isDisjoint(with: ["自然人", "总计"]))
  }

  /// Table 四 published as two tables (`inv-2023-t4split`): the second table's header, between the last value of
  /// 行政复议 and the first of 行政诉讼, is part of the table's headers, each at the exact range of its words, with CRLF
  /// line ends and 𠀀 in the title; a table 四 published whole has no header between those values.
  @Test(arguments: ["word-txt", "w3m", "pandoc", "lynx"])
  func theSecondTableOfASplitTable4KeepsItsHeader(_ form: String) throws {
    let text = Fixtures.exampleOrFixture("GoujiSyntaxTests", "corpus/inv-2023-t4split.\(form).txt")
      .replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "某某市", with: "某𠀀市")
    let report = ReportReader.read(SourceText(text))
    let table = try #require(report.table4)
    #expect(Set(table.headers.map(\.label)) == Set(ReportFormat.format2021.table4.headers))
    let between =
      try #require(table.rows[0].cells.last?.range.end)..<(try #require(table.rows[1].cells.first)).range.start
    let second = table.headers.filter { between.contains($0.range.start) }
    #expect(second.map(\.label).contains("行政诉讼") && !second.map(\.label).contains("行政复议"))
    #expect(second.allSatisfy { report.text[$0.range] == $0.label })
    let whole = try #require(Self.report("002_cf9a8ca2a320709f.txt").table4)
    let gap = try #require(whole.rows[0].cells.last?.range.end)..<(try #require(whole.rows[1].cells.first)).range.start
    #expect(!whole.headers.contains { gap.contains($0.range.start) })
  }
}
