// Table 三 column labels: applicant types and the top-left note.

extension ApplicationExplanations {
  private static let categoryNote = "申请人类别的划分来自表格，条例未作定义。"

  static let columns = [
    RowExplanation(
      "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
      "表三左上角的官方注释：每一列（含总计列）中，一（本年新收）加二（上年结转）等于三（本年度办理结果的（七）总计）"
        + "加四（结转下年度继续办理）。",
      note: "来源：表格中的官方注释。"
    ),
    RowExplanation(
      "申请人情况",
      "按申请人类别分列统计：自然人，以及法人或其他组织下的商业企业、科研机构、社会公益组织、法律服务机构、其他，"
        + "最后是总计。",
      articles: [cite(27)],
      note: "来源：表格布局。"
    ),
    RowExplanation(
      "自然人", "以个人名义提出申请的申请人。", articles: [cite(27)], note: "条例第二十七条称“公民”；" + categoryNote
    ),
    RowExplanation(
      "法人或其他组织",
      "以法人或者其他组织名义提出申请的申请人，分为商业企业、科研机构、社会公益组织、法律服务机构、其他五类。",
      articles: [cite(27)],
      note: "本列是分组表头，本身不填数字；另加“小计”列的做法不是官方格式。"
    ),
    RowExplanation("商业企业", "申请人为商业企业。", note: categoryNote),
    RowExplanation("科研机构", "申请人为科研机构。", note: categoryNote),
    RowExplanation("社会公益组织", "申请人为社会公益组织。", note: categoryNote),
    RowExplanation("法律服务机构", "申请人为法律服务机构。", note: categoryNote),
    RowExplanation("其他", "不属于以上四类的法人或者其他组织。", note: categoryNote),
    RowExplanation(
      "总计",
      "本行各类申请人之和：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
      note: "来源：表格布局。"
    ),
  ]
}
