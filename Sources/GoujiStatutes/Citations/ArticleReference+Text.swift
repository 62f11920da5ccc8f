import GoujiText

extension ArticleReference {
  /// The cited text: the whole article, the named paragraph with its items, or the named item after the sentence
  /// that introduces it. `nil` when the article, paragraph or item does not exist or is not carried.
  package var text: String? {
    exists ? citedLines.joined(separator: "\n") : nil
  }

  /// Hover text in Markdown: the bold title, the cited text (or why there is none), then the statute's source note.
  ///
  /// ```
  /// **《中华人民共和国政府信息公开条例》第二十条第（五）项**
  ///
  /// 行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息：
  ///
  /// ……
  ///
  /// （五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；
  ///
  /// *2007年4月5日…起施行。*
  /// ```
  package var markdown: String {
    (["**\(title)**"] + citedLines + ["*\(statute.note)*"]).joined(separator: "\n\n")
  }

  /// The same as ``markdown`` without markup, one paragraph per line.
  package var plainText: String {
    ([title] + citedLines + [statute.note]).joined(separator: "\n")
  }

  /// The lines of the cited text, or one line saying why there is none.
  var citedLines: [String] {
    guard let articleData else { return [missingArticleNote] }
    guard let paragraphData = citedParagraph else {
      return [
        "\(articleData.heading)没有第\(ChineseNumeral.string(paragraph ?? 1))款"
          + "（共\(ChineseNumeral.string(articleData.paragraphs.count))款）。"
      ]
    }
    guard let item else {
      return paragraph == nil ? articleData.paragraphs.flatMap(Self.lines) : Self.lines(paragraphData)
    }
    guard let itemData = citedItem else { return [missingItemNote(item, in: paragraphData, of: articleData)] }
    return [paragraphData.lead] + (item > 1 ? ["……"] : []) + [itemData.text]
  }

  private static func lines(_ paragraph: Paragraph) -> [String] {
    [paragraph.lead] + paragraph.items.map(\.text)
  }

  private var missingArticleNote: String {
    let heading = "第\(ChineseNumeral.string(article))条"
    guard statute.isComplete else { return "本工具未收录\(statute.citedTitle)\(heading)的文本。" }
    return "\(statute.citedTitle)没有\(heading)（共\(ChineseNumeral.string(statute.articles.count))条）。"
  }

  private func missingItemNote(_ item: Int, in paragraphData: Paragraph, of articleData: Article) -> String {
    let place = articleData.heading + (paragraph.map { "第\(ChineseNumeral.string($0))款" } ?? "")
    let missing = "没有第（\(ChineseNumeral.string(item))）项"
    guard !paragraphData.items.isEmpty else { return "\(place)\(missing)（不分项）。" }
    return "\(place)\(missing)（共\(ChineseNumeral.string(paragraphData.items.count))项）。"
  }
}
