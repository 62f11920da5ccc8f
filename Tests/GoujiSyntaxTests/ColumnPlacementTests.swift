import GoujiText
import Testing

@testable import GoujiSyntax

/// Rows with empty cells in text that keeps positions: the bands of the columns and the placement of a short row
/// in them (`ColumnBands`), and whole tables read through `ReportReader` (`ColumnPlacer`).
@Suite struct ColumnPlacementTests {
  private func spans(_ pairs: [(Int, Int)]) -> [ColumnSpan] { pairs.map { ColumnSpan(start: $0.0, end: $0.1) } }

  // MARK: Bands

  @Test func valuesOverlappingTheirBandsArePlacedExactly() throws {
    let rows = [spans([(10, 12), (15, 16), (20, 22)]), spans([(11, 12), (14, 16), (21, 22)])]
    let bands = try #require(ColumnBands(rows: rows))
    #expect(bands.bands == spans([(10, 12), (14, 16), (20, 22)]))
    let placed = try #require(bands.place(spans([(11, 12), (21, 22)])))
    #expect(placed.columns == [0, 2])
    #expect(placed.exact)
  }

  @Test func aValueInAGapGoesToTheNearerBandButNotExactly() throws {
    let bands = try #require(ColumnBands(spans([(10, 12), (20, 22)])))
    let placed = try #require(bands.place(spans([(13, 14)])))
    #expect(placed.columns == [0])
    #expect(!placed.exact)
  }

  @Test func aValueAstrideTheMiddleOfAGapIsNotPlaced() throws {
    let bands = try #require(ColumnBands(spans([(10, 12), (20, 22)])))
    #expect(bands.place(spans([(15, 18)])) == nil)
  }

  @Test func twoValuesInOneBandAreNotPlaced() throws {
    let bands = try #require(ColumnBands(spans([(10, 12), (20, 22), (30, 32)])))
    #expect(bands.place(spans([(10, 11), (11, 12)])) == nil)
  }

  @Test func rowsThatDoNotLineUpGiveNoBands() {
    #expect(ColumnBands(rows: [spans([(10, 12), (15, 16)]), spans([(14, 16), (20, 21)])]) == nil)
    #expect(ColumnBands(rows: [spans([(10, 12), (15, 16)]), spans([(10, 12)])]) == nil)
  }

  // MARK: Header

  /// A word that folds to nothing for matching (`*`, a quote) is contained in every label as an empty string; it
  /// must not stand for a column, or a line `自然人  *  总计` would give the middle column a band where no label is.
  @Test func aWordThatFoldsToNothingIsNoColumnLabel() {
    let text = SourceText("  自然人      *      总计\n  自然人      商业企业      总计\n")
    let context = TableContext(text: text, lines: text.lineInfos(), excluded: ExcludedRanges([]))
    let labels = ["自然人", "商业企业", "总计"]
    let starred = ColumnPlacer(context: context, columnLabels: labels, headerLines: 0..<1)
    #expect(starred.headerBands(.characters) == nil)
    let named = ColumnPlacer(context: context, columnLabels: labels, headerLines: 1..<2)
    #expect(named.headerBands(.characters)?.bands.bands.count == 3)
  }

  // MARK: Tables

