import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 三 in reading order as `pdftotext` writes it when a narrow label column wraps every label: each page's rows
/// with their first value after the label, then the rest of the page's rows in blocks, by rows or by columns
/// (`StreamBlocks`, the corpus's `inv-2021-city.pdf-raw`).
@Suite struct StreamBlocksTests {
  /// The city's table 三 (`inv-2021-city`), rows in the format's order.
  private static let city: [[Int]] = [
    [16833, 5635, 5077, 9744, 3133, 6981, 47403], [0, 1, 0, 0, 2, 0, 3], [0, 102, 306, 630, 0, 1061, 2099],
    [298, 0, 0, 543, 0, 0, 841], [0, 341, 522, 358, 44, 399, 1664], [4482, 983, 0, 0, 0, 0, 5465],
    [0, 933, 376, 1051, 0, 965, 3325], [2000, 0, 722, 965, 885, 0, 4572], [1426, 0, 0, 200, 0, 0, 1626],
    [550, 875, 1111, 1013, 1044, 0, 4593], [0, 483, 0, 0, 0, 0, 483], [1223, 0, 0, 0, 0, 1102, 2325],
    [0, 116, 89, 724, 219, 209, 1357], [2036, 0, 0, 760, 0, 0, 2796], [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 859, 0, 0, 0, 859], [1428, 804, 53, 0, 188, 449, 2922], [0, 0, 0, 743, 0, 626, 1369],
    [0, 21, 269, 189, 0, 233, 712], [0, 0, 0, 1004, 0, 232, 1236], [3385, 977, 0, 1008, 0, 0, 5370],
    [0, 0, 0, 524, 352, 584, 1460], [0, 0, 765, 28, 403, 1117, 2313], [16828, 5635, 5072, 9740, 3135, 6977, 47387],
    [5, 1, 5, 4, 0, 4, 19],
  ]

