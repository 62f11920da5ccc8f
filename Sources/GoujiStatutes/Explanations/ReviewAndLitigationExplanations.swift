// Table 四 labels: the three groups and the five outcome columns each group repeats.

/// Explanations of table 四 (政府信息公开行政复议、行政诉讼情况).
enum ReviewAndLitigationExplanations {
  private static let outcomeNote = "来源：实践，没有检索到官方定义（可信度中等）。"

  static let columns = groups + outcomes

  private static let groups = [
    RowExplanation(
      "行政复议",
      "因政府信息公开工作被申请行政复议的案件，按结果维持、结果纠正、其他结果、尚未审结统计，总计等于四者之和。",
      articles: [cite(51), cite(50, item: 3)]
    ),
    RowExplanation(
      "行政诉讼",
      "因政府信息公开工作被提起行政诉讼的案件，分为未经复议直接起诉和复议后起诉两组，每组各自统计。",
      articles: [cite(51), cite(50, item: 3)]
    ),
    RowExplanation(
      "未经复议直接起诉", "未经行政复议直接提起的行政诉讼。", articles: [cite(51)], note: "来源：表格布局。"
    ),
    RowExplanation("复议后起诉", "经行政复议后提起的行政诉讼。", articles: [cite(51)], note: "来源：表格布局。"),
  ]

  private static let outcomes = [
    RowExplanation("结果维持", "复议或者诉讼的结果维持行政机关的处理。", note: outcomeNote),
    RowExplanation(
      "结果纠正", "复议或者诉讼的结果纠正了行政机关的处理，如撤销、变更、确认违法、责令履行等。", note: outcomeNote
    ),
    RowExplanation("其他结果", "维持、纠正以外的结果，如驳回、终止、撤回、和解等。", note: outcomeNote),
    RowExplanation("尚未审结", "到年末尚未审结的案件。", note: outcomeNote),
    RowExplanation(
      "总计", "该组案件总数，等于结果维持、结果纠正、其他结果、尚未审结之和。", note: "来源：表格布局（可信度高）。"
    ),
  ]
}