  /// A report whose table 三 is `rows` (`nil` values stay empty), each value right-aligned to end at column
  /// `60 + 5 × (index + 1)` counted in `measure`, after the label indented by two spaces.
  private func report(_ rows: [(String, [String?])], measure: ColumnMeasure, separator: String? = nil) -> SourceText {
    let lines = rows.map { label, values in
      var line = "  " + label
      for (index, value) in values.enumerated() {
        guard let value else { continue }
        if let separator {
          line += separator + value
          continue
        }
        let width = measure == .characters ? line.unicodeScalars.count : DisplayWidth.of(line)
        line += String(repeating: " ", count: max(1, 60 + 5 * (index + 1) - value.count - width)) + value
      }
      return line
    }
    let text =
      ["某县某局2023年政府信息公开工作年度报告", "一、总体情况", "无。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
      + lines + ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    return SourceText(text.joined(separator: "\n"))
  }

  private let rows: [(String, [String?])] = [
    ("一、本年新收政府信息公开申请数量", ["1", "2", "0", "0", "0", "0", "3"]),
    ("二、上年结转政府信息公开申请数量", ["0", "0", "0", "0", "0", "0", "0"]),
    ("（一）予以公开", ["1", nil, nil, nil, nil, nil, "1"]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["0", "0", "0", "0", "0", "0", "0"]),
  ]

  private func granted(_ text: SourceText) -> [Cell]? {
    ReportReader.read(text).table3?.rows.first { $0.key == "public" }?.cells
  }

  @Test(arguments: ColumnMeasure.allCases)
  func aShortRowIsPlacedInEitherMeasure(_ measure: ColumnMeasure) throws {
    let cells = try #require(granted(report(rows, measure: measure)))
    #expect(cells.map(\.text) == ["1", "", "", "", "", "", "1"])
    #expect(cells.map(\.state) == [.written, .empty, .empty, .empty, .empty, .empty, .written])
    #expect(cells.allSatisfy { $0.confidence == .written })
  }

  @Test func singleSpacesKeepNoPositions() throws {
    let cells = try #require(granted(report(rows, measure: .characters, separator: " ")))
    #expect(cells.allSatisfy { $0.state == .missing })
  }

  /// A TAB keeps no position: its width depends on the program that shows it. `（一）予以公开`'s 1 of 商业企业 stands
  /// under 商业企业 with the TAB expanded to the next multiple of 8, under 自然人 with the TAB counted as one
  /// character; the row is not placed either way (its cells are left unread), never read in a guessed column.
  @Test func aRowHoldingATabIsNotPlaced() throws {
    var tabbed = rows
    tabbed[2].1 = [nil, "1", nil, nil, nil, nil, "1"]
    let text = report(tabbed, measure: .characters).string
    let label = "  （一）予以公开"
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(label) })
    // The TAB after the label (9 characters) reaches column 16: the 1 written to end at column 70 once expanded.
    let values = line.dropFirst(label.count).drop { $0 == " " }
    let written = label + "\t" + String(repeating: " ", count: 70 - 16 - 1) + values
    let read = ReportReader.read(SourceText(text.replacingOccurrences(of: String(line), with: written)))
    let row = try #require(read.table3?.rows.first { $0.key == "public" })
    #expect(row.cells.allSatisfy { $0.state == .missing }, "\(row.cells.map(\.text))")
    // Its TAB is no cell border either (one field holds both values): a row that could not be read, not a row of
    // TAB-separated cells, which would make the count of values it shows (1 field) the report's error.
    #expect(row.form == .layout)
    let problem = ReadingProblem.Kind.cellCount(.table3, rowKey: "public", subtable: nil, expected: 7, found: 2)
    #expect(read.problems.contains { $0.kind == problem })
    // The same line with the TAB expanded is placed: the TAB alone stops the placement.
    let expanded = written.replacingOccurrences(of: "\t", with: String(repeating: " ", count: 7))
    let placed = try #require(granted(SourceText(text.replacingOccurrences(of: String(line), with: expanded))))
    #expect(placed.map(\.text) == ["", "1", "", "", "", "", "1"])
  }

  @Test func aPlacementTheRowRuleContradictsIsOnlyShown() throws {
    var contradicted = rows
    contradicted[2].1 = ["1", nil, nil, nil, nil, nil, "5"]
    let cells = try #require(granted(report(contradicted, measure: .characters)))
    #expect(cells.map(\.text) == ["1", "", "", "", "", "", "5"])
    #expect(cells.allSatisfy { $0.confidence == .inferred && $0.arithmeticValue == nil })
  }

  @Test func aPlacementARuleAcrossRowsContradictsIsOnlyShown() throws {
    let zeros: [String?] = Array(repeating: "0", count: 7)
    let table: [(String, [String?])] = [
      ("一、本年新收政府信息公开申请数量", ["1", "2", "0", "0", "0", "0", "3"]), ("二、上年结转政府信息公开申请数量", zeros),
      ("（一）予以公开", ["1", "2", "0", "0", "0", "0", "3"]), ("（七）总计", ["1", "2", "0", "0", "0", "0", "3"]),
      // R3-2 holds (1 = 1), R3-1 does not: 新收 + 结转 = 0 in 其他, but 总计 + 结转下年 = 1.
      ("四、结转下年度继续办理", [nil, nil, nil, nil, nil, "1", "1"]),
    ]
    let report = ReportReader.read(report(table, measure: .characters))
    let cells = try #require(report.table3?.rows.first { $0.key == "carryOver" }?.cells)
    #expect(cells.map(\.text) == ["", "", "", "", "", "1", "1"])
    #expect(cells.allSatisfy { $0.confidence == .inferred })
    let total = try #require(report.table3?.rows.first { $0.key == "outcomeTotal" }?.cells)
    #expect(total.allSatisfy { $0.confidence == .written })
  }
}
