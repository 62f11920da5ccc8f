import GoujiFormats

// Table 二 labels: the sub-table header rows (第二十条第（N）项), their rows and the columns of both formats.

/// Explanations of table 二 (主动公开政府信息情况).
enum ActiveDisclosureExplanations {
  private static let columnNote = "含义按表头字面理解，格式没有另作定义。"

  static let rows = [
    RowExplanation(
      "第二十条第（一）项",
      "子表表头：条例第二十条第（一）项规定主动公开行政法规、规章和规范性文件，本子表统计规章和（行政）规范性文件。",
      articles: [cite(20, item: 1)]
    ),
    RowExplanation(
      "规章",
      "条例第二十条第（一）项要求主动公开的规章。2019年格式统计本年新制作、本年新公开和对外公开总数量；"
        + "2021年格式统计本年制发、本年废止和现行有效件数。",
      articles: [cite(20, item: 1)]
    ),
    RowExplanation(
      "规范性文件",
      "条例第二十条第（一）项所称的规范性文件；这是2019年格式的行名，2021年格式改为“行政规范性文件”。",
      articles: [cite(20, item: 1)]
    ),
    RowExplanation(
      "行政规范性文件",
      "条例第二十条第（一）项所称的规范性文件，"
        + "2021年格式采用国务院现行用语“行政规范性文件”（2019年格式为“规范性文件”）。",
      articles: [cite(20, item: 1)]
    ),
    RowExplanation(
      "第二十条第（五）项",
      "子表表头：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。",
      articles: [cite(20, item: 5)]
    ),
    RowExplanation(
      "行政许可",
      "办理行政许可的情况。2019年格式统计上一年项目数量、本年增/减和处理决定数量；2021年格式只统计本年处理决定数量。",
      articles: [cite(20, item: 5)]
    ),
    RowExplanation(
      "其他对外管理服务事项",
      "第二十条第（五）项中行政许可以外的其他对外管理服务事项；只有2019年格式统计，2021年格式删去本行。",
      articles: [cite(20, item: 5)]
    ),
    RowExplanation(
      "第二十条第（六）项",
      "子表表头：实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定。",
      articles: [cite(20, item: 6)]
    ),
    RowExplanation(
      "行政处罚",
      "实施行政处罚的情况。2019年格式统计上一年项目数量、本年增/减和处理决定数量；2021年格式只统计本年处理决定数量。",
      articles: [cite(20, item: 6)]
    ),
    RowExplanation(
      "行政强制",
      "实施行政强制的情况。2019年格式统计上一年项目数量、本年增/减和处理决定数量；2021年格式只统计本年处理决定数量。",
      articles: [cite(20, item: 6)]
    ),
    RowExplanation(
      "第二十条第（八）项",
      "子表表头：行政事业性收费项目及其依据、标准。",
      articles: [cite(20, item: 8)]
    ),
    RowExplanation(
      "行政事业性收费",
      "行政事业性收费项目及其依据、标准。2019年格式统计收费项目数量（上一年项目数量、本年增/减）；"
        + "2021年格式统计本年收费金额（单位：万元）。",
      articles: [cite(20, item: 8)],
      note: "依申请公开中向申请人收取的信息处理费也是一项行政事业性收费，但格式要求在“六、其他需要报告的事项”中单独报告。"
    ),
    RowExplanation(
      "第二十条第（九）项",
      "子表表头：政府集中采购项目的目录、标准及实施情况；只有2019年格式有这一子表。",
      articles: [cite(20, item: 9)]
    ),
    RowExplanation(
      "政府集中采购",
      "政府集中采购项目的目录、标准及实施情况，统计采购项目数量和采购总金额；只有2019年格式有这一行。",
      articles: [cite(20, item: 9)]
    ),
  ]

  static let columns =
    [RowExplanation("信息内容", "各行所统计的政府信息类别（表二各子表的第一列）。", note: "来源：表格布局。")]
    + trialColumns + revisedColumns

  private static let trialColumns = [
    RowExplanation("本年新制作数量", "本年度新制作的件数。", note: columnNote),
    RowExplanation("本年新公开数量", "本年度新公开的件数。", note: columnNote),
    RowExplanation(
      "对外公开总数量", "对外公开的总件数（累计数；统计时点没有官方说明）。", note: columnNote
    ),
    RowExplanation("上一年项目数量", "上一年度的项目（事项）数量。", note: columnNote),
    RowExplanation(
      "本年增/减",
      "本年度项目数量相对上一年的增减，可以是负数（如-18）或带正号（如+3）；这是表二中唯一可以为负数的列。",
      note: "来源：2019年格式的表格布局和实际填报。"
    ),
    RowExplanation("处理决定数量", "本年度作出的处理决定数量。", note: columnNote),
    RowExplanation("采购项目数量", "政府集中采购项目的数量。", note: columnNote),
    RowExplanation(
      "采购总金额",
      "政府集中采购的总金额；表头没有单位，报告常在单元格中写“元”或“万元”。",
      note: columnNote
    ),
  ]

  private static let revisedColumns = [
    RowExplanation("本年制发件数", "本年度制定发布的件数。", note: columnNote),
    RowExplanation("本年废止件数", "本年度废止的件数。", note: columnNote),
    RowExplanation("现行有效件数", "现行有效的件数。", note: columnNote),
    RowExplanation(
      "本年处理决定数量", "本年度作出的行政许可、行政处罚或者行政强制处理决定数量。", note: columnNote
    ),
    RowExplanation(
      "本年收费金额（单位：万元）",
      "本年度行政事业性收费的金额，单位为万元，可以有小数（小数位数没有全国统一规定）。",
      note: columnNote
    ),
  ]
}
