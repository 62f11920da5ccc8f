/// A national notice that set the annual report's unified format (条例第五十条第二款).
package struct FormatNotice: Sendable, Hashable, Identifiable {
  package enum ID: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 国办公开办函〔2019〕60号: the trial format, for report years 2019 and 2020.
    case trial2019
    /// 国办公开办函〔2021〕30号: the current format, for report years 2021 onward.
    case revised2021

    package static func < (lhs: ID, rhs: ID) -> Bool { lhs == .trial2019 && rhs == .revised2021 }
  }

  package let id: ID
  /// `国办公开办函〔2021〕30号`.
  package let documentNumber: String
  /// The notice's title without book-title marks.
  package let title: String
  /// The format it issued, without book-title marks: `中华人民共和国政府信息公开工作年度报告格式（试行）`.
  package let formatTitle: String
  /// The issuing office.
  package let issuer: String
  /// The date of issue as `yyyy-MM-dd`, when known.
  package let date: String?
  /// The first report year the format applies to.
  package let firstReportYear: Int
  /// The last report year it applies to, or `nil` while it is current.
  package let lastReportYear: Int?
  /// One paragraph in Chinese for hovers: what the notice is and what its format contains.
  package let summary: String

  /// `《关于政府信息公开工作年度报告有关事项的通知》`.
  package var citedTitle: String { "《\(title)》" }

  /// Whether the notice's format is the one for a report covering `year`.
  package func applies(toReportYear year: Int) -> Bool {
    year >= firstReportYear && lastReportYear.map { year <= $0 } ?? true
  }

  /// `2019—2020年度`, `2021年度起`.
  package var reportYears: String {
    lastReportYear.map { "\(firstReportYear)—\($0)年度" } ?? "\(firstReportYear)年度起"
  }

  /// Hover text in Markdown: the bold number and title, the summary, and the years it applies to.
  package var markdown: String {
    ["**\(documentNumber) \(citedTitle)**", summary, "*适用于\(reportYears)的政府信息公开工作年度报告。*"]
      .joined(separator: "\n\n")
  }

  /// The same as ``markdown`` without markup.
  package var plainText: String {
    ["\(documentNumber) \(citedTitle)", summary, "适用于\(reportYears)的政府信息公开工作年度报告。"]
      .joined(separator: "\n")
  }
}
