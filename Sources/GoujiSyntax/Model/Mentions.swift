import GoujiFormats
import GoujiText

/// A statement of a year in the text.
package struct YearMention: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    /// The year in the report's title.
    case title
    /// The 统计期限 sentence (`统计期限自2021年1月1日起至2021年12月31日止`); one mention per year it names.
    case period
    /// Another statement of the covered year (`现向社会公布2020年度…报告`).
    case statement
  }

  package var year: Int
  package var kind: Kind
  /// The range of the year's digits.
  package var range: TextRange
}

/// A citation of a format notice: its number, its title, or the title of the format it issues.
package struct NoticeCitation: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    /// `国办公开办函〔2021〕30号`, `国办【2019】60号`.
    case number
    /// `关于政府信息公开工作年度报告有关事项的通知` (from `关于` when the text has it).
    case noticeTitle
    /// `中华人民共和国政府信息公开工作年度报告格式（试行）`.
    case formatTitle
  }

  package var format: FormatID
  package var kind: Kind
  package var text: String
  package var range: TextRange
}

/// A date such as `2023年1月26日`.
package struct DateMention: Sendable, Hashable {
  package var year: Int
  package var month: Int
  package var day: Int
  package var range: TextRange

  package init(year: Int, month: Int, day: Int, range: TextRange) {
    self.year = year
    self.month = month
    self.day = day
    self.range = range
  }
}

/// A leftover of document conversion.
package struct Artifact: Sendable, Hashable {
  package enum Kind: String, Sendable, Hashable {
    /// `[image: …]`
    case image
    /// `[bookmark: …]`
    case bookmark
    /// `**` of Markdown emphasis.
    case emphasis
  }

  package var kind: Kind
  package var range: TextRange
}

/// The title of the report.
package struct ReportTitle: Sendable, Hashable {
  /// Normalised, the agency line and the title line joined when the title is on two lines.
  package var text: String
  package var agency: String?
  package var year: Int?
  /// From the agency (or the year) to the end of `…年度报告`.
  package var range: TextRange
  package var yearRange: TextRange?
}
