// 《最高人民法院关于审理政府信息公开行政案件若干问题的规定》第二条, verbatim.
// A judicial interpretation: not subject to copyright (《著作权法》第五条).

enum CourtProvisionsText {
  static let statute = Statute(
    id: .courtProvisions2011,
    title: "最高人民法院关于审理政府信息公开行政案件若干问题的规定",
    shortNames: [
      "《最高人民法院关于审理政府信息公开行政案件若干问题的规定》",
      "最高人民法院关于审理政府信息公开行政案件若干问题的规定",
      "法释〔2011〕17号",
    ],
    abbreviation: "法释〔2011〕17号",
    documentNumber: "法释〔2011〕17号",
    note: "最高人民法院司法解释（法释〔2011〕17号），2011年7月29日公布。此处仅收录第二条。",
    selfReference: "本规定",
    isComplete: false,
    chapters: [],
    articles: articles
  )

  static let articles: [Article] = [
    Article(
      2,
      Paragraph(
        "公民、法人或者其他组织对下列行为不服提起行政诉讼的，人民法院不予受理：",
        items: [
          "因申请内容不明确，行政机关要求申请人作出更改、补充且对申请人权利义务不产生实际影响的告知行为；",
          "要求行政机关提供政府公报、报纸、杂志、书籍等公开出版物，行政机关予以拒绝的；",
          "要求行政机关为其制作、搜集政府信息，或者对若干政府信息进行汇总、分析、加工，行政机关予以拒绝的；",
          """
          行政程序中的当事人、利害关系人以政府信息公开名义申请查阅案卷材料，行政机关告知其应当按照相关法律、\
          法规的规定办理的。
          """,
        ]
      )
    )
  ]
}
