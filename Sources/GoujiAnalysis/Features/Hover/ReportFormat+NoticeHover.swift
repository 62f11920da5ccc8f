import GoujiFormats

/// The hover text of the notice that defines a format, from the format's data (`GoujiFormats`).
extension ReportFormat {
  /// `《关于政府信息公开工作年度报告有关事项的通知》`: the notice's full title in book-title marks.
  var citedNoticeTitle: String { "《\(notice.fullTitle)》" }

  /// `2019—2020年度`, `2021年度起`.
  var reportYears: String {
    years.upperBound >= 9999 ? "\(years.lowerBound)年度起" : "\(years.lowerBound)—\(years.upperBound)年度"
  }

  /// In Markdown: the bold number and title, the summary, and the years the format applies to.
  var noticeMarkdown: String {
    ["**\(notice.number) \(citedNoticeTitle)**", notice.summary, "*适用于\(reportYears)的政府信息公开工作年度报告。*"]
      .joined(separator: "\n\n")
  }

  /// The same as ``noticeMarkdown`` without markup.
  var noticePlainText: String {
    ["\(notice.number) \(citedNoticeTitle)", notice.summary, "适用于\(reportYears)的政府信息公开工作年度报告。"]
      .joined(separator: "\n")
  }
}
