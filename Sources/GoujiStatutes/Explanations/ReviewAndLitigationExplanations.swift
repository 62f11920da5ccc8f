// Table 四 labels: the three groups and the five outcome columns each group repeats.

/// Explanations of table 四 (政府信息公开行政复议、行政诉讼情况).
enum ReviewAndLitigationExplanations {
  private static let outcomeNote = "表四各列没有法定定义，以上是通行的填报口径。"

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
    RowExplanation(
      "结果维持",
      "复议机关或者法院认可行政机关处理的结果：行政复议的维持决定（《行政复议法》第六十八条）和驳回复议请求的决定"
        + "（第六十九条），行政诉讼的判决驳回诉讼请求（《行政诉讼法》第六十九条）。2014年修正的《行政诉讼法》已没有"
        + "维持判决，判决驳回原告诉讼请求就是维持行政机关处理的结果。",
      note: outcomeNote + "所引《行政复议法》条文为2023年修订后的条序。"
    ),
    RowExplanation(
      "结果纠正", "复议或者诉讼的结果纠正了行政机关的处理，如撤销、变更、确认违法、确认无效、责令履行等。",
      note: outcomeNote
    ),
    RowExplanation(
      "其他结果",
      "没有对行政机关的处理作出实体评价的程序性结果：程序性驳回（驳回行政复议申请、裁定驳回起诉）、终止行政复议、"
        + "撤回（撤回复议申请、撤诉）、和解、调解等。驳回复议请求和判决驳回诉讼请求认可了行政机关的处理，"
        + "应计入结果维持，不计入本列。",
      note: outcomeNote
    ),
    RowExplanation("尚未审结", "到年末尚未审结的案件。", note: outcomeNote),
    RowExplanation(
      "总计", "该组案件总数，等于结果维持、结果纠正、其他结果、尚未审结之和。", note: "来源：表格布局。"
    ),
  ]
}
