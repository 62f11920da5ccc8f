/// A mention of a format notice in text, by its document number or by its (or its format's) title.
package struct NoticeCitation: Sendable, Hashable {
  /// How the notice is named.
  package enum Form: Sendable, Hashable {
    /// By document number: `国办公开办函〔2021〕30号`, `国办公开办函[2021]30号`, `(国办【2019】60号)`.
    case documentNumber
    /// By the notice's title or its format's title, with or without `《》`.
    case title
  }

  /// The UTF-8 byte range of the mention (including surrounding `《》` for a title).
  package let range: Range<Int>
  package let noticeID: FormatNotice.ID
  package let form: Form

  package init(range: Range<Int>, noticeID: FormatNotice.ID, form: Form) {
    self.range = range
    self.noticeID = noticeID
    self.form = form
  }

  package var notice: FormatNotice { FormatNotices.notice(noticeID) }
  package var markdown: String { notice.markdown }
  package var plainText: String { notice.plainText }
}

/// Finds mentions of the two format notices.
///
/// - Document numbers: a prefix `国办公开办函`, `国办公开办`, `国办函` or `国办`, the year in `〔〕`, `[]`, `【】` or
///   `（）`, the serial number and `号` — 2019/60 or 2021/30 (other numbers are other documents).
/// - Titles: each notice's title, with or without the issuer's name before it, and the format titles
///   `中华人民共和国政府信息公开工作年度报告格式（试行）` (2019) and the same without `（试行）` (2021).
///   `〈〉` inside a title may also be written `《》`.
///
/// White space and compatibility characters may appear anywhere in a mention.
package enum NoticeCitationFinder {
  package static func citations(in text: String) -> [NoticeCitation] {
    let folded = FoldedText(text)
    let compact = (0..<folded.count).filter { !FoldedText.isSpace(folded[$0]) }
    var result: [NoticeCitation] = []
    var position = 0
    while position < compact.count {
      if let match = match(at: position, compact: compact, in: folded) {
        let start = match.form == .title ? issuerStart(before: position, compact: compact, in: folded) : position
        let range = widened(compact[start]..<(compact[match.end - 1] + 1), form: match.form, in: folded)
        result.append(NoticeCitation(range: folded.sourceRange(range), noticeID: match.notice, form: match.form))
        position = match.end
      } else {
        position += 1
      }
    }
    return result
  }

  /// The mention whose range contains `utf8Offset`, for hovers.
  package static func citation(at utf8Offset: Int, in text: String) -> NoticeCitation? {
    citations(in: text).first { $0.range.contains(utf8Offset) }
  }

  /// Titles, longest first so the 2019 format's `（试行）` title wins over the 2021 one it begins with.
  private static let titles: [([Unicode.Scalar], FormatNotice.ID)] = FormatNotices.all
    .flatMap { [($0.title, $0.id), ($0.formatTitle, $0.id)] }
    .map { (titleScalars($0.0), $0.1) }
    .sorted { $0.0.count > $1.0.count }

  private static let prefixes = ["国办公开办函", "国办公开办", "国办函", "国办"].map { Array($0.unicodeScalars) }

  /// A mention found at a compact position: where it ends (exclusive, in compact positions) and what it names.
  private struct Match {
    let end: Int
    let notice: FormatNotice.ID
    let form: NoticeCitation.Form
  }

  /// The mention starting at compact `position` (`compact` lists the indices of `text` that are not white space).
  private static func match(at position: Int, compact: [Int], in text: FoldedText) -> Match? {
    let scalar = { (index: Int) -> Unicode.Scalar? in index < compact.count ? titleFold(text[compact[index]]) : nil }
    for (title, id) in titles where title.indices.allSatisfy({ scalar(position + $0) == title[$0] }) {
      return Match(end: position + title.count, notice: id, form: .title)
    }
    for prefix in prefixes where prefix.indices.allSatisfy({ scalar(position + $0) == prefix[$0] }) {
      guard let (end, id) = number(at: position + prefix.count, scalar: scalar) else { return nil }
      return Match(end: end, notice: id, form: .documentNumber)
    }
    return nil
  }

  /// `〔2021〕30号` at compact `position`: the end and the notice it numbers.
  private static func number(at position: Int, scalar: (Int) -> Unicode.Scalar?) -> (Int, FormatNotice.ID)? {
    guard let open = scalar(position), open == "〔" || open == "(" else { return nil }
    let (year, afterYear) = digits(from: position + 1, scalar: scalar)
    guard let close = scalar(afterYear), close == "〕" || close == ")" else { return nil }
    let (serial, afterSerial) = digits(from: afterYear + 1, scalar: scalar)
    guard scalar(afterSerial) == "号" else { return nil }
    switch (year, serial) {
    case ("2019", "60"): return (afterSerial + 1, .trial2019)
    case ("2021", "30"): return (afterSerial + 1, .revised2021)
    default: return nil
    }
  }

  private static func digits(from position: Int, scalar: (Int) -> Unicode.Scalar?) -> (String, Int) {
    var result = ""
    var cursor = position
    while let next = scalar(cursor), next.properties.numericType == .decimal, next.isASCII {
      result.unicodeScalars.append(next)
      cursor += 1
    }
    return (result, cursor)
  }

  /// The compact position where the issuer's name starts when it stands right before compact `position`
  /// (`国务院办公厅政府信息与政务公开办公室关于…的通知`), otherwise `position`.
  private static func issuerStart(before position: Int, compact: [Int], in text: FoldedText) -> Int {
    let issuer = Array(FormatNotices.revised2021.issuer.unicodeScalars)
    let start = position - issuer.count
    guard start >= 0, issuer.indices.allSatisfy({ text[compact[start + $0]] == issuer[$0] }) else { return position }
    return start
  }

  /// A title's range widened to the `《》` around it, if any.
  private static func widened(_ range: Range<Int>, form: NoticeCitation.Form, in text: FoldedText) -> Range<Int> {
    guard form == .title, range.lowerBound > 0, range.upperBound < text.count,
      text[range.lowerBound - 1] == "《", text[range.upperBound] == "》"
    else { return range }
    return (range.lowerBound - 1)..<(range.upperBound + 1)
  }

  private static func titleScalars(_ title: String) -> [Unicode.Scalar] {
    FoldedText.folded(title).unicodeScalars.map(titleFold)
  }

  /// Folds `〈〉` to `《》`, so a nested title may be written either way.
  private static func titleFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "〈": "《"
    case "〉": "》"
    default: scalar
    }
  }
}
