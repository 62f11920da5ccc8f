import GoujiTestSupport
import Testing

/// Sentences GJ401 must not read as contradicting the tables: negations, hedges, other years, figures spread over
/// several quantities, and words that only look like a quantity of the tables. Every table here holds figures that
/// the sentence, misread, would contradict.
@Suite struct TextTableMismatchTrapTests {
  /// 3 applications, 1 granted; one review corrected, one lawsuit pending and one lost; table 二 as by default.
  static let tables = ReportBuilder().with { $0.prose[1] = "本机关扎实推进政府信息公开工作。" }
    .setting(.table4, "review", ["0", "1", "0", "0", "1"])
    .setting(.table4, "suitDirect", ["0", "1", "0", "1", "2"])

  @Test(arguments: [
    "全年未发生逾期答复政府信息公开申请的情况。",
    "未收到对政府信息公开申请答复的投诉。",
    "未发生行政复议纠错的情况。",
    "行政复议结果未全部维持。",
    "行政复议并非均获维持。",
    "行政诉讼尚未全部审结。",
    "行政复议1件，维持原行政行为。",
  ])
  func negationsAreNotClaims(_ prose: String) {
    checkClean(Self.tables.with { $0.prose[1] = prose }.build(), rule: "GJ401")
  }

  @Test(arguments: [
    "力争行政复议均获维持、行政诉讼零败诉。",
    "确保行政诉讼零败诉。",
    "努力实现行政复议案件全部维持。",
    "下一步，将以行政诉讼零败诉为目标。",
  ])
  func hedgesAreNotClaims(_ prose: String) {
    checkClean(Self.tables.with { $0.prose[4] = prose }.build(), rule: "GJ401")
  }

  @Test(arguments: [
    "上年行政复议均获维持。",
    "2020年行政诉讼零败诉。",
    "连续三年行政诉讼零败诉。",
    "去年制发行政规范性文件3件。",
    "同比多制发规范性文件3件。",
    "全年共收到政府信息公开申请3件，比去年收到的申请8件有所减少。",
    "累计现行有效规范性文件30件。",
  ])
  func otherYearsAreNotThisYears(_ prose: String) {
    checkClean(Self.tables.with { $0.prose[1] = prose }.build(), rule: "GJ401")
  }

  @Test(arguments: [
    "其中予以公开、部分公开各1件。",
    "予以公开和部分公开分别为1件、0件。",
    "不予公开、不予处理均为0件。",
    "制发和废止规范性文件各1件。",
  ])
  func figuresSpreadOverSeveralQuantitiesAreNotTotals(_ prose: String) {
    checkClean(Self.tables.with { $0.prose[1] = prose }.build(), rule: "GJ401")
  }

  @Test(arguments: [
    "制发内部规章制度3件。",
    "开展规范性文件清理3次。",
    "废止和制发规范性文件3件。",
    "行政许可事项36项。",
    "办理行政许可9件。",
    "收取行政事业性收费9000元。",
    "规范性文件3件已在专栏公开。",
    "清理现行有效规范性文件20件。",
    "公示行政处罚决定9件。",
    "作出准予行政许可决定8件。",
    "作出不予行政许可决定1件。",
  ])
  func wordsThatOnlyLookLikeTable2AreNotRead(_ prose: String) {
    checkClean(Self.tables.with { $0.prose[2] = prose }.build(), rule: "GJ401")
  }

  @Test func aClaimSpeaksOfTheAppealsNamedBeforeIt() {
    let text = ReportBuilder()
      .setting(.table4, "review", ["1", "0", "0", "0", "1"]).setting(.table4, "suitDirect", ["0", "0", "1", "0", "1"])
      .with { $0.prose[1] = "本年度发生行政复议1件，均获维持，发生行政诉讼1件，原告撤诉。" }.build()
    checkClean(text, rule: "GJ401")
  }

  @Test func claimsOutsideSectionsOneToFourAreNotRead() {
    let text = Self.tables.with {
      $0.prose[5] = "行政复议均获维持，行政诉讼零败诉。制发规范性文件9件。"
      $0.prose[6] = "本年度行政诉讼均已审结。"
    }.build()
    checkClean(text, rule: "GJ401")
  }
}
