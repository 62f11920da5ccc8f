// Table 三 labels. Meanings follow reference/regulation.md section 2 (terms) and the articles of section 1; where a
// meaning comes from the table layout or from practice rather than an article, the note says so.

/// Explanations of table 三 (收到和处理政府信息公开申请情况).
enum ApplicationExplanations {
  static let rows: [RowExplanation] = intake + outcomes + refusals + unavailable + notProcessed + otherHandling + totals

  static let layoutNote = "分组标签，本身不填数字；含义据其下各项概括。"

  private static let intake = [
    RowExplanation(
      "本年新收政府信息公开申请数量",
      "本年度（统计期限为1月1日至12月31日）新收到的政府信息公开申请件数。",
      articles: [cite(50, item: 2), cite(31)],
      note: "何时算“收到”没有官方的统计口径说明；"
        + "第三十一条规定了收到申请之日的确定方法，列出供参考（推断，非官方解释）。"
    ),
    RowExplanation(
      "上年结转政府信息公开申请数量",
      "上一年度收到、到上年末尚未办结而转入本年度继续办理的申请件数，应当与本机关上一年度报告中“四、结转下年度继续办理”"
        + "的数字逐列相等。",
      articles: [cite(50, item: 2)],
      note: "来源：表格布局和跨年勾稽关系，条例未作规定。"
    ),
    RowExplanation(
      "本年度办理结果",
      "本年度办结的申请按办理结果分为予以公开、部分公开、不予公开、无法提供、不予处理、其他处理六类统计，"
        + "合计为（七）总计。",
      articles: [cite(36)],
      note: layoutNote
    ),
  ]

  private static let outcomes = [
    RowExplanation(
      "予以公开",
      "所申请公开信息已经主动公开的，告知申请人获取的方式、途径；可以公开的，向申请人提供该政府信息，"
        + "或者告知获取的方式、途径和时间。",
      articles: [cite(36, item: 1), cite(36, item: 2)]
    ),
    RowExplanation(
      "部分公开（区分处理的，只计这一情形，不计其他情形）",
      "申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，向申请人提供可以公开的部分，"
        + "并对不予公开的部分说明理由。按表头要求，作区分处理的申请只在本项计一次，不再计入其他情形。",
      articles: [cite(37)],
      note: "计数规则来自表格标签本身。"
    ),
  ]
}