  /// The format's row labels as the text writes them, group labels on lines of their own.
  private static let labels: [(group: String?, label: String)] = [
    (nil, "一、本年新收政府信息公开申请数量"),
    (nil, "二、上年结转政府信息公开申请数量"),
    ("三、本年度办理结果", "（一）予以公开"),
    (nil, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("（三）不予公开", "1.属于国家秘密"),
    (nil, "2.其他法律行政法规禁止公开"),
    (nil, "3.危及“三安全一稳定”"),
    (nil, "4.保护第三方合法权益"),
    (nil, "5.属于三类内部事务信息"),
    (nil, "6.属于四类过程性信息"),
    (nil, "7.属于行政执法案卷"),
    (nil, "8.属于行政查询事项"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息"),
    (nil, "2.没有现成信息需要另行制作"),
    (nil, "3.补正后申请内容仍不明确"),
    ("（五）不予处理", "1.信访举报投诉类申请"),
    (nil, "2.重复申请"),
    (nil, "3.要求提供公开出版物"),
    (nil, "4.无正当理由大量反复申请"),
    (nil, "5.要求行政机关确认或重新出具已获取信息"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    (nil, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    (nil, "3.其他"),
    (nil, "（七）总计"),
    (nil, "四、结转下年度继续办理"),
  ]

  /// How a block of a page's stream is written.
  private enum Block {
    /// Each row's remaining values, one per line, a blank line after each.
    case byRows(Range<Int>)
    /// Each row's remaining values, one per line, no blank line anywhere.
    case packedRows(Range<Int>)
    /// The rows' values of `columns` column by column, each column after a header word.
    case byColumns(Range<Int>, columns: Range<Int>)
    /// Each row's remaining values on one line.
    case lines(Range<Int>)
    /// Each row's next `columns` values on one line, then a blank line.
    case rowChunks(Range<Int>, columns: Int)
    /// Each row's next value, one per line with nothing between, then a blank line.
    case column(Range<Int>)
  }

  /// One page: its rows (with their first value after the label when `own`) and the blocks after its labels.
  private struct Page {
    var rows: Range<Int>
    var own: Bool
    var blocks: [Block]
  }

  /// The text of a report (CRLF, a county named with 𠀀) whose table 三 is `table` written in `pages`.
  private func report(_ table: [[Int]], _ pages: [Page]) -> SourceText {
    var lines = ["𠀀县人力资源和社会保障局2022年政府信息公开工作年度报告", "一、总体情况", "无。", "二、主动公开政府信息情况", "无。"]
    lines += ["三、收到和处理政府信息公开申请情况", "自然人"]
    var written = table.map { _ in 0 }
    func take(_ row: Int, _ count: Int) -> [String] {
      defer { written[row] += count }
      return table[row][written[row]..<written[row] + count].map(String.init)
    }
    for (number, page) in pages.enumerated() {
      for row in page.rows {
        if let group = Self.labels[row].group { lines.append(group) }
        lines.append(Self.labels[row].label + (page.own ? " " + take(row, 1)[0] : ""))
      }
      lines.append("")
      for block in page.blocks {
        switch block {
        case .byRows(let rows):
          for row in rows { for value in take(row, 7 - written[row]) { lines += [value, ""] } }
        case .packedRows(let rows): for row in rows { lines += take(row, 7 - written[row]) }
        case .lines(let rows): for row in rows { lines.append(take(row, 7 - written[row]).joined(separator: " ")) }
        case .rowChunks(let rows, let columns):
          lines += rows.map { take($0, columns).joined(separator: " ") } + [""]
        case .column(let rows): lines += rows.map { take($0, 1)[0] } + [""]
        case .byColumns(let rows, let columns):
          for _ in columns { lines += ["法人或其他组织"] + rows.map { take($0, 1)[0] } + [""] }
        }
      }
      lines += ["—\(number + 1)—", ""]
    }
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "无。", "五、存在的主要问题及改进情况", "无。"]
    lines += ["六、其他需要报告的事项", "无。"]
    return SourceText(lines.joined(separator: "\r\n"))
  }

  /// The city's pages: page 1 by columns then by rows, page 2 by rows only, page 3 mixing both.
  private let cityPages = [
    Page(rows: 0..<6, own: true, blocks: [.byColumns(0..<3, columns: 1..<5), .byRows(3..<6), .lines(0..<3)]),
    Page(rows: 6..<12, own: false, blocks: [.byRows(6..<12)]),
    Page(
      rows: 12..<25, own: true,
      blocks: [
        .byRows(12..<15), .byColumns(15..<18, columns: 1..<7), .byRows(18..<22),
        .byColumns(22..<25, columns: 1..<5), .lines(22..<25),
      ]
    ),
  ]

  private func values(_ report: Report) -> [[String]] {
    (report.table3?.rows ?? []).map { $0.cells.map(\.text) }
  }

  @Test func eachPagesBlocksAreReadWhenOneReadingBalances() throws {
    let text = report(Self.city, cityPages)
    let read = ReportReader.read(text)
    #expect(values(read) == Self.city.map { $0.map(String.init) })
    let rows = try #require(read.table3?.rows)
    // The rows read from a stream are solved; every value's range holds it.
    #expect(rows.allSatisfy { $0.cells.allSatisfy { $0.confidence == .solved } })
    for cell in rows.flatMap(\.cells) { #expect(text[cell.range] == cell.text) }
  }

  /// Rows that reached the same column written row by row, a few values to a line (`0 0` / `307 0` / `332 426`),
  /// and the next block continuing the same rows while the rows below them have fewer values (`inv-2022-dept`):
  /// read when one reading balances.
  @Test func blocksOfRowsWrittenRowByRowAreContinued() throws {
    var pages = cityPages
    pages[2].blocks = [
      .byRows(12..<15), .rowChunks(15..<18, columns: 3), .rowChunks(15..<18, columns: 3), .byRows(18..<22),
      .byColumns(22..<25, columns: 1..<5), .lines(22..<25),
    ]
    let text = report(Self.city, pages)
    let read = ReportReader.read(text)
    #expect(values(read) == Self.city.map { $0.map(String.init) })
    for cell in (read.table3?.rows ?? []).flatMap(\.cells) { #expect(text[cell.range] == cell.text) }
    // One value of those rows one more, so that no reading balances: the page's streamed rows stay unread.
    var unbalanced = Self.city
    unbalanced[16][2] += 1
    let rows = try #require(ReportReader.read(report(unbalanced, pages)).table3?.rows)
    #expect(rows[12..<25].allSatisfy { $0.cells.allSatisfy { $0.arithmeticValue == nil } })
  }

  /// One column of rows written one value to a line, then the same rows' next values row by row, several to a line
  /// (`0` / `35` / … / `5`, then `48 127` / `23 90` / …: `inv-2023-between`): the change of layout ends the column's
  /// block, and the next block continues its rows, though the rows below them have fewer values. Read when one
  /// reading balances; with one value one more no reading balances, and the page's streamed rows stay unread.
  @Test func aColumnEndedByAChangeOfLayoutIsContinued() throws {
    var pages = cityPages
    pages[2].blocks = [
      .column(12..<18), .rowChunks(12..<18, columns: 2), .rowChunks(12..<18, columns: 3), .lines(18..<25),
    ]
    let text = report(Self.city, pages)
    let read = ReportReader.read(text)
    #expect(values(read) == Self.city.map { $0.map(String.init) })
    let rows = try #require(read.table3?.rows)
    #expect(rows[12..<25].allSatisfy { $0.cells.allSatisfy { $0.confidence == .solved } })
    for cell in rows.flatMap(\.cells) { #expect(text[cell.range] == cell.text) }
    var unbalanced = Self.city
    unbalanced[13][2] += 1
    let twin = try #require(ReportReader.read(report(unbalanced, pages)).table3?.rows)
    #expect(twin[12..<25].allSatisfy { $0.cells.allSatisfy { $0.arithmeticValue == nil } })
  }

  /// Two rows whose twelve values stand one per line with nothing between: by rows (`0 0 1 0 0 1` / `0 1 0 1 0 2`)
  /// and by columns for four columns then by rows (`0 1 0 0 0 1` / `0 0 1 1 0 2`) both balance, with the same sum
  /// in every column. Nothing is placed: the rows stay unread, never given one of the readings.
  @Test func aStreamThatBalancesTwoWaysIsNotPlaced() throws {
    var table = Self.city
    table[10] = [0, 0, 0, 1, 0, 0, 1]
    table[11] = [0, 0, 1, 0, 1, 0, 2]
    // 总计 and 本年新收 follow the change, so that the table balances.
    table[23] = (0..<7).map { column in (2..<23).reduce(0) { $0 + table[$1][column] } }
    table[0] = (0..<7).map { table[23][$0] + table[24][$0] - table[1][$0] }
    var pages = cityPages
    pages[1] = Page(rows: 6..<10, own: false, blocks: [.byRows(6..<10)])
    pages.insert(Page(rows: 10..<12, own: true, blocks: [.packedRows(10..<12)]), at: 2)
    // With a blank line after each value no column of two rows is written, so only the reading by rows remains.
    var spaced = pages
    spaced[2].blocks = [.byRows(10..<12)]
    #expect(values(ReportReader.read(report(table, spaced))) == table.map { $0.map(String.init) })
    let read = ReportReader.read(report(table, pages))
    let rows = try #require(read.table3?.rows)
    for row in rows[10..<12] {
      #expect(row.cells.allSatisfy { $0.state == .missing }, "\(row.cells.map(\.text))")
      // Reported as a row that could not be read (GJ308), as a short row or as digits written together.
      #expect(
        read.problems.contains { problem in
          switch problem.kind {
          case .cellCount(.table3, row.key, _, _, _), .rowUnreadable(.table3, row.key, _): return true
          default: return false
          }
        })
    }
  }
}
