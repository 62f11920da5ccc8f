import GoujiText

/// Reads `其中` lists in prose: a total stated just before `其中` and the parts after it, each `label + count`,
/// optionally followed by its share (`，占60%`). Only lists whose structure is unmistakable are read: a list
/// whose parts mix separators, count other things, or end on a clause that holds another number is not a list.
enum ProseListReader {
  private static let listEnds: Set<Unicode.Scalar> = ["。", ";", "!", "?"]
  private static let clauseMarks: Set<Unicode.Scalar> = [",", ":", "。", ";", "、", "!", "?", "(", ")"]
  /// Labels that do not name a part of the total: another total, a nested list, `各` (each), a publication
  /// channel (one piece of information is often published on several).
  private static let notPartWords = [
    "共", "合计", "总计", "累计", "其中", "各", "分别", "另", "网站", "微信", "微博", "公众号", "平台", "客户端", "抖音", "头条",
    "报刊", "报纸", "电视", "广播", "新闻", "媒体", "公开栏", "栏目", "专栏", "渠道",
  ]
  /// Words that add to a list after it ends.
  private static let moreWords = ["另", "其他", "其余", "此外", "还有"]
  /// What may stand between `占` and the percentage: the total, named generically.
  private static let shareFillers = ["", "比", "比为", "比例为", "总数的", "总量的", "全部的", "总数", "总量"]

  /// The lists of one line of prose.
  static func lists(in prose: ProseView, line: Range<Int>) -> [ProseList] {
    var result: [ProseList] = []
    var from = line.lowerBound
    while let marker = prose.firstIndex(of: "其中", in: from..<line.upperBound) {
      from = marker + 2
      if let list = list(prose, line: line, marker: marker) { result.append(list) }
    }
    return result
  }

  private static func list(_ prose: ProseView, line: Range<Int>, marker: Int) -> ProseList? {
    guard let (totalClause, total) = total(prose, line: line, before: marker) else { return nil }
    var index = prose.skippingSpaces(marker + 2, limit: line.upperBound)
    if index < line.upperBound, prose[index] == ":" { index += 1 }
    let end = (index..<line.upperBound).first { listEnds.contains(prose[$0]) } ?? line.upperBound
    guard let separator = (index..<end).first(where: { prose[$0] == "," || prose[$0] == "、" }).map({ prose[$0] })
    else { return nil }
    var parts: [ProsePart] = []
    var chunkStart = index
    let boundaries = (index...end).filter {
      $0 == end || prose[$0] == separator || isOtherSeparator(prose, $0, separator)
    }
    for position in boundaries {
      let chunk = prose.trimmed(chunkStart..<position)
      chunkStart = position + 1
      if let share = share(prose, chunk), let last = parts.last, last.percentage == nil {
        parts[parts.count - 1].percentage = share
      } else if let part = part(prose, chunk, total: total) {
        parts.append(part)
      } else {
        if prose.hasDigit(in: chunk) { return nil }
        break
      }
      if position < end, prose[position] != separator {
        // What follows a list that ends early must not add to it (`，另有10条为其他信息`).
        guard !moreWords.contains(where: { prose.contains($0, in: position..<end) }) else { return nil }
        break
      }
    }
    guard !parts.isEmpty else { return nil }
    return ProseList(totalClause: totalClause, total: total, parts: parts)
  }

  /// A `，` in a list separated by `、` ends it (`其中自然人8件、法人2件，予以公开6件` lists two breakdowns).
  private static func isOtherSeparator(_ prose: ProseView, _ position: Int, _ separator: Unicode.Scalar) -> Bool {
    separator == "、" && prose[position] == ","
  }

  /// The count that ends just before `其中` (past spaces and one of `，：。；`) and is the only one in its clause.
  private static func total(_ prose: ProseView, line: Range<Int>, before marker: Int) -> (Range<Int>, ProseCount)? {
    var end = marker
    while end > line.lowerBound, prose[end - 1] == " " { end -= 1 }
    if end > line.lowerBound, [",", ":", "。", ";"].contains(prose[end - 1]) { end -= 1 }
    while end > line.lowerBound, prose[end - 1] == " " { end -= 1 }
    // A total's clause is short; a flattened text's line can be the whole report.
    let searched = max(line.lowerBound, end - 120)
    let start: Int
    if let mark = (searched..<end).last(where: { clauseMarks.contains(prose[$0]) }) {
      start = mark + 1
    } else if searched == line.lowerBound {
      start = line.lowerBound
    } else {
      return nil
    }
    let counts = prose.counts(in: start..<end)
    guard counts.count == 1, let total = counts.first, total.end == end, total.value > 0 else { return nil }
    return (prose.trimmed(start..<end), total)
  }

  /// `部门文件 4 件`: a label without digits and one count ending the chunk.
  private static func part(_ prose: ProseView, _ chunk: Range<Int>, total: ProseCount) -> ProsePart? {
    let counts = prose.counts(in: chunk)
    guard counts.count == 1, let count = counts.first, count.end == chunk.upperBound, count.isSummable(with: total)
    else { return nil }
    let label = prose.trimmed(chunk.lowerBound..<count.range.lowerBound)
    let text = prose.string(label)
    guard !label.isEmpty, label.count <= 20, !prose.hasDigit(in: label), !notPartWords.contains(where: text.contains)
    else { return nil }
    return ProsePart(label: label, count: count)
  }

  /// `占60%`, `占比66.7%`, `占总数的25%`: the share, its decimals, and the range of the number and `%`.
  private static func share(_ prose: ProseView, _ chunk: Range<Int>)
    -> (value: Double, decimals: Int, range: Range<Int>)?
  {
    guard !chunk.isEmpty, prose[chunk.lowerBound] == "占", prose[chunk.upperBound - 1] == "%" else { return nil }
    let numberEnd = chunk.upperBound - 1
    var numberStart = numberEnd
    while numberStart > chunk.lowerBound, prose.isDigit(numberStart - 1) || prose[numberStart - 1] == "." {
      numberStart -= 1
    }
    let number = prose.string(numberStart..<numberEnd)
    let filler = prose.string(prose.trimmed((chunk.lowerBound + 1)..<numberStart))
    guard shareFillers.contains(filler), let value = Double(number), prose.isDigit(numberStart) else { return nil }
    let decimals = number.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
    return (value, decimals, numberStart..<chunk.upperBound)
  }
}
