import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ308: a row cannot be read reliably: its values are written together and cannot be split into cells, or, in text
/// where an empty cell leaves no trace, it holds more or fewer values than the format's columns.
package enum RowUnreadable: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ308", name: "row-unreadable", severity: .warning, fixAvailability: .never,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(
        zh: "一行无法可靠读取（数字连写，或空白单元格不留痕迹）",
        en: "A row cannot be read reliably (digits run together, or empty cells leave no trace)"),
      checks:
        "网页抓取或转换的报告常把一行的数值连写或只用部分空格分隔（如“一、本年新收政府信息公开申请数量150 02 0 017”）。读取时空格一定是单元格边界，连写的部分按列的类型（件数不以0开头、不超过7位）和全表的勾稽关系一起拆分。没有任何拆法、拆法过多或计算量超出上限时报告本项（同一表格中有多行如此时只报告一次，位置在第一行，各行列为相关位置）。PDF文本和压平的抓取中，一行的数值都用空格分开、各自都可能是一个件数（如“265 34 0 18”，没有“02”或超过7位这样必是连写的数字），却无法拆分放入各列时，看不出是数字连写还是空白单元格没有留下痕迹：消息引出这些数字、说明两种可能，而不说数字连在一起。PDF文本（pdftotext）和压平的网页抓取中空白单元格不留痕迹：一行的数值个数与格式的列数不符、又无法按位置放入各列时，无法判断是报告漏填还是转换丢失，也报告本项（在看得出单元格边界的文本中则是GJ304）；同一表格中有多行如此时只报告一次，位置在第一行，各行（及读到的数值个数）列为相关位置。本行各单元格不参与任何核对，也不会因本行报告错误。pandoc把Word文档中套在外层表格里的表格转成文本时，外层网格把表格的每行折成几行，标签和数值无法可靠对应：整张表不读取，每张表报告一次（位置在外层网格的第一行），不报告缺行或数值错误。表格至少三分之一的行已读出、某一行却找不到时，若该行标签的开头（前三个字）出现在前后两行之间（如Word另存的网页中过窄的标签单元格把“2.其他法律行政法规禁止公开”截成两段，中间夹着数值），该行在文本中但无法读取：报告本项（位置在标签开头），不报告缺行（GJ302）。"
        + "第二、三或四部分中没有表格、却有图片的痕迹（网页转换留下的`![](….png)`、`[W0….png]`，"
        + "pandoc的`[]`或`[image: …]`）时，该表是以图片发布的，文本中没有它的文字：整张表不读取，"
        + "报告本项（位置在图片的痕迹），不报告GJ301（缺少统计表）。"
        + "按阅读顺序提取的PDF文本（pdftotext）可能把第二部分的表格拆散：子表标题（第二十条第（×）项）、列标题、"
        + "行标签和数值各占一行、次序打乱，没有一行能与其数值对应。第二部分没有读出表格、却有至少两个子表标题和"
        + "两个列标题单独成行（只有表格的标签）、至少两行只有数字时，表在文本中但无法读取：报告本项（位置在第一行"
        + "标签），不报告GJ301。正文中提到某一项和一个数字不算。"
        + "网页中标签单元格用换行（`<br>`）分成几行的行，在w3m、pandoc画出的网格里占几行文本，标签按列拼合；"
        + "若本行的数值写在其中几行上，无法确定哪些数值属于本行：本行不读取，报告本项（位置在本行的数值，"
        + "消息说明标签分行、数值在几行上，而不是数字连写）。"
        + "w3m把比单元格宽的数值在格内折成几行（全角数字像汉字一样折行：`│１６１ │`下一行`│５     │`，即1615）；"
        + "表二、表三或表四的一行从一行网格读出、其中有数值在同一网格行的上一行或下一行接着写数字时，只读一行会得到"
        + "错误的数值，而折开的几段与同一格里用换行分开的几个数值（`１６<br>１５`）画出来一样，无法确定：本行"
        + "（表四为整张表）不读取，报告本项（位置在折开的各段，消息列出各数值折开的各段，如“１６１”/“５”）。"
        + "第四部分的表头写成一行15个子标题、每个被过窄的列截成碎片（如“结果维”/“持”）时，碎片按列或按顺序拼回、"
        + "恰好拼出格式的子标题，才按表头读取本表；拼不回、其下又有数值时，表在文本中但无法读取：报告本项"
        + "（位置在这些数值），不报告GJ301。"
        + "按阅读顺序提取的PDF文本中，一行的数值各占一行、不满足本行的合计，而本表有多行的数值个数与列数不符时，"
        + "无法确定这些数值属于本行：本行不读取，报告本项（消息说明数值各占一行，而不是数字连写）。",
      why: "猜测的数值会让合计核对得出错误结论；无法读取的行只能由人对照原文核实。",
      wrong: "一、本年新收政府信息公开申请数量12345678901234567890",
      right: "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3",
      fix: "无自动修复：请对照原件，用制表符分隔本行各个数值（空白单元格也保留其位置），或从原件重新复制表格。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式及其勾稽关系。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return gluedRows(context) + rowsWithValuesApart(context) + rowsWithoutBorders(context) + wrappedTables(context)
      + pictureTables(context) + scatteredTables(context) + cutHeaderTables(context) + unfoundRows(context)
      + spreadGridRows(context) + wrappedGridValues(context)
  }

  /// One warning per table the reader found in its section but could not read (`table` names the problem kind's
  /// table, `nil` for other kinds), at the problem's range, worded by `message` from the table's section number
  /// and its numeral: gouji could not read the table, which is not the report's error, so it is not GJ301.
  static func unreadTables(
    _ context: RuleContext, _ table: (ReadingProblem.Kind) -> TableID?,
    message: (_ number: Int, _ numeral: String) -> LocalizedText
  ) -> [Finding] {
    context.problems(table).map { table, problem in
      Finding(
        message: message(table.sectionNumber, ChineseNumeral.string(table.sectionNumber)), range: problem.range
      )
    }
  }

  /// Rows not found in a table read in the main whose label begins where the row belongs (a label cut in a way the
  /// reader does not join): the row is there but unread, a warning at the label's beginning, never GJ302.
  private static func unfoundRows(_ context: RuleContext) -> [Finding] {
    context.rowProblems { kind in
      if case .rowUnfound(let table, let key, _) = kind { return (table, key) }
      return nil
    }.map { name, problem in
      Finding(
        message: LocalizedText(
          zh: "表中找到了“\(name)”行标签的开头，但无法读出这一行（标签可能被窄单元格截断）：本行未读取，请核对原文",
          en: "The beginning of the label of the row “\(name)” stands in the table, but the row cannot be read (the "
            + "label may be cut by a narrow cell): the row is not read, check it against the original"
        ),
        range: problem.range
      )
    }
  }

  /// Rows whose digits the solver could not split: one finding per table, at its first such row, every such row a
  /// related location (a flattened table can glue many rows beyond splitting; a warning per row would bury the rest).
  private static func gluedRows(_ context: RuleContext) -> [Finding] {
    let problems = context.problems { kind -> (TableID, String, String?)? in
      if case .rowUnreadable(let table, let key, let subtable) = kind { return (table, key, subtable) }
      return nil
    }
    return TableID.allCases.compactMap { table in
      let rows = problems.filter { $0.0.0 == table }
      guard let (first, firstProblem) = rows.first else { return nil }
      guard rows.count > 1 else {
        return Finding(message: gluedMessage(first, firstProblem, context: context), range: firstProblem.range)
      }
      let numeral = ChineseNumeral.string(table.sectionNumber)
      let subject = context.rowSubject(table, first.1)
      let spaced = rows.allSatisfy { spacedNumbers($0.0, $0.1, context: context) != nil }
      return Finding(
        message: LocalizedText(
          zh: "表\(numeral)有\(rows.count)行的"
            + (spaced ? "数字无法确定地分到各个单元格" : "数字连在一起，无法拆分为各个单元格")
            + "（\(subject.zh)等，见相关位置）：" + (spaced ? Self.spacedCauseZh + "，" : "")
            + "这些行无法可靠读取，请核对原文",
          en: "Table \(table.sectionNumber) has \(rows.count) rows whose "
            + (spaced
              ? "numbers cannot be placed in their cells with certainty"
              : "digits run together and cannot be split into their cells")
            + " (\(subject.en) and others, see the related locations): " + (spaced ? Self.spacedCauseEn + "; " : "")
            + "these rows cannot be read reliably, check them against the original"
        ),
        range: firstProblem.range,
        related: rows.map {
          RelatedLocation(range: $0.1.range, message: gluedMessage($0.0, $0.1, context: context))
        }
      )
    }
  }

  /// The message for one row whose digits could not be split.
  private static func gluedMessage(
    _ info: (TableID, String, String?), _ problem: ReadingProblem, context: RuleContext
  ) -> LocalizedText {
    let subject = context.rowSubject(info.0, info.1)
    guard let numbers = spacedNumbers(info, problem, context: context) else {
      return LocalizedText(
        zh: "\(subject.zh)的数字连在一起，无法拆分为各个单元格：本行无法可靠读取，请核对原文",
        en:
          "\(subject.enSentenceStart) has digits run together that cannot be split into its cells: the row cannot be read reliably, check it against the original"
      )
    }
    // The numbers as one line (a row's may stand on several), the first fifteen of a long one.
    let written = numbers.prefix(15).joined(separator: " ") + (numbers.count > 15 ? " …" : "")
    return LocalizedText(
      zh: "\(subject.zh)的数字“\(written)”无法确定地分到各个单元格：\(spacedCauseZh)，本行无法可靠读取，请核对原文",
      en: "\(subject.enSentenceStart)'s numbers “\(written)” cannot be placed in its cells with certainty: "
        + "\(spacedCauseEn); the row cannot be read reliably, check it against the original"
    )
  }

  /// Why a row of numbers written apart may not be split, in text that shows no cell borders.
  private static let spacedCauseZh = "可能有数字连在一起，也可能有空白单元格在这种文本中没有留下痕迹"
  private static let spacedCauseEn = "digits may run together, or empty cells may have left no trace in this text"

  /// The most digits a count is written with (the reader's solver splits glued digits so too).
  private static let maximumCountWidth = 7

  /// An unsplit row's numbers when they are written apart, every one a possible count (no `02`, at most
  /// ``maximumCountWidth`` digits), in text whose empty cells leave no trace (PDF text, flattened scrapes): too few
  /// numbers may be glued digits or lost empty cells, and nothing tells which, so the message does not say the digits
  /// run together. `nil` otherwise.
  private static func spacedNumbers(
    _ info: (TableID, String, String?), _ problem: ReadingProblem, context: RuleContext
  ) -> [Substring]? {
    guard !context.cellBordersAreKnown(info.0, rowKey: info.1, subtable: info.2) else { return nil }
    let numbers = context.text[problem.range].split(whereSeparator: \.isWhitespace)
    let apart =
      numbers.count > 1
      && numbers.allSatisfy { number in
        let digits = number.unicodeScalars.map(digitValue)
        return digits.count <= maximumCountWidth && digits.allSatisfy { $0 != nil }
          && (digits.count == 1 || digits.first != 0)
      }
    return apart ? numbers : nil
  }

  /// The value of an ASCII or full-width digit.
  private static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar.value {
    case 0x30...0x39: scalar.value - 0x30
    case 0xFF10...0xFF19: scalar.value - 0xFF10
    default: nil
    }
  }

  /// Rows with a count of values that does not fit, in text that does not show where cells begin and end: one
  /// finding per table, at its first such row, every such row a related location. A flattened copy can lose the
  /// empty cells of every row; a warning per row would bury everything else.
  private static func rowsWithoutBorders(_ context: RuleContext) -> [Finding] {
    let problems = context.cellCountProblems(withKnownBorders: false)
    return TableID.allCases.compactMap { table in
      let rows = problems.filter { $0.0.0 == table }
      guard let (first, firstProblem) = rows.first else { return nil }
      guard rows.count > 1 else {
        return Finding(message: rowMessage(first, context: context), range: firstProblem.range)
      }
      let numeral = ChineseNumeral.string(table.sectionNumber)
      let subject = context.rowSubject(table, first.1)
      return Finding(
        message: LocalizedText(
          zh: "表\(numeral)有\(rows.count)行读到的数值个数与格式的列数不符（\(subject.zh)等，见相关位置）："
            + "这种文本中空白单元格不留痕迹，无法确定各数值所在的列，这些行无法可靠读取，请核对原文",
          en:
            "Table \(table.sectionNumber) has \(rows.count) rows whose count of values does not fit the format's columns "
            + "(\(subject.en) and others, see the related locations): empty cells leave no trace in this text, "
            + "so which column each value is in cannot be known; these rows cannot be read reliably, "
            + "check them against the original"
        ),
        range: firstProblem.range,
        related: rows.map { RelatedLocation(range: $0.1.range, message: countMessage($0.0, context: context)) }
      )
    }
  }

  /// The message for one row whose count of values does not fit.
  private static func rowMessage(_ info: (TableID, String, Int, Int), context: RuleContext) -> LocalizedText {
    let count = countMessage(info, context: context)
    return LocalizedText(
      zh: "\(count.zh)：这种文本中空白单元格不留痕迹，无法确定各数值所在的列，本行无法可靠读取，请核对原文",
      en: "\(count.en): empty cells leave no trace in this text, so which column each value is in cannot be known; "
        + "the row cannot be read reliably, check it against the original"
    )
  }

  /// `“…”行读到6个数值，格式有7列` / `Read 6 values in the row “…”, the format has 7 columns`.
  private static func countMessage(_ info: (TableID, String, Int, Int), context: RuleContext) -> LocalizedText {
    let (table, key, expected, found) = info
    let subject = context.rowSubject(table, key)
    return LocalizedText(
      zh: "\(subject.zh)读到\(found)个数值，格式有\(expected)列",
      en: "Read \(found) values in \(subject.en), the format has \(expected) columns"
    )
  }
}
