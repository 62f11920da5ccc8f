import GoujiFormats

/// The three tables of the annual report.
package enum ReportTable: String, Sendable, Hashable, CaseIterable {
  /// 表二 主动公开政府信息情况.
  case activeDisclosure
  /// 表三 收到和处理政府信息公开申请情况.
  case applications
  /// 表四 政府信息公开行政复议、行政诉讼情况.
  case reviewAndLitigation
}

/// Where a label stands in its table.
package enum TableAxis: String, Sendable, Hashable, CaseIterable {
  /// At the start of a row (table 二's 规章, table 三's 重复申请), including table 二's sub-table header rows.
  case row
  /// In the header, naming a column or a group of columns (table 二's 本年增/减, table 四's 行政复议).
  case column
}

/// What a table label means and which articles it rests on, for hovers and rule documentation.
package struct RowExplanation: Sendable, Hashable {
  /// How a label stands in table 三 when one wording is a row in one format and a group in another
  /// (`（六）其他处理`: 2019's row, 2021's group over three rows).
  package enum LabelRole: Sendable, Hashable {
    case row
    case group
  }

  /// The label as the format prints it, without its numbering (`1.`, `（三）`): `属于国家秘密`.
  package let label: String
  /// What is counted under the label, in Chinese, in one to three sentences.
  package let meaning: String
  /// The articles the meaning comes from, most specific first. Empty when no article covers the label.
  package let articles: [ArticleReference]
  /// Where the meaning comes from when it is not simply an article's wording, and how certain it is.
  package let note: String?
  /// For a wording that is a row in one format and a group in another, which of the two this explains.
  package let role: LabelRole?
  /// The table and axis the explanation is listed under (set by ``RowExplanations``).
  package internal(set) var table = ReportTable.applications
  package internal(set) var axis = TableAxis.row

  init(
    _ label: String, _ meaning: String, articles: [ArticleReference] = [], note: String? = nil, role: LabelRole? = nil
  ) {
    self.label = label
    self.meaning = meaning
    self.articles = articles
    self.note = note
    self.role = role
  }

  /// The formats in use whose tables have the label, as the format data says; every format for a label no format
  /// prints (table 二's `信息内容`, table 三's note).
  package var formats: Set<FormatID> {
    let key = RowExplanations.key(for: label)
    let having = ReportFormats.all.filter { format in
      labels(of: format).contains { RowExplanations.key(for: $0) == key }
    }
    return Set((having.isEmpty ? ReportFormats.all : having).map(\.id))
  }

  /// The labels `format` prints where this explanation stands.
  private func labels(of format: ReportFormat) -> [String] {
    switch (table, axis) {
    case (.activeDisclosure, .row): format.table2.flatMap { [$0.clause] + $0.rows.map(\.label) }
    case (.activeDisclosure, .column): format.table2.flatMap(\.columns).flatMap { [$0.label] + $0.aliases }
    case (.applications, .row):
      (role == .group ? [] : format.table3.rows.map(\.core)) + (role == .row ? [] : format.table3.groups.map(\.core))
    case (.applications, .column): format.table3.columns.map(\.label)
    case (.reviewAndLitigation, _): format.table4.headers
    }
  }

  /// `《条例》第十四条、第三十六条第（三）项` (each statute named once before its run of articles, as rule documentation
  /// writes a basis), or `nil` without articles.
  package var basis: String? {
    articles.isEmpty ? nil : articles.shortTitles
  }

  /// Hover text in Markdown: the label, the meaning, the note, the basis, then each article's text as a quote.
  package var markdown: String {
    var blocks = ["**\(label)**", meaning]
    if let note { blocks.append("*\(note)*") }
    if let basis { blocks.append("依据：\(basis)") }
    blocks += articles.map(Self.quote)
    return blocks.joined(separator: "\n\n")
  }

  /// An article's title and text as a Markdown block quote, one paragraph per line of text.
  private static func quote(_ article: ArticleReference) -> String {
    let lines = ["**\(article.title)**"] + (article.text ?? article.plainText).split(separator: "\n").map(String.init)
    return lines.map { "> \($0)" }.joined(separator: "\n>\n")
  }

  /// The label, meaning, note, basis and each article's title and text without markup (for clients that do not
  /// render Markdown), one per line.
  package var plainText: String {
    let articleTexts = articles.map { "\($0.title)\n\($0.text ?? $0.plainText)" }
    return ([label, meaning] + [note, basis.map { "依据：\($0)" }].compactMap { $0 } + articleTexts).joined(
      separator: "\n")
  }
}

/// Shorthand for the explanation data: an article of the regulation, or of `statute`.
func cite(_ article: Int, paragraph: Int? = nil, item: Int? = nil, in statute: StatuteID = .regulation)
  -> ArticleReference
{
  ArticleReference(statute, article: article, paragraph: paragraph, item: item)
}
