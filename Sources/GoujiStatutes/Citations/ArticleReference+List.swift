extension [ArticleReference] {
  /// The references for messages and rule documentation, each statute's abbreviation once before its run of
  /// articles: `《条例》第四十九条、第五十条`, `《条例》第二十条第（一）项`.
  package var shortTitles: String {
    var text = ""
    for (index, reference) in enumerated() {
      if index > 0 { text += "、" }
      let sameStatute = index > 0 && self[index - 1].statuteID == reference.statuteID
      text += sameStatute ? reference.location : reference.shortTitle
    }
    return text
  }
}
